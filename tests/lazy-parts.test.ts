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
    await context.route(PARTS, (route) => (reachable ? route.continue() : route.abort('failed')));
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?zone=energy-valley&lang=en`);
    const citation = await page.waitForSelector(
      '[data-testid="figure"][data-scope="zone"] [data-testid="citation"]',
    );
    await citation.click();
    const notice = await page.waitForSelector('[data-testid="notice"]');
    expect(await notice.textContent()).toContain('could not be loaded');
    expect(await page.$('dialog[open]')).toBeNull();
    // The rest keeps working: another zone still opens.
    await page.click('[data-testid="zone-list-item"][data-zone="huitian"]');
    await page.waitForSelector(
      '[data-testid="zone-panel"][data-zone="huitian"] [data-testid="figure"]',
    );

    reachable = true;
    await page.click('[data-testid="figure"][data-scope="zone"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    expect(await page.$('[data-testid="notice"]')).toBeNull();
    await context.close();
  });
});
