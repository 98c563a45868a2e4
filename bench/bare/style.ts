/**
 * A breakdown page between the bare baseline and the atlas: MapLibre drawing the atlas's own
 * first-screen style (embedded basemap, zones, local-font labels) with none of the app around it.
 * `?labels=0` drops the symbol layers, to show what the locally rendered labels cost.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { maplibregl } from '../../src/map/maplibre';
import { buildAtlasStyle } from '../../src/map/atlas-style';
import {
  zones,
  basemap,
  ATLAS_BOUNDS,
  MAX_BOUNDS,
  BASEMAP_ATTRIBUTION,
  ZONES_ATTRIBUTION,
} from '../../src/data/geo-data';

const style = buildAtlasStyle({
  basemap,
  zones,
  lang: 'zh',
  basemapAttribution: BASEMAP_ATTRIBUTION,
  zonesAttribution: ZONES_ATTRIBUTION,
});
if (new URLSearchParams(location.search).get('labels') === '0') {
  style.layers = style.layers.filter((layer) => layer.type !== 'symbol');
}

const map: MapLibreMap = new maplibregl.Map({
  container: 'map',
  style,
  bounds: ATLAS_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  maxBounds: MAX_BOUNDS,
  minZoom: 7,
  maxZoom: 16,
  attributionControl: { compact: true },
});
(window as unknown as { atlasMap: MapLibreMap }).atlasMap = map;

map.once('idle', () => {
  performance.mark('zones-rendered');
  document.documentElement.dataset.mapReady = 'true';
});
