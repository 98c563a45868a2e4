import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ZONE_IDS } from '../model/zones';
import { validateZones } from './validate-zones';
import { vertexCount } from './zone-geometry';

interface KnownPlace {
  name: string;
  lng: number;
  lat: number;
  inside: string[];
  outside: string[];
  source: string;
}

const shipped = JSON.parse(
  readFileSync(new URL('../../geo/zones.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;

const knownPlaces = JSON.parse(
  readFileSync(new URL('./fixtures/known-places.json', import.meta.url), 'utf8'),
) as KnownPlace[];

const zone = (id: string) => {
  const found = shipped.features.find((feature) => feature.properties.id === id);
  if (!found) throw new Error(`no zone ${id} in geo/zones.geojson`);
  return found;
};

describe('geo/zones.geojson', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('passes validation without printing anything', () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    );
    expect(validateZones(shipped)).toEqual([]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test('has one feature per zone id, sorted by id', () => {
    const ids = shipped.features.map((feature) => feature.properties.id);
    expect(ids).toEqual([...ZONE_IDS].sort());
  });

  test.each([...ZONE_IDS])('%s uses 15–60 vertices', (id) => {
    const count = vertexCount(zone(id).geometry);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(60);
  });
});

describe('known places', () => {
  test('every place says where its coordinate comes from', () => {
    expect(knownPlaces.length).toBeGreaterThanOrEqual(20);
    for (const place of knownPlaces) expect(place.source.trim()).not.toBe('');
  });

  const cases = knownPlaces.flatMap((place) => [
    ...place.inside.map((id) => ({ place, id, inside: true })),
    ...place.outside.map((id) => ({ place, id, inside: false })),
  ]);

  test.each(cases)('$place.name is inside $id: $inside', ({ place, id, inside }) => {
    expect(booleanPointInPolygon([place.lng, place.lat], zone(id).geometry)).toBe(inside);
  });
});
