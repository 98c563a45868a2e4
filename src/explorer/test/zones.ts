import type { ZoneProperties } from '../../model/zone-feature';
import { ZONE_PARENT, type ZoneId } from '../../model/zones';

/** Zone properties with just the names a test needs. */
export function zoneProperties(id: ZoneId, name_zh: string, name_en: string): ZoneProperties {
  return {
    id,
    name_zh,
    name_en,
    parent: ZONE_PARENT[id],
    documented_area_km2: null,
    area_source: '',
    drawn_from: '',
    identity_zh: '',
    identity_en: '',
    label_point: [116.3, 40.1],
    confidence: 'medium',
  };
}

/** The six zones with their SPEC names. */
export const ZONES: ZoneProperties[] = [
  zoneProperties('future-science-city', '未来科学城', 'Future Science City'),
  zoneProperties('life-valley', '生命谷', 'Life Valley'),
  zoneProperties('energy-valley', '能源谷', 'Energy Valley'),
  zoneProperties('shahe-university-park', '沙河高教园', 'Shahe Higher Education Park'),
  zoneProperties('huitian', '回天地区', 'Huitian Area'),
  zoneProperties('huairou-science-city', '怀柔科学城', 'Huairou Science City'),
];
