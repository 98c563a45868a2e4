import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { ZONE_IDS } from '../model/zones';
import { bilingualLabel } from './basemap-style';
import { FONT_STACK, ZONE_COLORS } from './design-tokens';
import { perFeatureAndZoom } from './one-program';

/** Source of the zone polygons (`geo/zones.geojson`), promoted so feature-state is keyed by zone id. */
export const ZONE_SOURCE = 'zones';
/** Source of one point per zone where its label sits (the `label_point` property). */
export const ZONE_LABEL_SOURCE = 'zone-labels';

export const ZONE_FILL_LAYER = 'zone-fill';
export const ZONE_LINE_LAYER = 'zone-line';
export const ZONE_LABEL_LAYER = 'zone-label';

/** All layers that react to a click or hover on a zone. */
export const ZONE_INTERACTIVE_LAYERS = [ZONE_FILL_LAYER] as const;

/** A `match` on the zone id that returns each zone's colour. */
export function zoneColorExpression(): ExpressionSpecification {
  const pairs = ZONE_IDS.flatMap((id) => [id, ZONE_COLORS[id]]);
  return ['match', ['get', 'id'], ...pairs, '#777777'] as unknown as ExpressionSpecification;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/**
 * Zone fill, outline and label layers. Zones that contain others (`parentIds`) draw first,
 * lighter and dashed, with their children on top; the `hover`, `selected` and `dimmed`
 * feature-states restyle a zone without re-uploading data.
 */
export function buildZoneLayers(lang: Lang, parentIds: readonly string[]): LayerSpecification[] {
  const color = zoneColorExpression();
  const isParent: FilterSpecification = ['in', ['get', 'id'], ['literal', [...parentIds]]];
  return [
    {
      id: ZONE_FILL_LAYER,
      type: 'fill',
      source: ZONE_SOURCE,
      layout: { 'fill-sort-key': ['case', isParent, 0, 1] },
      paint: {
        'fill-color': color,
        'fill-opacity': [
          'case',
          state('selected'),
          0.38,
          state('dimmed'),
          0.04,
          state('hover'),
          0.3,
          ['case', isParent, 0.1, 0.2],
        ],
      },
    },
    {
      id: ZONE_LINE_LAYER,
      type: 'line',
      source: ZONE_SOURCE,
      layout: { 'line-join': 'round', 'line-sort-key': ['case', isParent, 0, 1] },
      paint: {
        'line-color': color,
        'line-width': [
          'case',
          state('selected'),
          3.5,
          state('hover'),
          2.6,
          ['case', isParent, 2.2, 1.6],
        ],
        'line-opacity': ['case', state('dimmed'), 0.35, 1],
        'line-dasharray': ['case', isParent, ['literal', [3, 1.5]], ['literal', [1, 0]]],
      },
    },
    {
      id: ZONE_LABEL_LAYER,
      type: 'symbol',
      source: ZONE_LABEL_SOURCE,
      layout: {
        'text-field': bilingualLabel(lang),
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 15],
        'text-max-width': 9,
        'text-line-height': 1.15,
        'symbol-sort-key': ['case', isParent, 0, 1],
        'text-allow-overlap': false,
        'text-padding': 2,
      },
      paint: {
        'text-color': color,
        'text-halo-color': 'rgba(255,255,255,0.95)',
        'text-halo-width': 1.8,
        // per feature and zoom, like the basemap's labels, so that all share one shader program
        'text-opacity': perFeatureAndZoom(1),
      },
    },
  ];
}
