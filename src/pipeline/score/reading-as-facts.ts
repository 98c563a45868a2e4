import type { Fact } from '../../model/dataset';
import { normalizeName } from '../classify/normalize-name';
import type { AnnotatedProject, Annotation } from './annotation';

const spellings = (project: AnnotatedProject): string[] => [
  project.name_zh,
  ...(project.aliases ?? []),
];

/**
 * A second reader's account of a document written as facts, so that it is scored against the
 * first reader's account the way the pipeline is (`npm run score -- --second`): how far two careful
 * readers agree bounds what the pipeline can be asked to find. A project is written under the
 * spelling the first reader also accepts, when the two readers share one; quotes and spans are
 * empty, since a reader's list points at no span.
 *
 * @example
 * readingAsFacts(second, first).filter((f) => f.kind === 'project').map((f) => f.name_zh)
 * // ['甲中心', …] where the second reader wrote 甲中心 and the first listed it as an alias
 */
export function readingAsFacts(second: Annotation, first: Annotation): Fact[] {
  const firstNames = new Set(first.projects.flatMap(spellings).map(normalizeName));
  const base = (index: number, kind: string) => ({
    id: `${second.doc}-${kind}-${index}`,
    doc: second.doc,
    year: null,
    label_en: null,
    quote: '',
    span: [0, 0] as [number, number],
  });
  const projects: Fact[] = second.projects.map((project, index) => {
    const name =
      spellings(project).find((n) => firstNames.has(normalizeName(n))) ?? project.name_zh;
    return {
      ...base(index, 'project'),
      kind: 'project',
      place: project.place,
      sectors: project.sectors,
      year: project.year,
      label_zh: name,
      project: normalizeName(name),
      name_zh: name,
      name_en: null,
      status: project.status,
    };
  });
  const figures: Fact[] = second.figures.map((figure, index) => ({
    ...base(index, 'figure'),
    kind: 'figure',
    place: figure.place,
    sectors: [],
    label_zh: figure.label,
    value: figure.value,
    unit: figure.unit,
    approx: false,
    status: figure.status,
  }));
  return [...projects, ...figures];
}
