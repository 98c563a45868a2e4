import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { openAtlas } from './support/atlas-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PARTS = /\/assets\/(SourceViewer|SourcesDialog|TrendChart)-[\w-]+\.(js|css)$/;

describe('parts the first screen does not need', () => {
  it('arrive after the zones are drawn, and a citation opens the viewer and hands focus back', async () => {
    const { context, page, problems } = await openAtlas(browser, '?zone=energy-valley&lang=en');
    const citation = await page.waitForSelector(
      '[data-testid="figure"][data-scope="zone"] [data-testid="citation"]',
    );
    await citation.click();
    await page.waitForSelector('dialog[open] mark');
    const timing = await page.evaluate((pattern) => {
      const zones = performance.getEntriesByName('zones-rendered')[0]!.startTime;
      const parts = performance
        .getEntriesByType('resource')
        .filter((entry) => new RegExp(pattern).test(entry.name));
      return { zones, parts: parts.map((entry) => [entry.name, entry.startTime] as const) };
    }, PARTS.source);
    expect(timing.parts.some(([name]) => name.includes('SourceViewer'))).toBe(true);
    for (const [, start] of timing.parts) expect(start).toBeGreaterThan(timing.zones);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(
      await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null,
      ),
    ).toBe('citation');
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('say so when they cannot be fetched, and the same button tries again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    let reachable = false;
    let viewerFetches = 0;
    await context.route(PARTS, (route) => {
      if (route.request().url().includes('/SourceViewer-')) viewerFetches += 1;
      return reachable ? route.continue() : route.abort('failed');
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?zone=energy-valley&lang=en`);
    const citation = await page.waitForSelector(
      '[data-testid="figure"][data-scope="zone"] [data-testid="citation"]',
    );
    await citation.click();
    const notice = await page.waitForSelector('[data-testid="notice"]');
    expect(await notice.textContent()).toContain('could not be loaded');
    expect(await page.$('dialog[open]')).toBeNull();
    // The same citation, clicked again, asks for the part again (counted once the idle-time
    // preload, which also asks, has had its turn).
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })),
    );
    const fetchesBefore = viewerFetches;
    await page.click('[data-testid="figure"][data-scope="zone"] [data-testid="citation"]');
    await expect.poll(() => viewerFetches).toBeGreaterThan(fetchesBefore);
    expect(await page.$('dialog[open]')).toBeNull();
    // The rest keeps working: another zone still opens, and so does the first one again.
    for (const zone of ['huitian', 'energy-valley']) {
      await page.click(`[data-testid="zone-list-item"][data-zone="${zone}"]`);
      await page.waitForSelector(
        `[data-testid="zone-panel"][data-zone="${zone}"] [data-testid="figure"]`,
      );
    }

    // The citation that failed, asked again once its part can be fetched.
    reachable = true;
    await page.click('[data-testid="figure"][data-scope="zone"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    expect(await page.$('[data-testid="notice"]')).toBeNull();
    await page.keyboard.press('Escape');

    // The charts, which failed in place, come back with their own retry.
    const chartsFailed = await page.waitForSelector('section.district .status');
    expect(await chartsFailed.textContent()).toContain('charts could not be loaded');
    expect(await page.$('figure.trend')).toBeNull();
    await page.click('section.district .status button');
    await page.waitForSelector('section.district figure.trend');
    await context.close();
  });
});
