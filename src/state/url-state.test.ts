import { afterEach, describe, expect, it, vi } from 'vitest';
import { UrlState } from './url-state.svelte';

/** A window whose address the history calls really change, recording each write. */
function stubWindow(start: string) {
  let url = new URL(start);
  const writes: [string, string][] = [];
  const write = (mode: string) => (_data: unknown, _unused: string, target: string) => {
    url = new URL(target, url);
    writes.push([mode, target]);
  };
  vi.stubGlobal('window', {
    location: {
      get href() {
        return url.href;
      },
      get search() {
        return url.search;
      },
      get hash() {
        return url.hash;
      },
      get pathname() {
        return url.pathname;
      },
    },
    history: { pushState: write('push'), replaceState: write('replace') },
    addEventListener: () => {},
    removeEventListener: () => {},
  });
  return writes;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UrlState.patch', () => {
  it('changes the given parts, keeps the rest, and adds a history entry', () => {
    const writes = stubWindow('https://atlas.test/app/?zone=huitian&sectors=energy&lang=en');
    const url = new UrlState();
    url.patch({ zone: 'life-valley' });
    expect(writes).toEqual([['push', '/app/?zone=life-valley&sectors=energy&lang=en']]);
    expect(url.current).toMatchObject({ zone: 'life-valley', sectors: ['energy'], lang: 'en' });
  });

  it('amends the current entry when asked to replace', () => {
    const writes = stubWindow('https://atlas.test/?zone=huitian');
    const url = new UrlState();
    url.patch({ view: { zoom: 11, lat: 40.1, lng: 116.3 } }, { replace: true });
    url.patch({ q: 'HEPS' }, { replace: true });
    expect(writes).toEqual([
      ['replace', '/?zone=huitian#map=11/40.1/116.3'],
      ['replace', '/?zone=huitian&q=HEPS#map=11/40.1/116.3'],
    ]);
  });

  it('builds on a patch not yet in the history', () => {
    stubWindow('https://atlas.test/?lang=zh');
    const queued: (() => void)[] = [];
    const url = new UrlState({
      schedule: (task) => {
        queued.push(task);
        return () => {};
      },
    });
    url.patch({ zone: 'huitian' });
    url.patch({ sectors: ['ecology'] });
    expect(url.href).toBe('https://atlas.test/?zone=huitian&sectors=ecology&lang=zh');
  });

  it('amends the current entry in an embed, so the host page keeps its Back button', () => {
    const writes = stubWindow('https://atlas.test/?zone=huitian&embed=1');
    const url = new UrlState();
    url.patch({ zone: 'life-valley' });
    url.patch({ view: { zoom: 11, lat: 40.1, lng: 116.3 } }, { replace: true });
    expect(writes).toEqual([
      ['replace', '/?zone=life-valley&embed=1'],
      ['replace', '/?zone=life-valley&embed=1#map=11/40.1/116.3'],
    ]);
  });

  it('gives the address of another state on the same page', () => {
    stubWindow('https://atlas.test/app/?zone=huitian&embed=1#map=10/40/116');
    const url = new UrlState();
    expect(url.hrefOf({ ...url.current, embed: false })).toBe(
      'https://atlas.test/app/?zone=huitian#map=10/40/116',
    );
  });
});
