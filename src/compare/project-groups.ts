import type { ProjectFact, ProjectStatus } from '../model/dataset';
import type { SectorId } from '../model/sectors';
import { STATUS_ORDER } from '../explorer/sort-projects';

/**
 * One project however many documents name it (docs/contracts.md#projects-and-documents): its
 * latest mention gives the name, status and year, and every mention is a citation.
 */
export interface ProjectGroup {
  key: string;
  latest: ProjectFact;
  status: ProjectStatus;
  year: number | null;
  /** The sectors of all mentions, the latest mention's first. */
  sectors: SectorId[];
  /** Every mention, latest first. */
  facts: ProjectFact[];
}

/**
 * The key that tells projects apart: the dataset's cross-document `project` key where facts carry
 * one, otherwise the exact Chinese name, so that the same name in two documents is one project.
 */
export function projectKey(fact: ProjectFact): string {
  const key = (fact as ProjectFact & { project?: unknown }).project;
  if (typeof key === 'string' && key !== '') return key;
  return `name:${fact.name_zh.replace(/\s+/g, '')}`;
}

/**
 * Groups project mentions into projects, in the order they are first named. The latest mention
 * is the one from the most recent document (by `documentDates`, keyed by document id), then the
 * one with the later year, then the one further along. Counting groups instead of facts is what
 * makes a project named in three documents count once.
 *
 * @example
 * projectGroups([lab2021, lab2023], new Map([['002', '2021-12'], ['000', '2023-07']]))
 * // → [{ key: 'name:昌平国家实验室', latest: lab2023, facts: [lab2023, lab2021], … }]
 */
export function projectGroups(
  projects: readonly ProjectFact[],
  documentDates: ReadonlyMap<string, string> = new Map(),
): ProjectGroup[] {
  const groups = new Map<string, ProjectFact[]>();
  for (const fact of projects) {
    const key = projectKey(fact);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  const date = (fact: ProjectFact) => documentDates.get(fact.doc) ?? '';
  const later = (a: ProjectFact, b: ProjectFact) =>
    date(b).localeCompare(date(a)) ||
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  return [...groups].map(([key, facts]) => {
    const sorted = [...facts].sort(later);
    const latest = sorted[0] as ProjectFact;
    return {
      key,
      latest,
      status: latest.status,
      year: latest.year,
      sectors: [...new Set(sorted.flatMap((fact) => fact.sectors))],
      facts: sorted,
    };
  });
}
