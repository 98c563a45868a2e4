import { SECTOR_IDS, type SectorId } from '../model/sectors';

/** How many of a zone's projects have a sector as their main one (`null`: no sector named). */
export interface SectorCount {
  sector: SectorId | null;
  count: number;
}

/**
 * Counts projects (cards or mentions) by their main (first) sector, so the counts add up to the number of projects:
 * the most frequent sector first, ties in sector order, projects with no sector last.
 *
 * @example
 * projectsBySector([lab (energy, ecology), school (public-services), plant (energy)])
 * // → [{ sector: 'energy', count: 2 }, { sector: 'public-services', count: 1 }]
 */
export function projectsBySector(
  projects: readonly { sectors: readonly SectorId[] }[],
): SectorCount[] {
  const counts = new Map<SectorId | null, number>();
  for (const project of projects) {
    const sector = project.sectors[0] ?? null;
    counts.set(sector, (counts.get(sector) ?? 0) + 1);
  }
  const order = (sector: SectorId | null) =>
    sector === null ? SECTOR_IDS.length : SECTOR_IDS.indexOf(sector);
  return [...counts]
    .map(([sector, count]) => ({ sector, count }))
    .sort(
      (a, b) =>
        Number(a.sector === null) - Number(b.sector === null) ||
        b.count - a.count ||
        order(a.sector) - order(b.sector),
    );
}
