import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './support/chromium';
import type { AtlasWindow } from './support/atlas-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Records Content-Security-Policy violations the page reports. */
async function withViolationLog(context: BrowserContext) {
  await context.addInitScript(() => {
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

describe('content security policy', () => {
  it('ships a strict policy and the atlas runs under it without violations', async () => {
    const context = await browser.newContext();
    await withViolationLog(context);
    const page = await context.newPage();
    const response = await page.goto(`${inject('baseUrl')}/?zone=life-valley&lang=en`);
    const html = (await response?.text()) ?? '';
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).toContain('script-src &#39;self&#39;;');
    expect(html).not.toMatch(/unsafe-(inline|eval)/);
    await page.waitForSelector('html[data-map-ready="true"]');
    await page.waitForSelector('[data-testid="zone-panel"] [data-testid="citation"]');
    await page.click('[data-testid="zone-panel"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('blocks an injected inline script', async () => {
    const context = await browser.newContext();
    await withViolationLog(context);
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    await page.waitForSelector('html[data-map-ready="true"]');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      return (window as unknown as { __ran?: boolean }).__ran === true;
    });
    expect(ran).toBe(false);
    await context.close();
  });
});

describe('opt-in online basemap', () => {
  it('falls back to the embedded basemap within 3 seconds when the tile host is unreachable', async () => {
    const context = await browser.newContext();
    const tileRequests: string[] = [];
    await context.route('https://tile.openstreetmap.org/**', (route) => {
      tileRequests.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=en&basemap=online`);
    await page.waitForSelector('html[data-map-ready="true"]');
    const started = Date.now();
    const notice = await page.waitForSelector('[data-testid="notice"]', { timeout: 3500 });
    expect(Date.now() - started).toBeLessThan(3500);
    expect(await notice.textContent()).toContain('embedded basemap');
    const state = await page.evaluate(() => {
      const map = (window as unknown as AtlasWindow).atlasMap;
      return {
        online: Boolean(map.getLayer('online-basemap')),
        roads: map.getLayoutProperty('road-major', 'visibility') ?? 'visible',
      };
    });
    expect(state).toEqual({ online: false, roads: 'visible' });
    expect(tileRequests.length).toBeGreaterThan(0);
    await context.close();
  });

  it('shows online tiles under the zones when the host answers, and is remembered in the link', async () => {
    const context = await browser.newContext();
    await context.route('https://tile.openstreetmap.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: TILE }),
    );
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    await page.waitForSelector('html[data-map-ready="true"]');
    await page.check('[data-testid="online-basemap"]');
    await page.waitForURL((url) => url.searchParams.get('basemap') === 'online');
    await page.waitForFunction(() =>
      (window as unknown as AtlasWindow).atlasMap.isSourceLoaded('online-basemap'),
    );
    await page.waitForTimeout(3200);
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
    await context.close();
  });
});

describe('a dataset that fails to load', () => {
  it('shows an error with a retry that recovers, and the map keeps working', async () => {
    const context = await browser.newContext();
    let failures = 0;
    await context.route('**/data/atlas.json', (route) => {
      if (failures++ === 0)
        return route.fulfill({ status: 200, body: '{"documents": [], "facts": [{"id": 3' });
      return route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?lang=en&zone=huitian`);
    const error = await page.waitForSelector('[data-testid="data-error"]');
    expect(await error.textContent()).toContain('not valid JSON');
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.click('[data-testid="data-error"] button');
    await page.waitForSelector('[data-testid="zone-panel"] [data-testid="figure"]');
    expect(await page.$('[data-testid="data-error"]')).toBeNull();
    await context.close();
  });
});
