import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';

/** The third-party host the opt-in online basemap contacts; nothing else ever is. */
export const ONLINE_TILE_HOST = 'tile.openstreetmap.org';
export const ONLINE_SOURCE = 'online-basemap';
export const ONLINE_LAYER = 'online-basemap';

/** How long the online basemap may take to show its first tiles before the atlas falls back. */
export const ONLINE_TIMEOUT_MS = 3000;

/** OpenStreetMap's standard raster tiles, credited as its tile policy asks. */
export function onlineBasemapSource(): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles: [`https://${ONLINE_TILE_HOST}/{z}/{x}/{y}.png`],
    tileSize: 256,
    maxzoom: 19,
    attribution:
      'Online basemap © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  };
}

/** The raster layer, drawn faintly so the zones stay the subject. */
export function onlineBasemapLayer(): LayerSpecification {
  return {
    id: ONLINE_LAYER,
    type: 'raster',
    source: ONLINE_SOURCE,
    paint: { 'raster-opacity': 0.85, 'raster-saturation': -0.4 },
  };
}

/** Embedded layers the online basemap replaces while it is shown (its own labels stay ours). */
export const EMBEDDED_LAYERS_HIDDEN_ONLINE = [
  'district-fill',
  'water',
  'river',
  'road-arterial',
  'road-major-casing',
  'road-major',
  'rail',
];
