import type { ProjectFact, ProjectStatus } from '../model/dataset';
import { SECTOR_IDS } from '../model/sectors';

/** The orders a project list offers. */
export type ProjectSort = 'sector' | 'status' | 'year';

export const PROJECT_SORTS: readonly ProjectSort[] = ['sector', 'status', 'year'];

/** Furthest along first: what already works, then what is being built, then plans. */
export const STATUS_ORDER: readonly ProjectStatus[] = [
  'in-use',
  'completed',
  'under-construction',
  'signed',
  'planned',
  'unknown',
];

/** What a project list sorts on: a project fact, or a card that stands for several. */
type Sortable = Pick<ProjectFact, 'sectors' | 'status' | 'year'>;

const sectorRank = (project: Sortable) => {
  const first = project.sectors[0];
  return first === undefined ? SECTOR_IDS.length : SECTOR_IDS.indexOf(first);
};
const statusRank = (project: Sortable) => STATUS_ORDER.indexOf(project.status);
const yearRank = (project: Sortable) => -(project.year ?? -Infinity);

const RANKS: Record<ProjectSort, (project: Sortable) => number> = {
  sector: sectorRank,
  status: statusRank,
  year: yearRank,
};

/**
 * Projects in a stable order: by first sector (in SPEC order), by status (furthest along first)
 * or by year (newest first, undated last). Ties keep their document order. Returns a new array.
 *
 * @example
 * sortProjects([planned2025, inUse2020], 'status') // → [inUse2020, planned2025]
 */
export function sortProjects<T extends Sortable>(projects: readonly T[], by: ProjectSort): T[] {
  const rank = RANKS[by];
  return projects
    .map((project, index) => ({ project, index, key: rank(project) }))
    .sort((a, b) => (a.key === b.key ? a.index - b.index : a.key - b.key))
    .map(({ project }) => project);
}
