import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { ZoneCollection } from '../model/zone-feature';
import { buildAtlasStyle } from './atlas-style';
import { EMBEDDED_LAYERS_HIDDEN_ONLINE, onlineBasemapBeforeId } from './online-basemap';
import { ZONE_FILL_LAYER } from './zone-style';

const zones = JSON.parse(readFileSync('geo/zones.geojson', 'utf8')) as ZoneCollection;
const basemap = JSON.parse(readFileSync('geo/basemap.geojson', 'utf8')) as FeatureCollection;

describe('onlineBasemapBeforeId', () => {
  it('puts the online tiles beneath every embedded layer that stays shown, and the zones', () => {
    const { layers } = buildAtlasStyle({
      basemap,
      zones,
      lang: 'en',
      basemapAttribution: 'b',
      zonesAttribution: 'z',
    });
    const ids = layers.map((layer) => layer.id);
    const before = onlineBasemapBeforeId(layers);
    expect(before).toBeDefined();
    const at = ids.indexOf(before!);
    for (const replaced of EMBEDDED_LAYERS_HIDDEN_ONLINE) {
      expect(ids, replaced).toContain(replaced);
    }
    const keptBelow = ids
      .slice(0, at)
      .filter((id) => id !== 'background' && !EMBEDDED_LAYERS_HIDDEN_ONLINE.includes(id));
    expect(keptBelow).toEqual([]);
    expect(at).toBeLessThan(ids.indexOf(ZONE_FILL_LAYER));
  });

  it('goes on top when the style keeps nothing of its own', () => {
    expect(onlineBasemapBeforeId([{ id: 'background', type: 'background' }])).toBeUndefined();
    expect(onlineBasemapBeforeId([{ id: 'water', type: 'fill' }])).toBeUndefined();
  });
});
