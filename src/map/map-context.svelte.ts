import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const KEY = Symbol('atlas-map');

/** Work on the map's style; it may return a function that undoes it. */
export type StyleTask = (map: MapLibreMap) => void | (() => void);

/**
 * Shares the map with the layer components inside `<MapView>`. The map exists from the moment
 * it is built, but sources and layers can only be touched once its style has loaded: work
 * handed to `whenStyleLoaded` before then waits in a queue and runs in order when it has. The
 * atlas never swaps its style, so the queue is flushed once.
 */
export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  #styleLoaded = false;
  #queue: (() => void)[] = [];

  attach(map: MapLibreMap): void {
    this.map = map;
    this.#styleLoaded = false;
    map.once('style.load', () => {
      if (this.map !== map) return;
      this.#styleLoaded = true;
      const queue = this.#queue;
      this.#queue = [];
      for (const run of queue) run();
    });
  }

  detach(): void {
    this.#queue = [];
    this.#styleLoaded = false;
    this.map = null;
  }

  /**
   * Runs `task` with the map once its style has loaded (at once if it has), and returns a
   * function that cancels it if it is still waiting, or runs its undo if it has run. Called
   * from an effect, the effect re-runs when the map changes:
   *
   * @example
   * $effect(() => context.whenStyleLoaded((map) => {
   *   map.addLayer(layer);
   *   return () => map.removeLayer(layer.id);
   * }));
   */
  whenStyleLoaded(task: StyleTask): () => void {
    const map = this.map;
    if (!map) return () => {};
    let undo: void | (() => void);
    let cancelled = false;
    const run = () => {
      if (!cancelled) undo = task(map);
    };
    if (this.#styleLoaded) run();
    else this.#queue.push(run);
    return () => {
      cancelled = true;
      this.#queue = this.#queue.filter((queued) => queued !== run);
      undo?.();
    };
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
