import type { ProjectFact } from '../../model/dataset';
import { isZoneId } from '../../model/zones';
import type { AnnotatedProject, Annotation } from './annotation';
import { normalizeName } from '../classify/normalize-name';

/** How one document's projects compare with a reader's list. */
export interface ProjectScore {
  doc: string;
  /** Projects the reader lists. */
  expected: number;
  /** Listed projects the pipeline names (a known miss never counts). */
  found: number;
  /** Found with exactly the reader's place. */
  placed: number;
  /** Listed projects whose place is a zone. */
  zoneExpected: number;
  /** Of those, found and placed in that same zone. */
  zoneFound: number;
  /**
   * Distinct projects the pipeline names, judged only when the reader's list is complete
   * (`projectsComplete`); names matching one listed project count once.
   */
  judged: number;
  /** Judged names that match no listed project. */
  wrong: string[];
  /** Listed projects not found, or found somewhere else. */
  missed: AnnotatedProject[];
  misplaced: { project: AnnotatedProject; places: (string | null)[] }[];
}

/** The names a listed project may be written as, normalized. */
function spellings(project: AnnotatedProject): Set<string> {
  return new Set([project.name_zh, ...(project.aliases ?? [])].map(normalizeName));
}

/**
 * Scores one document's project facts against its annotation: found (named at all), placed (with
 * the reader's exact place), zone projects found in their zone, and — when the reader's list is
 * complete — precision over the distinct projects the pipeline names. Names are compared after
 * {@link normalizeName}, against `name_zh` and `aliases`; a project named twice counts once. A listed
 * project marked `knownMiss` counts as missed.
 *
 * @example
 * scoreProjects(
 *   { doc: '000', complete: true, projectsComplete: true, figures: [], notInZone: [],
 *     projects: [{ name_zh: '奥北森林公园(一期)', place: 'district:changping', placedBy: 'text',
 *                  sectors: ['ecology'], status: 'planned', year: null }] },
 *   [{ …, name_zh: '奥北森林公园一期', place: 'district:changping' }],
 * ) // → { expected: 1, found: 1, placed: 1, judged: 1, wrong: [], … }
 */
export function scoreProjects(annotation: Annotation, facts: readonly ProjectFact[]): ProjectScore {
  const own = facts.filter((f) => f.doc === annotation.doc);
  const listed = annotation.projects.map((project) => ({ project, names: spellings(project) }));
  const matchOf = (fact: ProjectFact) => {
    const name = normalizeName(fact.name_zh);
    return listed.find((l) => l.names.has(name));
  };
  const missed: AnnotatedProject[] = [];
  const misplaced: ProjectScore['misplaced'] = [];
  let found = 0;
  let placed = 0;
  let zoneFound = 0;
  for (const { project } of listed) {
    const hits = own.filter((f) => matchOf(f)?.project === project);
    if (hits.length === 0 || project.knownMiss) {
      missed.push(project);
      continue;
    }
    found += 1;
    if (hits.some((f) => f.place === project.place)) {
      placed += 1;
      if (isZoneId(project.place)) zoneFound += 1;
    } else misplaced.push({ project, places: [...new Set(hits.map((f) => f.place))] });
  }
  const judgedKeys = new Set<string>();
  const wrong = new Map<string, string>();
  if (annotation.projectsComplete) {
    for (const fact of own) {
      const match = matchOf(fact);
      const name = normalizeName(fact.name_zh);
      judgedKeys.add(match ? `listed:${match.project.name_zh}` : name);
      if (!match && !wrong.has(name)) wrong.set(name, fact.name_zh);
    }
  }
  return {
    doc: annotation.doc,
    expected: listed.length,
    found,
    placed,
    zoneExpected: annotation.projects.filter((p) => isZoneId(p.place)).length,
    zoneFound,
    judged: judgedKeys.size,
    wrong: [...wrong.values()],
    missed,
    misplaced,
  };
}
