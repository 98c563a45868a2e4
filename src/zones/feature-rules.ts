import { booleanClockwise } from '@turf/boolean-clockwise';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { kinks } from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLatBounds, ZoneProblem } from './types';
import { decimalPlaces, polygonPositions, polygonRings } from './zone-geometry';

type Outline = Polygon | MultiPolygon;

const inRange = (value: number | undefined, min: number, max: number): boolean =>
  value !== undefined && value >= min && value <= max;

const formatPosition = (position: Position): string => `[${position.join(', ')}]`;

/** True for a Polygon or MultiPolygon geometry object (shape of coordinates not checked). */
export function isOutline(geometry: unknown): geometry is Outline {
  if (typeof geometry !== 'object' || geometry === null) return false;
  const type = (geometry as { type?: unknown }).type;
  return type === 'Polygon' || type === 'MultiPolygon';
}

/**
 * Flags positions outside the allowed window. When a position fits once its two numbers are
 * swapped, the problem is `swapped-lat-lng` (GeoJSON wants [lng, lat]); otherwise
 * `coordinate-out-of-range`. One problem per zone, naming the first offending position.
 */
export function checkCoordinateRange(
  zoneId: string | null,
  geometry: Outline,
  bounds: LngLatBounds,
): ZoneProblem[] {
  const fits = ([lng, lat]: Position) =>
    inRange(lng, bounds.minLng, bounds.maxLng) && inRange(lat, bounds.minLat, bounds.maxLat);
  const bad = polygonPositions(geometry).find((position) => !fits(position));
  if (!bad) return [];
  const swapped = [bad[1] ?? NaN, bad[0] ?? NaN];
  if (fits(swapped)) {
    return [
      {
        zoneId,
        code: 'swapped-lat-lng',
        message: `position ${formatPosition(bad)} looks like [lat, lng]; GeoJSON order is [lng, lat]`,
      },
    ];
  }
  return [
    {
      zoneId,
      code: 'coordinate-out-of-range',
      message: `position ${formatPosition(bad)} is outside lng ${bounds.minLng}–${bounds.maxLng}, lat ${bounds.minLat}–${bounds.maxLat}`,
    },
  ];
}

/** Flags coordinates written with more decimal places than allowed (one problem per zone). */
export function checkDecimals(
  zoneId: string | null,
  geometry: Outline,
  maxDecimals: number,
): ZoneProblem[] {
  const bad = polygonPositions(geometry).find((position) =>
    position.some((value) => decimalPlaces(value) > maxDecimals),
  );
  if (!bad) return [];
  return [
    {
      zoneId,
      code: 'too-many-decimals',
      message: `position ${formatPosition(bad)} has more than ${maxDecimals} decimal places`,
    },
  ];
}

/** RFC 7946 right-hand rule: exterior rings counter-clockwise, holes clockwise. */
export function checkWinding(zoneId: string | null, geometry: Outline): ZoneProblem[] {
  const wrong = polygonRings(geometry).filter(
    ({ ring, exterior }) => booleanClockwise(ring) === exterior,
  );
  if (wrong.length === 0) return [];
  const kinds = [...new Set(wrong.map(({ exterior }) => (exterior ? 'exterior' : 'hole')))];
  return [
    {
      zoneId,
      code: 'bad-winding',
      message: `${kinds.join(' and ')} ring winding breaks the right-hand rule (exterior rings counter-clockwise, holes clockwise)`,
    },
  ];
}

/** Flags rings that cross themselves or each other. */
export function checkSelfIntersection(zoneId: string | null, geometry: Outline): ZoneProblem[] {
  const crossings = kinks(geometry).features;
  const first = crossings[0];
  if (!first) return [];
  return [
    {
      zoneId,
      code: 'self-intersection',
      message: `outline crosses itself at ${crossings.length} point(s), first near ${formatPosition(first.geometry.coordinates)}`,
    },
  ];
}

/** Flags a label point that would be drawn outside its own zone. */
export function checkLabelPoint(
  zoneId: string | null,
  labelPoint: Position | undefined,
  geometry: Outline,
): ZoneProblem[] {
  if (!labelPoint || booleanPointInPolygon(labelPoint, geometry)) return [];
  return [
    {
      zoneId,
      code: 'label-outside-zone',
      message: `label_point ${formatPosition(labelPoint)} is not inside the zone outline`,
    },
  ];
}
