import { area } from '@turf/area';
import { difference } from '@turf/difference';
import { featureCollection, feature } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Square metres in a square kilometre. */
const M2_PER_KM2 = 1_000_000;

/**
 * Geodesic area of a zone outline in km².
 *
 * @example
 * zoneAreaKm2({ type: 'Polygon', coordinates: [[[116.3, 40.1], [116.31, 40.1], [116.31, 40.11], [116.3, 40.11], [116.3, 40.1]]] })
 * // ≈ 0.95
 */
export function zoneAreaKm2(geometry: Polygon | MultiPolygon): number {
  return area(geometry) / M2_PER_KM2;
}

/** Area in km² shared by two outlines; 0 when they only touch or are apart. */
export function overlapAreaKm2(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const shared = intersect(featureCollection([feature(a), feature(b)]));
  return shared ? zoneAreaKm2(shared.geometry) : 0;
}

/** Area in km² of `inner` that lies outside `outer`; 0 when `inner` is fully inside. */
export function outsideAreaKm2(
  inner: Polygon | MultiPolygon,
  outer: Polygon | MultiPolygon,
): number {
  const rest = difference(featureCollection([feature(inner), feature(outer)]));
  return rest ? zoneAreaKm2(rest.geometry) : 0;
}

/** Every linear ring of a Polygon or MultiPolygon, each tagged with whether it is an exterior ring. */
export function polygonRings(
  geometry: Polygon | MultiPolygon,
): { ring: Position[]; exterior: boolean }[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring, i) => ({ ring, exterior: i === 0 })));
}

/** Every position of a Polygon or MultiPolygon, closing positions included. */
export function polygonPositions(geometry: Polygon | MultiPolygon): Position[] {
  return polygonRings(geometry).flatMap(({ ring }) => ring);
}

/** Number of distinct vertices: positions minus the repeated closing position of each ring. */
export function vertexCount(geometry: Polygon | MultiPolygon): number {
  return polygonRings(geometry).reduce((sum, { ring }) => sum + Math.max(ring.length - 1, 0), 0);
}

/**
 * Decimal places a number is written with (its shortest round-trip form).
 *
 * @example
 * decimalPlaces(116.12345) // 5
 * decimalPlaces(1e-7) // 7
 */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = value.toString().toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(fraction.length - Number(exponent), 0);
}
