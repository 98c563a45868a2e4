import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { valid } from 'geojson-validation';
import type { ZoneCollection } from '../model/zone-feature';
import { buildGeoJson } from './build-geojson';
import { exportRecords } from './export-records';
import { figure, project } from '../explorer/test/facts';

const zones = JSON.parse(
  readFileSync(new URL('../../geo/zones.geojson', import.meta.url), 'utf8'),
) as ZoneCollection;
const pick = (...ids: string[]) => zones.features.filter((f) => ids.includes(f.properties.id));
const properties = zones.features.map((f) => f.properties);
const records = exportRecords(
  [
    figure({ id: 'f1', place: 'energy-valley', sectors: ['energy'], value: 213 }),
    project({ id: 'p1', place: 'huitian', name_zh: '天通苑体育馆' }),
  ],
  { documents: [] },
  properties,
);

describe('buildGeoJson', () => {
  const collection = buildGeoJson(pick('energy-valley', 'huitian'), records);

  it('is a valid RFC 7946 FeatureCollection', () => {
    expect(valid(collection, true)).toEqual([]);
    expect(collection.type).toBe('FeatureCollection');
  });

  it('holds each zone’s polygon with the zone file’s properties', () => {
    const zone = collection.features.find((f) => f.id === 'energy-valley');
    expect(zone?.geometry).toEqual(pick('energy-valley')[0]?.geometry);
    expect(zone?.properties).toEqual({ ...pick('energy-valley')[0]?.properties, kind: 'zone' });
  });

  it('holds every fact with the CSV’s fields and no invented position', () => {
    const facts = collection.features.filter((f) => f.properties?.kind !== 'zone');
    expect(facts.map((f) => [f.id, f.geometry])).toEqual([
      ['f1', null],
      ['p1', null],
    ]);
    expect(facts[0]?.properties).toEqual(records[0]);
    expect(facts[1]?.properties).toMatchObject({ place: 'huitian', name_zh: '天通苑体育馆' });
  });
});
