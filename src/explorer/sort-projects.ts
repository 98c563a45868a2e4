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

const sectorRank = (project: ProjectFact) => {
  const first = project.sectors[0];
  return first === undefined ? SECTOR_IDS.length : SECTOR_IDS.indexOf(first);
};
const statusRank = (project: ProjectFact) => STATUS_ORDER.indexOf(project.status);
const yearRank = (project: ProjectFact) => -(project.year ?? -Infinity);

const RANKS: Record<ProjectSort, (project: ProjectFact) => number> = {
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
export function sortProjects(projects: readonly ProjectFact[], by: ProjectSort): ProjectFact[] {
  const rank = RANKS[by];
  return projects
    .map((project, index) => ({ project, index, key: rank(project) }))
    .sort((a, b) => (a.key === b.key ? a.index - b.index : a.key - b.key))
    .map(({ project }) => project);
}
