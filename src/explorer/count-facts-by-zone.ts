import type { Dataset } from '../model/dataset';
import type { SectorId } from '../model/sectors';
import { ZONE_IDS, ZONE_PARENT, isZoneId, type ZoneId } from '../model/zones';
import { filterBySectors } from './filter-by-sectors';
import { projectCards } from './group-projects';

/** A zone's facts tallied by the set of sectors they name: how many facts share each set. */
type SectorTally = Map<string, { sectors: readonly SectorId[]; count: number }>;

const tallies = new WeakMap<Dataset, Map<ZoneId, SectorTally>>();

/**
 * Each zone's figures and project cards, tallied once per dataset by the sectors they name (a few
 * dozen sets), so that counting them under a filter costs the number of sets, not of facts.
 */
function zoneTallies(dataset: Dataset): Map<ZoneId, SectorTally> {
  const cached = tallies.get(dataset);
  if (cached) return cached;
  const byZone = new Map<ZoneId, SectorTally>(ZONE_IDS.map((id) => [id, new Map()]));
  const add = (place: string | null, sectors: readonly SectorId[]) => {
    if (!isZoneId(place)) return;
    const tally = byZone.get(place)!;
    const key = sectors.join(',');
    const entry = tally.get(key);
    if (entry) entry.count += 1;
    else tally.set(key, { sectors, count: 1 });
  };
  for (const fact of dataset.facts) if (fact.kind === 'figure') add(fact.place, fact.sectors);
  for (const [place, cards] of projectCards(dataset).byPlace)
    for (const card of cards) add(place, card.sectors);
  tallies.set(dataset, byZone);
  return byZone;
}

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
  for (const [zone, tally] of zoneTallies(dataset))
    for (const { sectors: named, count } of tally.values())
      if (filterBySectors([{ sectors: named }], sectors).length > 0) counts[zone] += count;
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
