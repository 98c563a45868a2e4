import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MapContext } from './map-context.svelte';

/** A map that loads its style when told to, as MapLibre does a frame after it is built. */
function fakeMap() {
  const listeners: (() => void)[] = [];
  const map = {
    once(type: string, listener: () => void) {
      if (type === 'style.load') listeners.push(listener);
      return map;
    },
  };
  return {
    map: map as unknown as MapLibreMap,
    loadStyle: () => listeners.splice(0).forEach((listener) => listener()),
  };
}

describe('MapContext.whenStyleLoaded', () => {
  it('holds work until the style has loaded, then runs it in order', () => {
    const { map, loadStyle } = fakeMap();
    const context = new MapContext();
    context.attach(map);
    const ran: string[] = [];
    context.whenStyleLoaded(() => void ran.push('zones'));
    context.whenStyleLoaded(() => void ran.push('online basemap'));
    expect(ran).toEqual([]);
    loadStyle();
    expect(ran).toEqual(['zones', 'online basemap']);
    context.whenStyleLoaded((given) => void ran.push(given === map ? 'at once' : 'wrong map'));
    expect(ran).toEqual(['zones', 'online basemap', 'at once']);
  });

  it('drops work cancelled while it waits, and undoes work that has run', () => {
    const { map, loadStyle } = fakeMap();
    const context = new MapContext();
    context.attach(map);
    const ran: string[] = [];
    const cancel = context.whenStyleLoaded(() => void ran.push('cancelled'));
    const undo = context.whenStyleLoaded(() => {
      ran.push('added');
      return () => ran.push('removed');
    });
    cancel();
    loadStyle();
    undo();
    expect(ran).toEqual(['added', 'removed']);
  });

  it('does nothing without a map, and forgets waiting work when the map goes', () => {
    const { map, loadStyle } = fakeMap();
    const context = new MapContext();
    const ran: string[] = [];
    context.whenStyleLoaded(() => void ran.push('no map'));
    context.attach(map);
    context.whenStyleLoaded(() => void ran.push('detached'));
    context.detach();
    loadStyle();
    expect(ran).toEqual([]);
  });
});
