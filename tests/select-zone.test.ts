import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { openAtlas, type AtlasWindow } from './support/atlas-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Screen position of a zone's label point, where a click must select that zone. */
async function labelPixel(page: Page, zone: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const map = (window as unknown as AtlasWindow).atlasMap;
    const feature = map.querySourceFeatures('zone-labels').find((f) => f.properties.id === id)!;
    const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    const point = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, zone);
}

describe('selecting a zone', () => {
  it('selects the innermost zone under a click and records it in the URL', async () => {
    const { context, page, problems } = await openAtlas(browser, '?lang=en');
    const { x, y } = await labelPixel(page, 'life-valley');
    await page.mouse.click(x, y);
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="life-valley"]');
    // The address follows once the panel has painted.
    await page.waitForURL((url) => url.searchParams.get('zone') === 'life-valley');
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('selects from the zone list with the keyboard', async () => {
    const { context, page } = await openAtlas(browser, '?lang=en');
    await page.focus('[data-testid="zone-list-item"][data-zone="future-science-city"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="life-valley"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huairou-science-city"]');
    await context.close();
  });

  it('opens on the zone a link names, and Back returns to the previous one', async () => {
    const { context, page } = await openAtlas(browser, '?zone=huitian&lang=zh');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.waitForURL((url) => url.searchParams.get('zone') === 'energy-valley');
    await page.goBack();
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    await context.close();
  });

  it('writes the address after the frame that paints the panel, not inside the click', async () => {
    const { context, page } = await openAtlas(browser, '?lang=en');
    const writes = await page.evaluate(async () => {
      const pushes: string[] = [];
      const push = history.pushState.bind(history);
      history.pushState = (data, unused, url) => {
        pushes.push(String(url));
        push(data, unused, url);
      };
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      document
        .querySelector<HTMLElement>('[data-testid="zone-list-item"][data-zone="huitian"]')!
        .click();
      const inClick = pushes.length;
      await frame(); // runs before the panel's frame is painted
      const beforePaint = pushes.length;
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { inClick, beforePaint, after: pushes };
    });
    expect(writes.inClick).toBe(0);
    expect(writes.beforePaint).toBe(0);
    expect(writes.after).toEqual([expect.stringMatching(/\?zone=huitian&lang=en$/)]);
    await context.close();
  });

  it('gives each of several quick selections its own history entry', async () => {
    const { context, page } = await openAtlas(browser, '?lang=en');
    // Three selections within one task, before any frame is painted.
    await page.evaluate(() => {
      for (const zone of ['huitian', 'energy-valley', 'huairou-science-city']) {
        document
          .querySelector<HTMLElement>(`[data-testid="zone-list-item"][data-zone="${zone}"]`)!
          .click();
      }
    });
    await page.waitForURL((url) => url.searchParams.get('zone') === 'huairou-science-city');
    await page.goBack();
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.goBack();
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    expect(new URL(page.url()).searchParams.get('zone')).toBe('huitian');
    await context.close();
  });

  it('drops the zone from the link when the user returns to all zones', async () => {
    // Only the zone in the query: once it goes, the link is the view alone (`#map=…`).
    const { context, page } = await openAtlas(browser, '?zone=huitian', { locale: 'en-US' });
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    // The camera has fitted the zone, so the link carries a view as well.
    await page.waitForURL((url) => url.hash.startsWith('#map='));
    await page.getByRole('button', { name: /All zones/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('zone'));
    expect(new URL(page.url()).hash).toMatch(/^#map=/);
    await page.reload();
    await page.waitForSelector('html[data-map-ready="true"]');
    expect(await page.$('[data-testid="zone-panel"]')).toBeNull();
    await page.goBack();
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    await context.close();
  });

  it('keeps the selected zone in view above the bottom sheet on a phone', async () => {
    const { context, page } = await openAtlas(browser, '?zone=shahe-university-park&lang=en', {
      viewport: { width: 390, height: 844 },
    });
    await page.waitForFunction(() => {
      const map = (window as unknown as AtlasWindow).atlasMap;
      return !map.isMoving();
    });
    await page.waitForTimeout(900);
    const { y } = await labelPixel(page, 'shahe-university-park');
    const sheetTop = await page.$eval('aside', (el) => el.getBoundingClientRect().top);
    expect(y).toBeLessThan(sheetTop);
    expect(y).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps the selected zone framed above the bottom sheet when the window is resized', async () => {
    const zones = JSON.parse(
      readFileSync('geo/zones.geojson', 'utf8'),
    ) as GeoJSON.FeatureCollection;
    const zone = zones.features.find((f) => f.properties?.id === 'energy-valley')!;
    const points = (zone.geometry as GeoJSON.Polygon).coordinates.flat();
    const box = {
      west: Math.min(...points.map(([lng]) => lng!)),
      east: Math.max(...points.map(([lng]) => lng!)),
      south: Math.min(...points.map(([, lat]) => lat!)),
      north: Math.max(...points.map(([, lat]) => lat!)),
    };
    const { context, page } = await openAtlas(browser, '?zone=energy-valley&lang=en', {
      viewport: { width: 390, height: 844 },
    });
    await page.waitForURL((url) => url.hash.startsWith('#map='));
    await page.waitForFunction(() => !(window as unknown as AtlasWindow).atlasMap.isMoving());
    const fitted = new URL(page.url()).hash;

    // A shorter window (the phone turned, a toolbar shown): the sheet is lower, and so is the room.
    await page.setViewportSize({ width: 390, height: 600 });
    await page.waitForURL((url) => url.hash !== fitted);
    await page.waitForFunction(() => !(window as unknown as AtlasWindow).atlasMap.isMoving());
    const frame = await page.evaluate((b) => {
      const map = (window as unknown as AtlasWindow).atlasMap;
      const canvas = map.getCanvas().getBoundingClientRect();
      const top = canvas.top + map.project([b.west, b.north]).y;
      const bottom = canvas.top + map.project([b.east, b.south]).y;
      const sheetTop = document.querySelector('aside')!.getBoundingClientRect().top;
      return { mapTop: canvas.top, top, bottom, sheetTop };
    }, box);
    expect(frame.top).toBeGreaterThanOrEqual(frame.mapTop);
    expect(frame.bottom).toBeLessThanOrEqual(frame.sheetTop);
    await context.close();
  });

  it('opens a link with a broken zone as a working atlas with a notice', async () => {
    const { context, page, problems } = await openAtlas(
      browser,
      '?zone=%3Cscript%3Ealert(1)%3C/script%3E&lang=en',
    );
    const notice = await page.textContent('[data-testid="notice"]');
    expect(notice).toContain('<script>alert(1)</script>');
    expect(await page.$('[data-testid="zone-panel"]')).toBeNull();
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
