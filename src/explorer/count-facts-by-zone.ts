import type { Dataset } from '../model/dataset';
import type { SectorId } from '../model/sectors';
import { ZONE_IDS, ZONE_PARENT, isZoneId, type ZoneId } from '../model/zones';
import { filterBySectors } from './filter-by-sectors';
import { projectCards } from './group-projects';

/**
 * How many figures and projects documents tie directly to each zone, in the selected sectors
 * (empty = all). A project named in several documents counts once, where its card is shown.
 * District-wide facts count for no zone; a parent does not count its children's facts, which the
 * list shows beside it.
 *
 * @example
 * countFactsByZone(dataset, ['energy']) // → { 'energy-valley': 12, huitian: 0, … }
 */
export function countFactsByZone(
  dataset: Dataset,
  sectors: readonly SectorId[],
): Record<ZoneId, number> {
  const counts = Object.fromEntries(ZONE_IDS.map((id) => [id, 0])) as Record<ZoneId, number>;
  const figures = dataset.facts.filter((fact) => fact.kind === 'figure');
  for (const fact of filterBySectors(figures, sectors)) {
    if (isZoneId(fact.place)) counts[fact.place] += 1;
  }
  for (const [place, cards] of projectCards(dataset).byPlace) {
    if (isZoneId(place)) counts[place] += filterBySectors(cards, sectors).length;
  }
  return counts;
}

/**
 * Zones to dim on the map and in the list: those with nothing in the selected sectors, neither
 * their own facts nor a child's, and, while zones are compared, the zones outside the
 * comparison. Without a sector filter or counts (the data is loading) only the latter dim.
 *
 * @example
 * dimmedZones(counts, [], ['huitian', 'life-valley']) // → the four other zones
 */
export function dimmedZones(
  counts: Readonly<Record<ZoneId, number>> | null,
  sectors: readonly SectorId[],
  compared: readonly ZoneId[] = [],
): Set<ZoneId> {
  const outside = compared.length > 0 ? ZONE_IDS.filter((zone) => !compared.includes(zone)) : [];
  if (sectors.length === 0 || counts === null) return new Set(outside);
  const total = (zone: ZoneId): number =>
    counts[zone] +
    ZONE_IDS.filter((id) => ZONE_PARENT[id] === zone).reduce((n, id) => n + total(id), 0);
  return new Set([...outside, ...ZONE_IDS.filter((zone) => total(zone) === 0)]);
}
