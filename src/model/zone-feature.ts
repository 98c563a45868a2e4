import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ZoneId } from './zones';

/** Properties every zone in `geo/zones.geojson` carries (docs/contracts.md#the-zone-file). */
export interface ZoneProperties {
  id: ZoneId;
  name_zh: string;
  name_en: string;
  parent: ZoneId | null;
  documented_area_km2: number | null;
  area_source: string;
  drawn_from: string;
  identity_zh: string;
  identity_en: string;
  label_point: [number, number];
  confidence: 'medium' | 'low';
}

export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProperties>;
export type ZoneCollection = FeatureCollection<Polygon | MultiPolygon, ZoneProperties>;
