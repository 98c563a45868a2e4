import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

maplibregl.setWorkerUrl(workerUrl);

/** MapLibre with its worker wired for Vite; the rest of the app imports it from here only. */
export { maplibregl };
