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

/**
 * Where the online tiles go in a style's layer list: beneath the first layer that stays shown
 * while they are (district outlines, stations, labels, the zones), so the tiles cover only the
 * background and the layers they replace. Undefined, for the top, when no layer stays.
 *
 * @example
 * onlineBasemapBeforeId([{ id: 'background', type: 'background' }, { id: 'water', type: 'fill' },
 *   { id: 'district-line', type: 'line' }]) // → 'district-line'
 */
export function onlineBasemapBeforeId(
  layers: readonly { id: string; type: string }[],
): string | undefined {
  return layers.find(
    (layer) => layer.type !== 'background' && !EMBEDDED_LAYERS_HIDDEN_ONLINE.includes(layer.id),
  )?.id;
}
