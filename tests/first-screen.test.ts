import { describe, expect } from 'vitest';
import { test, waitForMapIdle, type AtlasWindow } from './support/atlas-test';
import { ZONE_IDS } from '../src/model/zones';

describe('first screen', () => {
  test('draws all six zones offline and exposes the test hooks', async ({ atlas }) => {
    const { page, problems } = await atlas.open('?lang=en');
    await waitForMapIdle(page);
    const state = await page.evaluate(() => {
      const map = (window as unknown as AtlasWindow).atlasMap;
      const drawn = map
        .queryRenderedFeatures({ layers: ['zone-fill'] })
        .map((f) => f.properties.id as string);
      return {
        mark: performance.getEntriesByName('zones-rendered').length,
        glyphs: map.getStyle().glyphs ?? null,
        drawn: [...new Set(drawn)].sort(),
      };
    });
    expect(state.mark).toBe(1);
    expect(state.glyphs).toBeNull();
    expect(state.drawn).toEqual([...ZONE_IDS].sort());
    expect(problems.errors).toEqual([]);
  });

  // Whether the sidebar is in the first frame the browser paints is measured by `npm run bench`
  // (BENCHMARKS.md, "zone list in the first contentful paint"); this holds what makes it so.
  test('mounts the zone list with the app, before the page has loaded and before the zones are drawn', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?lang=en', {
      prepare: (context) =>
        context.addInitScript(() => {
          const seen: Record<string, number> = {};
          const count = () => document.querySelectorAll('[data-testid="zone-list-item"]').length;
          (window as unknown as { seen: typeof seen }).seen = seen;
          // Module scripts have run when DOMContentLoaded fires; no frame has run yet.
          document.addEventListener('DOMContentLoaded', () => (seen.ready = count()));
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              if (entry.name === 'zones-rendered') seen.zones = count();
          }).observe({ type: 'mark' });
        }),
    });
    const seen = await page.evaluate(() => (window as unknown as { seen: object }).seen);
    expect(seen).toEqual({ ready: ZONE_IDS.length, zones: ZONE_IDS.length });
  });

  test('contacts no host but its own, through a whole visit', async ({ atlas }) => {
    const foreign: string[] = [];
    const base = new URL(atlas.baseUrl);
    const { page, problems } = await atlas.open('?lang=zh', {
      prepare: async (context) =>
        context.on('request', (request) => {
          const url = new URL(request.url());
          if (!['data:', 'blob:'].includes(url.protocol) && url.host !== base.host)
            foreign.push(request.url());
        }),
    });
    // Hover, select, open a source and the sources list, then wait until every part the app
    // fetches after the first screen has been fetched and the map has drawn what it wanted.
    await page.mouse.move(700, 400);
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.click('[data-testid="zone-panel"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="sources-button"]');
    await page.waitForSelector('dialog[open] [data-testid="source-document"]');
    await page.waitForFunction(
      (parts) =>
        parts.every((part) =>
          performance.getEntriesByType('resource').some((entry) => entry.name.includes(part)),
        ),
      ['/assets/SourceViewer-', '/assets/SourcesDialog-', '/assets/TrendChart-'],
    );
    await waitForMapIdle(page);
    expect(foreign).toEqual([]);
    expect(problems.errors).toEqual([]);
  });

  test('lists every zone with both names for keyboard and screen-reader users', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?lang=zh', { waitFor: 'app' });
    const items = await page.$$eval('[data-testid="zone-list-item"]', (nodes) =>
      nodes.map((n) => ({ zone: (n as HTMLElement).dataset.zone, text: n.textContent ?? '' })),
    );
    expect(items.map((i) => i.zone).sort()).toEqual([...ZONE_IDS].sort());
    const life = items.find((i) => i.zone === 'life-valley')!;
    expect(life.text).toContain('生命谷');
    expect(life.text).toContain('Life Valley');
  });

  test.for([
    ['zh', '科学城图鉴', 'name_zh'],
    ['en', 'Science City Atlas', 'name_en'],
  ] as const)(
    'labels the map in the interface language (%s)',
    async ([lang, title, primary], { atlas }) => {
      const { page } = await atlas.open(`?lang=${lang}`);
      await waitForMapIdle(page);
      expect(await page.textContent('h1')).toBe(title);
      const first = await page.evaluate(() => {
        const map = (window as unknown as AtlasWindow).atlasMap;
        const label = map
          .queryRenderedFeatures({ layers: ['zone-label'] })
          .find((f) => f.properties.id === 'future-science-city');
        return label ? JSON.stringify(map.getLayoutProperty('zone-label', 'text-field')) : null;
      });
      expect(first, lang).not.toBeNull();
      const secondary = primary === 'name_zh' ? 'name_en' : 'name_zh';
      expect(first!.indexOf(primary), `${lang}: ${primary} comes first`).toBeLessThan(
        first!.indexOf(secondary),
      );
      expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
    },
  );
});
