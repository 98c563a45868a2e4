import { valid as geojsonTrace } from 'geojson-validation';
import { ZONE_IDS } from '../model/zones';
import {
  checkAreas,
  checkContainment,
  checkIds,
  checkParents,
  checkSiblingOverlaps,
} from './collection-rules';
import {
  checkCoordinateRange,
  checkDecimals,
  checkLabelPoint,
  checkSelfIntersection,
  checkWinding,
  isOutline,
} from './feature-rules';
import type {
  AllowedOverlap,
  LngLatBounds,
  ReadZoneFeature,
  ValidateZonesOptions,
  ZoneProblem,
} from './types';
import { readZoneProperties } from './zone-properties';

/** Longitude/latitude window around Beijing municipality. */
export const BEIJING_BOUNDS: LngLatBounds = {
  minLng: 115.4,
  maxLng: 117.5,
  minLat: 39.4,
  maxLat: 41.1,
};

/**
 * Huitian is an administrative area whose north meets Future Science City around 史各庄/朱辛庄
 * (docs/contracts.md#the-zone-file), so the two outlines may overlap a little.
 */
export const DEFAULT_ALLOWED_OVERLAPS: readonly AllowedOverlap[] = [
  { a: 'future-science-city', b: 'huitian', maxKm2: 5 },
];

const DEFAULTS: Required<ValidateZonesOptions> = {
  areaTolerance: 0.1,
  containmentToleranceKm2: 0.01,
  overlapToleranceKm2: 0.01,
  allowedOverlaps: DEFAULT_ALLOWED_OVERLAPS,
  expectedIds: ZONE_IDS,
  bounds: BEIJING_BOUNDS,
  maxDecimals: 6,
};

/**
 * Checks a zone FeatureCollection against the geometry contract (docs/contracts.md#the-zone-file): valid GeoJSON,
 * RFC 7946 winding, no self-intersections, [lng, lat] order inside Beijing, at most six decimals,
 * the required properties, each known id exactly once, parents as in the zone model, children
 * inside parents, siblings apart, and areas close to the documented ones.
 *
 * Returns every problem found (empty when the collection is fine); never throws and never
 * modifies its input.
 *
 * @example
 * validateZones({ type: 'FeatureCollection', features: [] })
 * // [{ zoneId: 'future-science-city', code: 'missing-zone', message: 'zone "future-science-city" has no feature' }, ...]
 */
export function validateZones(
  collection: unknown,
  options: ValidateZonesOptions = {},
): ZoneProblem[] {
  const settings = { ...DEFAULTS, ...options };
  try {
    return runChecks(collection, settings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      { zoneId: null, code: 'validator-error', message: `could not finish checking: ${reason}` },
    ];
  }
}

function runChecks(collection: unknown, settings: Required<ValidateZonesOptions>): ZoneProblem[] {
  const rawFeatures = featureList(collection);
  if (!rawFeatures) {
    return [
      {
        zoneId: null,
        code: 'not-feature-collection',
        message: 'expected a GeoJSON FeatureCollection',
      },
    ];
  }
  const problems: ZoneProblem[] = [];
  const structural = structuralProblems(collection);
  const features = rawFeatures.map((raw, index) => {
    const read = readFeature(raw, index, structural.get(index), settings);
    problems.push(...read.problems);
    return read.feature;
  });
  problems.push(...(structural.get(null) ?? []).map((message) => invalidGeojson(null, message)));
  problems.push(
    ...checkIds(features, settings.expectedIds),
    ...checkParents(features, settings.expectedIds),
    ...checkContainment(features, settings.containmentToleranceKm2),
    ...checkSiblingOverlaps(features, settings.overlapToleranceKm2, settings.allowedOverlaps),
    ...checkAreas(features, settings.areaTolerance),
  );
  return problems;
}

function featureList(collection: unknown): unknown[] | null {
  if (typeof collection !== 'object' || collection === null) return null;
  const { type, features } = collection as { type?: unknown; features?: unknown };
  return type === 'FeatureCollection' && Array.isArray(features) ? features : null;
}

/** geojson-validation messages grouped by feature index ("at 3: …"), or under null for the collection. */
function structuralProblems(collection: unknown): Map<number | null, string[]> {
  const grouped = new Map<number | null, string[]>();
  for (const line of geojsonTrace(collection, true)) {
    const match = /^at (\d+): (.*)$/s.exec(line);
    const key = match ? Number(match[1]) : null;
    grouped.set(key, [...(grouped.get(key) ?? []), match?.[2] ?? line]);
  }
  return grouped;
}

const invalidGeojson = (zoneId: string | null, message: string): ZoneProblem => ({
  zoneId,
  code: 'invalid-geojson',
  message,
});

function readFeature(
  raw: unknown,
  index: number,
  structural: readonly string[] | undefined,
  settings: Required<ValidateZonesOptions>,
): { feature: ReadZoneFeature; problems: ZoneProblem[] } {
  const { properties: rawProperties, geometry } = (raw ?? {}) as {
    properties?: unknown;
    geometry?: unknown;
  };
  const rawId = (rawProperties as { id?: unknown } | null | undefined)?.id;
  const id = typeof rawId === 'string' ? rawId : null;
  const read = readZoneProperties(rawProperties, id);
  const problems = [
    ...(structural ?? []).map((message) => invalidGeojson(id, message)),
    ...read.problems,
  ];
  const feature: ReadZoneFeature = {
    index,
    id,
    properties: read.properties,
    geometry: null,
    usable: false,
  };
  if (structural?.length) return { feature, problems };
  if (!isOutline(geometry)) {
    problems.push({
      zoneId: id,
      code: 'not-polygon',
      message: 'geometry must be a Polygon or MultiPolygon',
    });
    return { feature, problems };
  }
  feature.geometry = geometry;
  problems.push(...checkDecimals(id, geometry, settings.maxDecimals));
  const range = checkCoordinateRange(id, geometry, settings.bounds);
  if (range.length > 0) return { feature, problems: [...problems, ...range] };
  problems.push(...checkWinding(id, geometry));
  const crossings = checkSelfIntersection(id, geometry);
  problems.push(...crossings);
  feature.usable = crossings.length === 0;
  if (feature.usable) problems.push(...checkLabelPoint(id, read.properties.label_point, geometry));
  return { feature, problems };
}
