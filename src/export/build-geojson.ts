import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ZoneFeature } from '../model/zone-feature';
import type { ExportRecord } from './export-records';

/** A zone's outline with the zone file's properties, marked `kind: 'zone'`. */
export type ZoneExportFeature = Feature<
  ZoneFeature['geometry'],
  ZoneFeature['properties'] & { kind: 'zone' }
>;

/** A fact, which has no position of its own: `geometry` is null (RFC 7946 §3.2, an unlocated feature). */
export type FactExportFeature = Feature<null, ExportRecord>;

/**
 * The GeoJSON file of docs/contracts.md#export-files: an RFC 7946 FeatureCollection holding each
 * exported zone's polygon with its properties, then every exported fact as a feature with the same
 * fields as the CSV. Documents tie facts to a zone, not to a point, so a fact's geometry is null
 * rather than an invented position; `place` joins it to its zone's feature (whose `id` is the
 * zone id). Feature ids are the zone and fact ids.
 *
 * @example
 * buildGeoJson([energyValley], [record])
 * // → { type: 'FeatureCollection', features: [{ id: 'energy-valley', geometry: { type: 'Polygon', … } },
 * //                                             { id: '003-f-19j4cl2', geometry: null, properties: { … } }] }
 */
export function buildGeoJson(
  zones: readonly ZoneFeature[],
  records: readonly ExportRecord[],
): FeatureCollection<Geometry | null> {
  const zoneFeatures: ZoneExportFeature[] = zones.map((zone) => ({
    type: 'Feature',
    id: zone.properties.id,
    geometry: zone.geometry,
    properties: { ...zone.properties, kind: 'zone' },
  }));
  const factFeatures: FactExportFeature[] = records.map((record) => ({
    type: 'Feature',
    id: record.fact_id,
    geometry: null,
    properties: { ...record, sectors: [...record.sectors] },
  }));
  return { type: 'FeatureCollection', features: [...zoneFeatures, ...factFeatures] };
}
