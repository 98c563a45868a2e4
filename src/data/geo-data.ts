import type { FeatureCollection } from 'geojson';
import type { ZoneCollection } from '../model/zone-feature';
import zonesText from '../../geo/zones.geojson?raw';
import basemapText from '../../geo/basemap.geojson?raw';

/**
 * The zone outlines and the embedded basemap, bundled with the app so the first screen needs
 * no request beyond the page itself. `npm run build` validates `geo/zones.geojson` first
 * (scripts/check-geo.ts), so a malformed file fails the build rather than half-drawing a map.
 */
export const zones = JSON.parse(zonesText) as ZoneCollection;
export const basemap = JSON.parse(basemapText) as FeatureCollection;

/** Credits shown in the map's attribution control. */
export const BASEMAP_ATTRIBUTION =
  'Basemap drawn by Science City Atlas from © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';
export const ZONES_ATTRIBUTION = 'Zone outlines: approximations from documented boundaries';

/** The area the atlas shows: north Beijing from Haidian to Miyun. */
export const ATLAS_BOUNDS: [[number, number], [number, number]] = [
  [116.05, 39.98],
  [116.95, 40.48],
];
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [114.0, 38.6],
  [119.0, 42.0],
];
