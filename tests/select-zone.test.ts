import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, waitForMapIdle, type AtlasWindow } from './support/atlas-test';

/** Screen position of a zone's label point, where a click must select that zone. */
async function labelPixel(page: Page, zone: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() =>
    (window as unknown as AtlasWindow).atlasMap.isSourceLoaded('zone-labels'),
  );
  return page.evaluate((id) => {
    const map = (window as unknown as AtlasWindow).atlasMap;
    const feature = map.querySourceFeatures('zone-labels').find((f) => f.properties.id === id)!;
    const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    const point = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, zone);
}

/** Records every `history.pushState` the page makes from now on, in `window.pushes`. */
async function recordPushes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const pushes: string[] = [];
    (window as unknown as { pushes: string[] }).pushes = pushes;
    const push = history.pushState.bind(history);
    history.pushState = (data, unused, url) => {
      pushes.push(String(url));
      push(data, unused, url);
    };
  });
}

const pushes = (page: Page) =>
  page.evaluate(() => (window as unknown as { pushes: string[] }).pushes);

describe('selecting a zone', () => {
  test('selects the innermost zone under a click and records it in the URL', async ({ atlas }) => {
    const { page, problems } = await atlas.open('?lang=en');
    const { x, y } = await labelPixel(page, 'life-valley');
    // The app listens for clicks on the map once the map has loaded.
    await page.waitForFunction(() => (window as unknown as AtlasWindow).atlasMap.listens('click'));
    await page.mouse.click(x, y);
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="life-valley"]');
    // The address follows once the panel has painted.
    await page.waitForURL((url) => url.searchParams.get('zone') === 'life-valley');
    expect(problems.errors).toEqual([]);
  });

  test('selects from the zone list with the keyboard', async ({ atlas }) => {
    const { page } = await atlas.open('?lang=en', { waitFor: 'app' });
    await page.focus('[data-testid="zone-list-item"][data-zone="future-science-city"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="life-valley"]');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huairou-science-city"]');
  });

  test('opens on the zone a link names, and Back returns to the previous one', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?zone=huitian&lang=zh');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.waitForURL((url) => url.searchParams.get('zone') === 'energy-valley');
    await page.goBack();
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
  });

  // The page's clock is held, so frames and timers run only when the test says (Playwright's
  // `page.clock`): which comes first no longer depends on how fast the machine draws.
  test('writes the address after the frame that paints the panel, not inside the click', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?lang=en');
    await recordPushes(page);
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    const seen = await page.evaluate(() => {
      const pushes = (window as unknown as { pushes: string[] }).pushes;
      const seen = { inClick: -1, inFrame: -1 };
      document
        .querySelector<HTMLElement>('[data-testid="zone-list-item"][data-zone="huitian"]')!
        .click();
      seen.inClick = pushes.length;
      // Queued after the click, so it runs in the same frame as the app's own frame callback.
      requestAnimationFrame(() => (seen.inFrame = pushes.length));
      (window as unknown as { seen: typeof seen }).seen = seen;
      return seen;
    });
    expect(seen.inClick).toBe(0);
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    expect(await pushes(page)).toEqual([]);
    await page.clock.runFor(100);
    expect(await page.evaluate(() => (window as unknown as { seen: object }).seen)).toEqual({
      inClick: 0,
      inFrame: 0,
    });
    expect(await pushes(page)).toEqual([expect.stringMatching(/\?zone=huitian&lang=en$/)]);
  });

  test('writes the address within 200 ms when no frame comes, as in a hidden tab', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?lang=en');
    await recordPushes(page);
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
      document
        .querySelector<HTMLElement>('[data-testid="zone-list-item"][data-zone="huitian"]')!
        .click();
    });
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huitian"]');
    await page.clock.runFor(199);
    expect(await pushes(page)).toEqual([]);
    await page.clock.runFor(1);
    expect(await pushes(page)).toEqual([expect.stringMatching(/\?zone=huitian&lang=en$/)]);
  });

  test('gives each of several quick selections its own history entry', async ({ atlas }) => {
    const { page } = await atlas.open('?lang=en', { waitFor: 'app' });
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
  });

  test('drops the zone from the link when the user returns to all zones', async ({ atlas }) => {
    // Only the zone in the query: once it goes, the link is the view alone (`#map=…`).
    const { page } = await atlas.open('?zone=huitian', { locale: 'en-US' });
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
  });

  test('keeps the selected zone in view above the bottom sheet on a phone', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=shahe-university-park&lang=en', {
      viewport: { width: 390, height: 844 },
    });
    // The camera fits the zone once the panel has painted; its move ends by writing the view.
    await page.waitForURL((url) => url.hash.startsWith('#map='));
    await waitForMapIdle(page);
    const { y } = await labelPixel(page, 'shahe-university-park');
    const sheetTop = await page.$eval('aside', (el) => el.getBoundingClientRect().top);
    expect(y).toBeLessThan(sheetTop);
    expect(y).toBeGreaterThan(0);
  });

  test('keeps the selected zone framed above the bottom sheet when the window is resized', async ({
    atlas,
  }) => {
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
    const { page } = await atlas.open('?zone=energy-valley&lang=en', {
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
  });

  test('opens a link with a broken zone as a working atlas with a notice', async ({ atlas }) => {
    const { page, problems } = await atlas.open('?zone=%3Cscript%3Ealert(1)%3C/script%3E&lang=en', {
      waitFor: 'app',
    });
    const notice = await page.textContent('[data-testid="notice"]');
    expect(notice).toContain('<script>alert(1)</script>');
    expect(await page.$('[data-testid="zone-panel"]')).toBeNull();
    expect(problems.errors).toEqual([]);
  });
});
