/**
 * The six zone ids of the atlas (docs/contracts.md#zones). They appear in URLs, GeoJSON and facts: never
 * rename them.
 */
export const ZONE_IDS = [
  'future-science-city',
  'life-valley',
  'energy-valley',
  'shahe-university-park',
  'huitian',
  'huairou-science-city',
] as const;

export type ZoneId = (typeof ZONE_IDS)[number];

/** District-level place keys: figures that describe a whole district, never a zone. */
export const DISTRICT_KEYS = ['district:changping', 'district:huairou'] as const;

export type DistrictKey = (typeof DISTRICT_KEYS)[number];

/** Where a fact belongs: a zone, a whole district, or nowhere we can be sure of. */
export type PlaceKey = ZoneId | DistrictKey;

export function isZoneId(value: unknown): value is ZoneId {
  return typeof value === 'string' && (ZONE_IDS as readonly string[]).includes(value);
}

export function isPlaceKey(value: unknown): value is PlaceKey {
  return isZoneId(value) || (DISTRICT_KEYS as readonly unknown[]).includes(value);
}

/** Parent of each zone; children are drawn and listed inside their parent. */
export const ZONE_PARENT: Readonly<Record<ZoneId, ZoneId | null>> = {
  'future-science-city': null,
  'life-valley': 'future-science-city',
  'energy-valley': 'future-science-city',
  'shahe-university-park': 'future-science-city',
  huitian: null,
  'huairou-science-city': null,
};

/**
 * The one zone of a set that lies inside every other (未来科学城 and 生命谷 → life-valley), or null when
 * two of them lie side by side (生命谷 and 能源谷) or the set is empty.
 *
 * @example
 * innermostZone(['future-science-city', 'life-valley']) // 'life-valley'
 */
export function innermostZone(zones: Iterable<ZoneId>): ZoneId | null {
  const set = new Set(zones);
  const around = (zone: ZoneId): ZoneId[] => {
    const parent = ZONE_PARENT[zone];
    return parent ? [parent, ...around(parent)] : [];
  };
  return (
    [...set].find((zone) => [...set].every((z) => z === zone || around(zone).includes(z))) ?? null
  );
}

/** The district each zone lies in, for district-wide context figures. */
export const ZONE_DISTRICT: Readonly<Record<ZoneId, DistrictKey>> = {
  'future-science-city': 'district:changping',
  'life-valley': 'district:changping',
  'energy-valley': 'district:changping',
  'shahe-university-park': 'district:changping',
  huitian: 'district:changping',
  'huairou-science-city': 'district:huairou',
};
