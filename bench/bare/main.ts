/**
 * The benchmark's baseline: MapLibre alone, drawing the same zones the atlas ships, loaded the
 * way the atlas loads them (bundled as text, parsed on start) and marked the way the atlas marks
 * its first screen (src/map/MapView.svelte). Anything the atlas costs beyond this page is ours.
 */
import * as maplibregl from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import zonesText from '../../geo/zones.geojson?raw';
import { onFirstDraw } from '../../src/map/on-first-draw';

maplibregl.setWorkerUrl(workerUrl);

const zones = JSON.parse(zonesText) as FeatureCollection;

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { zones: { type: 'geojson', data: zones } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      {
        id: 'zone-fill',
        type: 'fill',
        source: 'zones',
        paint: { 'fill-color': '#2f6db3', 'fill-opacity': 0.2 },
      },
      {
        id: 'zone-line',
        type: 'line',
        source: 'zones',
        paint: { 'line-color': '#2f6db3', 'line-width': 1.5 },
      },
    ],
  },
  bounds: [
    [116.05, 39.98],
    [116.95, 40.48],
  ],
  fitBoundsOptions: { padding: 24 },
});

(window as unknown as { atlasMap: MapLibreMap }).atlasMap = map;

onFirstDraw(map, 'zones', () => {
  performance.mark('zones-rendered');
  document.documentElement.dataset.mapReady = 'true';
});
