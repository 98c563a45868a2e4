import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { ZoneCollection } from '../model/zone-feature';
import { ZONE_IDS } from '../model/zones';
import { buildAtlasStyle, buildProgressiveAtlasStyle } from './atlas-style';
import { ZONE_COLORS } from './design-tokens';

const zones = JSON.parse(readFileSync('geo/zones.geojson', 'utf8')) as ZoneCollection;
const basemap = JSON.parse(readFileSync('geo/basemap.geojson', 'utf8')) as FeatureCollection;
const build = (lang: 'zh' | 'en') =>
  buildAtlasStyle({ basemap, zones, lang, basemapAttribution: 'b', zonesAttribution: 'z' });

describe('buildAtlasStyle', () => {
  it('produces a style the MapLibre style spec accepts, in both languages', () => {
    expect(validateStyleMin(build('zh'))).toEqual([]);
    expect(validateStyleMin(build('en'))).toEqual([]);
  });

  it('needs no network: no glyphs, sprites, tiles or remote URLs', () => {
    const style = build('zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('dashes only the zone that contains others', () => {
    const line = build('en').layers.find((layer) => layer.id === 'zone-line');
    expect(JSON.stringify(line)).toContain('["literal",["future-science-city"]]');
  });

  it('gives every zone its own colour', () => {
    const colours = ZONE_IDS.map((id) => ZONE_COLORS[id]);
    expect(new Set(colours).size).toBe(ZONE_IDS.length);
  });

  it('labels each zone once, at its label point', () => {
    const labels = build('zh').sources['zone-labels'] as { data: FeatureCollection };
    expect(labels.data.features.map((f) => f.properties?.id).sort()).toEqual([...ZONE_IDS].sort());
  });
});

describe('buildProgressiveAtlasStyle', () => {
  it('starts with only the zones and hands the basemap and labels over for later', () => {
    const { style, lateData } = buildProgressiveAtlasStyle({
      basemap,
      zones,
      lang: 'zh',
      basemapAttribution: 'b',
      zonesAttribution: 'z',
    });
    const dataOf = (id: string) => (style.sources[id] as { data: FeatureCollection }).data;
    expect(dataOf('zones').features).toHaveLength(zones.features.length);
    expect(dataOf('basemap').features).toHaveLength(0);
    expect(dataOf('zone-labels').features).toHaveLength(0);
    expect(lateData.basemap).toBe(basemap);
    expect(lateData['zone-labels']!.features).toHaveLength(zones.features.length);
    expect(validateStyleMin(style)).toEqual([]);
  });
});
