import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { lineString, point } from '@turf/helpers';
import type { Feature, FeatureCollection, Geometry, LineString, Polygon, Position } from 'geojson';

const FILE = new URL('../../geo/basemap.geojson', import.meta.url);
const EXTENT = { west: 115.9, south: 39.9, east: 117.2, north: 40.65 };
const MAX_BYTES = 150_000;

/** Layers bottom to top; the file is sorted in this order, then by `name_zh`. */
const LAYER_ORDER = ['district', 'water', 'river', 'road', 'rail', 'station', 'place'] as const;
type Layer = (typeof LAYER_ORDER)[number];
const GEOMETRY_TYPES: Record<Layer, Geometry['type'][]> = {
  district: ['Polygon', 'MultiPolygon'],
  water: ['Polygon', 'MultiPolygon'],
  river: ['LineString', 'MultiLineString'],
  road: ['LineString', 'MultiLineString'],
  rail: ['LineString', 'MultiLineString'],
  station: ['Point'],
  place: ['Point'],
};
const SOURCES = ['osm', 'osm-line', 'sketch', 'desc'];

interface BasemapProps {
  layer: Layer;
  name_zh: string | null;
  name_en: string | null;
  ref?: string;
  class?: string;
  rank?: number;
  source: string;
}
type BasemapFeature = Feature<Geometry, BasemapProps>;

const raw = readFileSync(FILE, 'utf8');
const collection = JSON.parse(raw) as FeatureCollection<Geometry, BasemapProps>;
const features: BasemapFeature[] = collection.features;

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

function find(layer: Layer, nameZh: string): BasemapFeature {
  const match = features.find(
    (f) => f.properties.layer === layer && f.properties.name_zh === nameZh,
  );
  if (!match) throw new Error(`no ${layer} named ${nameZh}`);
  return match;
}

function findByRef(layer: Layer, ref: string): Feature<LineString, BasemapProps> {
  const match = features.find((f) => f.properties.layer === layer && f.properties.ref === ref);
  if (!match || match.geometry.type !== 'LineString')
    throw new Error(`no ${layer} line with ref ${ref}`);
  return match as Feature<LineString, BasemapProps>;
}

function pointOf(layer: Layer, nameZh: string): Position {
  const geometry = find(layer, nameZh).geometry;
  if (geometry.type !== 'Point') throw new Error(`${nameZh} is not a point`);
  return geometry.coordinates;
}

function polygonOf(nameZh: string): Feature<Polygon> {
  const f = find('district', nameZh);
  if (f.geometry.type !== 'Polygon') throw new Error(`${nameZh} is not a polygon`);
  return { type: 'Feature', properties: {}, geometry: f.geometry };
}

/** Longitude where a line crosses the given latitude (first crossing), by linear interpolation. */
function lngAtLat(line: Feature<LineString>, lat: number): number {
  const c = line.geometry.coordinates;
  for (let i = 1; i < c.length; i += 1) {
    const [x0, y0] = c[i - 1] as [number, number];
    const [x1, y1] = c[i] as [number, number];
    if ((y0 - lat) * (y1 - lat) <= 0 && y0 !== y1) return x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0);
  }
  throw new Error(`line does not reach latitude ${lat}`);
}

/** Latitude where a line crosses the given longitude (first crossing). */
function latAtLng(line: Feature<LineString>, lng: number): number {
  const c = line.geometry.coordinates;
  for (let i = 1; i < c.length; i += 1) {
    const [x0, y0] = c[i - 1] as [number, number];
    const [x1, y1] = c[i] as [number, number];
    if ((x0 - lng) * (x1 - lng) <= 0 && x0 !== x1) return y0 + ((lng - x0) / (x1 - x0)) * (y1 - y0);
  }
  throw new Error(`line does not reach longitude ${lng}`);
}

function isNear(position: Position, line: Feature<LineString>, metres: number): boolean {
  const zone = buffer(lineString(line.geometry.coordinates), metres / 1000, {
    units: 'kilometers',
  });
  if (!zone) return false;
  return booleanPointInPolygon(point(position), zone);
}

function decimalsOf(n: number): number {
  return String(n).split('.')[1]?.length ?? 0;
}

describe('geo/basemap.geojson: shape of the file', () => {
  it('is a FeatureCollection with features', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(features.length).toBeGreaterThan(50);
  });

  it('stays within the first-load size budget', () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('gives every feature a known layer, the geometry that layer allows and the common properties', () => {
    for (const f of features) {
      const { layer, name_zh, name_en, source } = f.properties;
      expect(LAYER_ORDER, `layer of ${name_zh}`).toContain(layer);
      expect(GEOMETRY_TYPES[layer], `${layer} ${name_zh}`).toContain(f.geometry.type);
      expect(name_zh === null || typeof name_zh === 'string').toBe(true);
      expect(name_en === null || typeof name_en === 'string').toBe(true);
      expect(SOURCES, `source of ${name_zh}`).toContain(source);
    }
  });

  it('gives roads a class, rail lines a ref and places a rank', () => {
    for (const f of features) {
      const p = f.properties;
      if (p.layer === 'road') expect(['motorway', 'ring', 'arterial']).toContain(p.class);
      if (p.layer === 'rail' || p.layer === 'station') expect(typeof p.ref).toBe('string');
      if (p.layer === 'place') expect([1, 2, 3]).toContain(p.rank);
    }
  });

  it('keeps every coordinate inside north Beijing with at most 5 decimals', () => {
    for (const f of features) {
      for (const [lng, lat] of positionsOf(f.geometry) as [number, number][]) {
        expect(lng, f.properties.name_zh ?? '').toBeGreaterThanOrEqual(EXTENT.west);
        expect(lng, f.properties.name_zh ?? '').toBeLessThanOrEqual(EXTENT.east);
        expect(lat, f.properties.name_zh ?? '').toBeGreaterThanOrEqual(EXTENT.south);
        expect(lat, f.properties.name_zh ?? '').toBeLessThanOrEqual(EXTENT.north);
        expect(decimalsOf(lng)).toBeLessThanOrEqual(5);
        expect(decimalsOf(lat)).toBeLessThanOrEqual(5);
      }
    }
  });

  it('closes every polygon ring', () => {
    for (const f of features) {
      if (f.geometry.type !== 'Polygon') continue;
      for (const ring of f.geometry.coordinates) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('is sorted by layer, then by name_zh, so regenerating it gives a stable diff', () => {
    const keys = features.map(
      (f) => [LAYER_ORDER.indexOf(f.properties.layer), f.properties.name_zh ?? '\uffff'] as const,
    );
    const sorted = [...keys].sort(
      (a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0),
    );
    expect(keys).toEqual(sorted);
  });
});

describe('geo/basemap.geojson: required content', () => {
  it('outlines Changping and Huairou recognisably, and their neighbours', () => {
    for (const name of ['昌平区', '怀柔区']) {
      const vertices = polygonOf(name).geometry.coordinates[0]?.length ?? 0;
      expect(vertices, name).toBeGreaterThanOrEqual(30);
      expect(vertices, name).toBeLessThanOrEqual(120);
    }
    for (const name of ['海淀区', '朝阳区', '顺义区', '密云区', '延庆区', '门头沟区']) {
      expect(() => find('district', name)).not.toThrow();
    }
  });

  it('has the reservoirs, lakes and rivers of the zones', () => {
    for (const name of ['十三陵水库', '沙河水库', '怀柔水库', '雁栖湖', '密云水库']) {
      expect(() => find('water', name)).not.toThrow();
    }
    for (const name of [
      '温榆河',
      '南沙河',
      '北沙河',
      '东沙河',
      '清河',
      '怀河',
      '雁栖河',
      '潮白河',
      '白河',
    ]) {
      expect(() => find('river', name)).not.toThrow();
    }
  });

  it('has the expressways and the north arcs of the 5th and 6th ring roads', () => {
    for (const ref of ['G6', 'G7', 'G45', 'S12', 'G101'])
      expect(() => findByRef('road', ref)).not.toThrow();
    expect(find('road', '北五环').properties.class).toBe('ring');
    expect(find('road', '北六环').properties.class).toBe('ring');
    for (const name of ['立汤路', '北清路']) expect(() => find('road', name)).not.toThrow();
  });

  const LINES: Record<string, string[]> = {
    CP: [
      '昌平西山口',
      '昌平',
      '南邵',
      '沙河高教园',
      '沙河',
      '巩华城',
      '朱辛庄',
      '生命科学园',
      '西二旗',
      '清河站',
    ],
    L8: ['朱辛庄', '育知路', '平西府', '回龙观东大街', '霍营', '育新', '西小口', '林萃桥'],
    L13: ['上地', '清河站', '西二旗', '龙泽', '回龙观', '霍营', '立水桥', '北苑', '望京西'],
    L5: ['天通苑北', '天通苑', '天通苑南', '立水桥', '立水桥南', '北苑路北'],
    L17: ['未来科学城北', '未来科学城', '天通苑东', '清河营', '红军营', '望京西'],
    S5: ['清河站', '黄土店', '昌平北', '雁栖湖', '怀柔北'],
  };

  for (const [ref, stations] of Object.entries(LINES)) {
    it(`draws rail line ${ref} through its stations (each within 300 m)`, () => {
      const line = findByRef('rail', ref);
      for (const name of stations) {
        const station = find('station', name);
        expect(station.properties.ref?.split(';'), `${name} on ${ref}`).toContain(ref);
        expect(isNear(pointOf('station', name), line, 300), `${name} near ${ref}`).toBe(true);
      }
    });
  }
});

describe('geo/basemap.geojson: geography sanity checks', () => {
  it('puts 沙河高教园 station within 300 m of the Changping line', () => {
    expect(isNear(pointOf('station', '沙河高教园'), findByRef('rail', 'CP'), 300)).toBe(true);
  });

  it('puts 天通苑 station east of G6 at its latitude', () => {
    const [lng, lat] = pointOf('station', '天通苑') as [number, number];
    expect(lng).toBeGreaterThan(lngAtLat(findByRef('road', 'G6'), lat));
  });

  it('runs G7 west of G6 north of 回龙观 (lat 40.10–40.15)', () => {
    const g6 = findByRef('road', 'G6');
    const g7 = findByRef('road', 'G7');
    for (let lat = 40.1; lat <= 40.15; lat += 0.01) {
      expect(lngAtLat(g7, lat), `at ${lat.toFixed(2)}`).toBeLessThan(lngAtLat(g6, lat));
    }
  });

  it('keeps 生命科学园 station east of G7, inside the west bound of Future Science City', () => {
    const [lng, lat] = pointOf('station', '生命科学园') as [number, number];
    expect(lng).toBeGreaterThan(lngAtLat(findByRef('road', 'G7'), lat));
  });

  it('keeps the Line 17 Future Science City stations west of G45 and south of the North 6th Ring', () => {
    const g45 = findByRef('road', 'G45');
    const ring6 = find('road', '北六环') as Feature<LineString, BasemapProps>;
    for (const name of ['未来科学城', '未来科学城北']) {
      const [lng, lat] = pointOf('station', name) as [number, number];
      expect(lng, name).toBeLessThan(lngAtLat(g45, lat));
      expect(lat, name).toBeLessThan(latAtLng(ring6, lng));
    }
  });

  it('puts the district seats inside their districts', () => {
    expect(booleanPointInPolygon(pointOf('place', '怀柔'), polygonOf('怀柔区'))).toBe(true);
    expect(booleanPointInPolygon(pointOf('place', '昌平'), polygonOf('昌平区'))).toBe(true);
    expect(booleanPointInPolygon(pointOf('place', '昌平'), polygonOf('怀柔区'))).toBe(false);
  });

  it('puts stations on the right side of the Changping–Haidian line', () => {
    for (const name of ['天通苑北', '回龙观', '生命科学园', '沙河', '未来科学城']) {
      expect(booleanPointInPolygon(pointOf('station', name), polygonOf('昌平区')), name).toBe(true);
    }
    for (const name of ['西二旗', '上地', '清河站']) {
      expect(booleanPointInPolygon(pointOf('station', name), polygonOf('海淀区')), name).toBe(true);
    }
  });
});
