import type { FeatureCollection, Point } from 'geojson';
import type { ZoneCollection, ZoneProperties } from '../model/zone-feature';

/**
 * One point per zone at its `label_point`, so each zone is labelled once at a chosen spot
 * instead of once per tile at wherever the renderer finds room.
 */
export function zoneLabelPoints(zones: ZoneCollection): FeatureCollection<Point, ZoneProperties> {
  return {
    type: 'FeatureCollection',
    features: zones.features.map((zone) => ({
      type: 'Feature',
      id: zone.properties.id,
      properties: zone.properties,
      geometry: { type: 'Point', coordinates: zone.properties.label_point },
    })),
  };
}
