import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/lang';
import type { ZoneCollection } from '../model/zone-feature';
import { BASEMAP_SOURCE, buildBasemapLayers } from './basemap-style';
import { zoneLabelPoints } from './zone-labels';
import { buildZoneLayers, ZONE_LABEL_SOURCE, ZONE_SOURCE } from './zone-style';

export interface AtlasStyleOptions {
  basemap: FeatureCollection;
  zones: ZoneCollection;
  lang: Lang;
  basemapAttribution: string;
  zonesAttribution: string;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The style for a progressive first screen: the zone fills and outlines draw first, from a
 * style whose basemap and label sources start empty; `lateData` fills those sources once the
 * zones are on screen (MapView's `lateData`), so labels and the basemap never delay the zones.
 */
export function buildProgressiveAtlasStyle(options: AtlasStyleOptions): {
  style: StyleSpecification;
  lateData: Record<string, FeatureCollection>;
} {
  const full = buildAtlasStyle(options);
  const lateData: Record<string, FeatureCollection> = {
    [BASEMAP_SOURCE]: options.basemap,
    [ZONE_LABEL_SOURCE]: zoneLabelPoints(options.zones),
  };
  const sources = { ...full.sources };
  for (const id of Object.keys(lateData))
    sources[id] = { ...sources[id]!, data: EMPTY } as (typeof sources)[string];
  return { style: { ...full, sources }, lateData };
}

/**
 * The whole style: embedded basemap plus zones, with no `glyphs` (labels render with local
 * fonts) and no remote URL of any kind, so the atlas draws with the network off.
 */
export function buildAtlasStyle(options: AtlasStyleOptions): StyleSpecification {
  const parentIds = [...new Set(options.zones.features.map((f) => f.properties.parent))].filter(
    (id): id is NonNullable<typeof id> => id !== null,
  );
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: options.basemap,
        attribution: options.basemapAttribution,
      },
      [ZONE_SOURCE]: {
        type: 'geojson',
        data: options.zones,
        promoteId: 'id',
        attribution: options.zonesAttribution,
      },
      [ZONE_LABEL_SOURCE]: {
        type: 'geojson',
        data: zoneLabelPoints(options.zones),
        promoteId: 'id',
      },
    },
    layers: [...buildBasemapLayers(options.lang), ...buildZoneLayers(options.lang, parentIds)],
  };
}
