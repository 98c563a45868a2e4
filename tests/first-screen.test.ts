import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { openAtlas, type AtlasWindow } from './support/atlas-page';
import { ZONE_IDS } from '../src/model/zones';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('first screen', () => {
  it('draws all six zones offline and exposes the test hooks', async () => {
    const { context, page, problems } = await openAtlas(browser, '?lang=en');
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
    await context.close();
  });

  it('paints the sidebar in the first frame, before the zones are drawn', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // What the page held when it first painted, and when the zones were first drawn.
    await context.addInitScript(() => {
      const seen: Record<string, number> = {};
      const count = () => document.querySelectorAll('[data-testid="zone-list-item"]').length;
      (window as unknown as { seen: typeof seen }).seen = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'first-paint') seen.paint = count();
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'zones-rendered') seen.zones = count();
      }).observe({ type: 'mark' });
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    await page.waitForSelector('html[data-map-ready="true"]');
    const seen = await page.evaluate(() => (window as unknown as { seen: object }).seen);
    expect(seen).toEqual({ paint: ZONE_IDS.length, zones: ZONE_IDS.length });
    await context.close();
  });

  it('contacts no host but its own', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const base = new URL(inject('baseUrl'));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== base.host)
        foreign.push(request.url());
    });
    await page.goto(`${base.origin}/?lang=zh`);
    await page.waitForSelector('html[data-map-ready="true"]');
    await page.mouse.move(700, 400);
    await page.waitForTimeout(300);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('lists every zone with both names for keyboard and screen-reader users', async () => {
    const { context, page } = await openAtlas(browser, '?lang=zh');
    const items = await page.$$eval('[data-testid="zone-list-item"]', (nodes) =>
      nodes.map((n) => ({ zone: (n as HTMLElement).dataset.zone, text: n.textContent ?? '' })),
    );
    expect(items.map((i) => i.zone).sort()).toEqual([...ZONE_IDS].sort());
    const life = items.find((i) => i.zone === 'life-valley')!;
    expect(life.text).toContain('生命谷');
    expect(life.text).toContain('Life Valley');
    await context.close();
  });

  it('labels the map in the interface language', async () => {
    for (const [lang, title, primary] of [
      ['zh', '科学城图鉴', 'name_zh'],
      ['en', 'Science City Atlas', 'name_en'],
    ] as const) {
      const { context, page } = await openAtlas(browser, `?lang=${lang}`);
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
      await context.close();
    }
  });
});
