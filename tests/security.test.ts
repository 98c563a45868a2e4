import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { test, type AtlasWindow } from './support/atlas-test';

/** Records Content-Security-Policy violations the page reports. */
function logViolations(context: BrowserContext) {
  return context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

// A 1×1 grey PNG standing in for a map tile.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const TILES = 'https://tile.openstreetmap.org/**';
/** The README's promise: the embedded basemap is back within 3 seconds. */
const FALLBACK_MS = 3000;

/** Whether the online layer is in the map, and whether the embedded roads are shown. */
const basemapState = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as AtlasWindow).atlasMap;
    return {
      online: Boolean(map.getLayer('online-basemap')),
      roads: map.getLayoutProperty('road-major', 'visibility') ?? 'visible',
    };
  });

describe('content security policy', () => {
  test('ships a strict policy and the atlas runs under it without violations', async ({
    atlas,
  }) => {
    const { page, response } = await atlas.open('?zone=life-valley&lang=en', {
      prepare: logViolations,
    });
    const html = (await response?.text()) ?? '';
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).toContain('script-src &#39;self&#39;;');
    expect(html).not.toMatch(/unsafe-(inline|eval)/);
    await page.click('[data-testid="zone-panel"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
  });

  test('blocks an injected inline script', async ({ atlas }) => {
    const { page } = await atlas.open('?lang=en', { prepare: logViolations, waitFor: 'app' });
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      return (window as unknown as { __ran?: boolean }).__ran === true;
    });
    expect(ran).toBe(false);
    // The browser reports the blocked script in a task of its own.
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([
      expect.stringMatching(/^script-src(-elem)? inline$/),
    ]);
  });
});

// The fallback's timer runs on the page's clock, held by the test (Playwright's `page.clock`), so
// "after 3 seconds" is exact and does not depend on how fast the machine draws.
describe('opt-in online basemap', () => {
  test('falls back to the embedded basemap when the tile host is unreachable', async ({
    atlas,
  }) => {
    const tileRequests: string[] = [];
    const { page } = await atlas.open('?lang=en&basemap=online', {
      prepare: (context) =>
        context.route(TILES, (route) => {
          tileRequests.push(route.request().url());
          return route.abort('internetdisconnected');
        }),
    });
    const notice = await page.waitForSelector('[data-testid="notice"]');
    expect(await notice.textContent()).toContain('embedded basemap');
    expect(await basemapState(page)).toEqual({ online: false, roads: 'visible' });
    expect(tileRequests.length).toBeGreaterThan(0);
  });

  test(`falls back after ${FALLBACK_MS / 1000} seconds when the tile host does not answer`, async ({
    atlas,
  }) => {
    let tileRequests = 0;
    const { page } = await atlas.open('?lang=en', {
      // Tile requests are held open: the host neither answers nor fails.
      prepare: (context) => context.route(TILES, () => void (tileRequests += 1)),
    });
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.check('[data-testid="online-basemap"]');
    // Frame by frame until the map has asked for its first tiles.
    let elapsed = 0;
    while (tileRequests === 0 && elapsed < 1000) {
      await page.clock.runFor(16);
      elapsed += 16;
    }
    expect(tileRequests).toBeGreaterThan(0);
    await page.clock.fastForward(FALLBACK_MS - 1 - elapsed);
    expect(await basemapState(page)).toEqual({ online: true, roads: 'none' });
    expect(await page.$('[data-testid="notice"]')).toBeNull();
    await page.clock.fastForward(1);
    const notice = await page.waitForSelector('[data-testid="notice"]');
    expect(await notice.textContent()).toContain('embedded basemap');
    expect(await basemapState(page)).toEqual({ online: false, roads: 'visible' });
  });

  test('shows online tiles under the zones when the host answers, and is remembered in the link', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?lang=en', {
      prepare: (context) =>
        context.route(TILES, (route) =>
          route.fulfill({ status: 200, contentType: 'image/png', body: TILE }),
        ),
    });
    await page.clock.install();
    await page.check('[data-testid="online-basemap"]');
    await page.waitForURL((url) => url.searchParams.get('basemap') === 'online');
    await page.waitForFunction(() =>
      (window as unknown as AtlasWindow).atlasMap.isSourceLoaded('online-basemap'),
    );
    // Past the fallback's deadline: tiles that arrived keep the online basemap.
    await page.clock.fastForward(FALLBACK_MS + 1000);
    const state = await page.evaluate(() => {
      const map = (window as unknown as AtlasWindow).atlasMap;
      const order = map.getStyle().layers.map((layer) => layer.id);
      return {
        online: Boolean(map.getLayer('online-basemap')),
        belowZones: order.indexOf('online-basemap') < order.indexOf('zone-fill'),
        roads: map.getLayoutProperty('road-major', 'visibility'),
      };
    });
    expect(state).toEqual({ online: true, belowZones: true, roads: 'none' });
    expect(await page.$('[data-testid="notice"]')).toBeNull();
  });
});

describe('a dataset that fails to load', () => {
  test('shows an error with a retry that recovers, and the map keeps working', async ({
    atlas,
  }) => {
    let failures = 0;
    const { page } = await atlas.open('?lang=en&zone=huitian', {
      waitFor: 'nothing',
      prepare: (context) =>
        context.route('**/data/atlas.json', (route) => {
          if (failures++ === 0)
            return route.fulfill({ status: 200, body: '{"documents": [], "facts": [{"id": 3' });
          return route.continue();
        }),
    });
    const error = await page.waitForSelector('[data-testid="data-error"]');
    expect(await error.textContent()).toContain('not valid JSON');
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.click('[data-testid="data-error"] button');
    await page.waitForSelector('[data-testid="zone-panel"] [data-testid="figure"]');
    expect(await page.$('[data-testid="data-error"]')).toBeNull();
  });
});
