import type { Map as MapLibreMap } from 'maplibre-gl';

let shown: MapLibreMap | null = null;

/**
 * Records the map on screen, for parts outside the map that need its picture (the print
 * sheet). Returns the function that forgets it again.
 */
export function trackShownMap(map: MapLibreMap): () => void {
  shown = map;
  return () => {
    if (shown === map) shown = null;
  };
}

/** The map on screen, or null in the list view or before the map is built. */
export function shownMap(): MapLibreMap | null {
  return shown;
}
