import type { Dataset, DocumentEntry, FigureFact, ProjectFact } from '../../model/dataset';

/** A figure with plausible defaults; tests override only what they are about. */
export function figure(overrides: Partial<FigureFact> & { id: string }): FigureFact {
  return {
    kind: 'figure',
    doc: '000',
    place: 'future-science-city',
    sectors: [],
    year: 2023,
    label_zh: '数值',
    label_en: 'Value',
    quote: '原文。',
    span: [0, 3],
    value: 1,
    unit: 'count',
    approx: false,
    status: 'actual',
    ...overrides,
  };
}

/** A project with plausible defaults; tests override only what they are about. */
export function project(overrides: Partial<ProjectFact> & { id: string }): ProjectFact {
  return {
    kind: 'project',
    project: overrides.id,
    doc: '000',
    place: 'future-science-city',
    sectors: ['energy'],
    year: 2023,
    label_zh: '项目',
    label_en: 'Project',
    quote: '原文。',
    span: [0, 3],
    name_zh: '项目',
    name_en: 'Project',
    status: 'unknown',
    ...overrides,
  };
}

/** A readable document with no repairs. */
export function documentEntry(overrides: Partial<DocumentEntry> & { id: string }): DocumentEntry {
  return {
    file: `${overrides.id}.txt`,
    status: 'ok',
    repairs: {
      pinyinGlosses: 0,
      traditionalChars: 0,
      spunWords: 0,
      spamRemoved: 0,
      markupRemoved: 0,
      unreadable: [],
    },
    ...overrides,
  };
}

/** A dataset holding just these facts and one plain document. */
export function dataset(facts: Dataset['facts']): Dataset {
  return { documents: [documentEntry({ id: '000' })], facts };
}
