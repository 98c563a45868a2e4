import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { FONT_STACK, TOKENS } from './design-tokens';
import { perFeature, perFeatureAndZoom } from './one-program';

/** The id of the GeoJSON source that holds `geo/basemap.geojson`. */
export const BASEMAP_SOURCE = 'basemap';

/** A label in the interface language with the other language beneath it, when there is one. */
export function bilingualLabel(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return [
    'format',
    ['coalesce', ['get', first], ['get', second], ''],
    {},
    ['case', ['all', ['has', first], ['has', second]], '\n', ''],
    {},
    ['case', ['has', first], ['coalesce', ['get', second], ''], ''],
    { 'font-scale': 0.78 },
  ];
}

/** A label in the interface language only (falls back to the other one). */
export function singleLabel(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return ['coalesce', ['get', first], ['get', second], ''];
}

const byLayer = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];
const roadClass = (name: string): ExpressionSpecification => [
  'all',
  byLayer('road'),
  ['==', ['get', 'class'], name],
];

/**
 * Builds the layers of the embedded basemap (districts, water, rivers, roads, rail, places)
 * from the design tokens. Pure: the same language gives the same layers, so they can be
 * checked with the style-spec validator without a browser.
 */
export function buildBasemapLayers(lang: Lang): LayerSpecification[] {
  const source = BASEMAP_SOURCE;
  const text = basemapTextFields(lang);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': TOKENS.background } },
    {
      id: 'district-fill',
      type: 'fill',
      source,
      filter: byLayer('district'),
      // per feature, like the zone fill, so that both share one shader program
      paint: {
        'fill-color': perFeature(TOKENS.districtFill),
        'fill-opacity': perFeature(0.6),
        'fill-outline-color': perFeature(TOKENS.districtFill),
      },
    },
    {
      id: 'water',
      type: 'fill',
      source,
      filter: byLayer('water'),
      paint: {
        'fill-color': perFeature(TOKENS.water),
        'fill-opacity': perFeature(1),
        'fill-outline-color': perFeature(TOKENS.waterLine),
      },
    },
    {
      id: 'river',
      type: 'line',
      source,
      filter: byLayer('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': TOKENS.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 12, 2, 14, 3.5],
      },
    },
    {
      id: 'district-line',
      type: 'line',
      source,
      filter: byLayer('district'),
      paint: {
        'line-color': TOKENS.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 2],
        'line-dasharray': [1, 2],
      },
    },
    {
      id: 'road-arterial',
      type: 'line',
      source,
      minzoom: 10,
      filter: roadClass('arterial'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': TOKENS.arterialCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 14, 3],
      },
    },
    {
      id: 'road-major-casing',
      type: 'line',
      source,
      filter: ['any', roadClass('motorway'), roadClass('ring')],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': TOKENS.motorwayCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.6, 12, 4, 14, 7],
        'line-opacity': 0.55,
      },
    },
    {
      id: 'road-major',
      type: 'line',
      source,
      filter: ['any', roadClass('motorway'), roadClass('ring')],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', ['==', ['get', 'class'], 'ring'], TOKENS.ring, TOKENS.motorway],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.9, 12, 2.6, 14, 5],
      },
    },
    {
      id: 'rail',
      type: 'line',
      source,
      filter: byLayer('rail'),
      paint: {
        'line-color': TOKENS.rail,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.9, 12, 1.8, 14, 2.6],
      },
    },
    {
      id: 'station',
      type: 'circle',
      source,
      minzoom: 11,
      filter: byLayer('station'),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 2.2, 14, 4.5],
        'circle-color': TOKENS.station,
        'circle-stroke-color': TOKENS.rail,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'road-label',
      type: 'symbol',
      source,
      minzoom: 10,
      filter: ['all', byLayer('road'), ['!=', ['get', 'class'], 'arterial']],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 420,
        'text-field': text['road-label'],
        'text-font': FONT_STACK,
        'text-size': 11,
      },
      // per feature and zoom, like every symbol layer, so that all share one shader program
      paint: {
        'text-color': perFeature(TOKENS.motorwayCasing),
        'text-halo-color': TOKENS.halo,
        'text-halo-width': 1.6,
        'text-opacity': perFeatureAndZoom(1),
      },
    },
    {
      id: 'station-label',
      type: 'symbol',
      source,
      minzoom: 12.5,
      filter: byLayer('station'),
      layout: {
        'text-field': text['station-label'],
        'text-font': FONT_STACK,
        'text-size': 10.5,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {
        'text-color': perFeature(TOKENS.rail),
        'text-halo-color': TOKENS.halo,
        'text-halo-width': 1.4,
        'text-opacity': perFeatureAndZoom(1),
      },
    },
    {
      id: 'place-label',
      type: 'symbol',
      source,
      filter: byLayer('place'),
      layout: {
        'text-field': text['place-label'],
        'text-font': FONT_STACK,
        'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12, 11],
        'symbol-sort-key': ['get', 'rank'],
      },
      minzoom: 8,
      paint: {
        'text-color': perFeature(TOKENS.placeText),
        'text-halo-color': TOKENS.halo,
        'text-halo-width': 1.6,
        'text-opacity': [
          'step',
          ['zoom'],
          ['match', ['get', 'rank'], 1, 1, 0],
          10,
          ['match', ['get', 'rank'], 3, 0, 1],
          12,
          1,
        ],
      },
    },
  ];
}

/**
 * The `text-field` of every basemap layer whose text depends on the language, so that a
 * language switch can update layers in place with the same expressions the builder used.
 */
export function basemapTextFields(lang: Lang): Record<string, ExpressionSpecification> {
  return {
    'road-label': [
      'case',
      ['==', ['get', 'class'], 'ring'],
      singleLabel(lang),
      ['coalesce', ['get', 'ref'], singleLabel(lang)],
    ],
    'station-label': singleLabel(lang),
    'place-label': singleLabel(lang),
  };
}
