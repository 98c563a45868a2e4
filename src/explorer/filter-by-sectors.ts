import type { Fact } from '../model/dataset';
import { SECTOR_IDS, type SectorId } from '../model/sectors';

/** How `filterBySectors` treats facts that name no sector. */
export interface FilterBySectorsOptions {
  /**
   * Keep facts with no sector under any filter. Useful for headline figures such as a zone's
   * area, which belong to every sector and would otherwise vanish when a filter is on.
   */
  keepGeneral?: boolean;
}

/**
 * The facts (or project cards) in any of the selected sectors; an empty selection means all sectors.
 * Returns a new array and leaves the input alone.
 *
 * @example
 * filterBySectors(facts, ['energy']) // → facts whose sectors include 'energy'
 */
export function filterBySectors<T extends { sectors: readonly SectorId[] }>(
  facts: readonly T[],
  sectors: readonly SectorId[],
  options: FilterBySectorsOptions = {},
): T[] {
  if (sectors.length === 0) return [...facts];
  return facts.filter(
    (fact) =>
      fact.sectors.some((sector) => sectors.includes(sector)) ||
      (options.keepGeneral === true && fact.sectors.length === 0),
  );
}

/**
 * How many facts name each sector, for the counts on sector chips. A fact in two sectors counts
 * for both, so the counts can add up to more than the number of facts.
 */
export function countBySector(facts: readonly Fact[]): Readonly<Record<SectorId, number>> {
  const known = COUNTS.get(facts);
  if (known) return known;
  const counts = Object.fromEntries(SECTOR_IDS.map((id) => [id, 0])) as Record<SectorId, number>;
  for (const fact of facts) {
    for (const sector of new Set(fact.sectors)) counts[sector] += 1;
  }
  COUNTS.set(facts, counts);
  return counts;
}

/**
 * Counts already made, by list: a place's facts are one list for the life of a dataset, so a zone
 * clicked again has its chips' counts at once. (Lists are never changed once counted.)
 */
const COUNTS = new WeakMap<readonly Fact[], Record<SectorId, number>>();

/**
 * The selection after a chip is pressed: the sector is added or removed, and the result is in
 * SPEC sector order so the same selection always gives the same link.
 *
 * @example
 * toggleSector(['energy'], 'life-sciences') // → ['life-sciences', 'energy']
 */
export function toggleSector(sectors: readonly SectorId[], sector: SectorId): SectorId[] {
  const on = sectors.includes(sector);
  return SECTOR_IDS.filter((id) => (id === sector ? !on : sectors.includes(id)));
}
