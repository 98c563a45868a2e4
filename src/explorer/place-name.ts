import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { ZoneProperties } from '../model/zone-feature';
import type { DistrictKey, PlaceKey } from '../model/zones';

const DISTRICT_KEYS_TO_MESSAGE = {
  'district:changping': 'districtChangping',
  'district:huairou': 'districtHuairou',
} as const satisfies Record<DistrictKey, string>;

/** A district's name in the language: "Changping" / "昌平区". */
export function districtName(district: DistrictKey, lang: Lang): string {
  return t(lang, DISTRICT_KEYS_TO_MESSAGE[district]);
}

/**
 * The name of any place a fact can have: a zone (from the zone features), a district, or
 * an empty string for a fact tied to no place.
 */
export function placeName(
  place: PlaceKey | null,
  zones: readonly ZoneProperties[],
  lang: Lang,
): string {
  if (place === null) return '';
  if (place === 'district:changping' || place === 'district:huairou')
    return districtName(place, lang);
  const zone = zones.find((candidate) => candidate.id === place);
  if (zone === undefined) return place;
  return lang === 'zh' ? zone.name_zh : zone.name_en;
}
