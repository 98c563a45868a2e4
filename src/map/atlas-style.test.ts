import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normalizePropertyExpression,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
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

describe('shader programs', () => {
  /** How a layer sets a paint property: a constant, per feature, per zoom, or per feature and zoom. */
  const kindOf = (layer: { type: string; paint?: Record<string, unknown> }, property: string) => {
    const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
      `paint_${layer.type}`
    ]![property] as Parameters<typeof normalizePropertyExpression>[2];
    // an outline colour left unset is drawn with the fill colour, in the same form
    const unset = property === 'fill-outline-color' ? layer.paint?.['fill-color'] : undefined;
    const value = layer.paint?.[property] ?? unset ?? (spec as { default?: unknown }).default;
    return normalizePropertyExpression(
      value as Parameters<typeof normalizePropertyExpression>[0],
      property,
      spec,
    ).kind;
  };

  it('gives every label layer and every fill layer one form of each paint property, so each kind compiles one program', () => {
    const layers = build('zh').layers as {
      type: string;
      id: string;
      paint?: Record<string, unknown>;
    }[];
    const forms = (type: string, properties: string[]) =>
      new Set(
        layers
          .filter((layer) => layer.type === type)
          .map((layer) => properties.map((p) => kindOf(layer, p)).join('/')),
      );
    expect(
      forms('symbol', [
        'text-color',
        'text-opacity',
        'text-halo-color',
        'text-halo-width',
        'text-halo-blur',
      ]),
    ).toEqual(new Set(['source/composite/constant/constant/constant']));
    expect(forms('fill', ['fill-color', 'fill-opacity', 'fill-outline-color'])).toEqual(
      new Set(['source/source/source']),
    );
  });
});
