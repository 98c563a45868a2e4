import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const KEY = Symbol('atlas-map');

/** Shares the map with layer components once its style has loaded. */
export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);

  attach(map: MapLibreMap): void {
    this.map = map;
  }

  detach(): void {
    this.map = null;
  }
}

export function setMapContext(): MapContext {
  return setContext(KEY, new MapContext());
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(KEY);
  if (!context) throw new Error('Map layers must be placed inside <MapView>.');
  return context;
}
