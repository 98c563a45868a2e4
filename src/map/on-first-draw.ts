import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `callback` once, right after the first frame in which every tile of `sourceId` was
 * loaded and so drawn: the moment a layer of that source first appears on screen. Unlike the
 * map's `idle` event it does not wait for other sources (the basemap, labels) to finish.
 */
export function onFirstDraw(map: MapLibreMap, sourceId: string, callback: () => void): void {
  const check = () => {
    if (!map.isSourceLoaded(sourceId)) return;
    map.off('render', check);
    callback();
  };
  map.on('render', check);
}
