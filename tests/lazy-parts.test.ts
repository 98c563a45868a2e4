import { describe, expect } from 'vitest';
import { STATE_TIMEOUT, test } from './support/atlas-test';

const PARTS = /\/assets\/(SourceViewer|SourcesDialog|TrendChart)-[\w-]+\.(js|css)(\?.*)?$/;

describe('parts the first screen does not need', () => {
  test('arrive after the zones are drawn, and a citation opens the viewer and hands focus back', async ({
    atlas,
  }) => {
    const { page, problems } = await atlas.open('?zone=energy-valley&lang=en');
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
  });

  test('say so when they cannot be fetched, and the same button tries again', async ({ atlas }) => {
    let reachable = false;
    const fetches = { viewer: 0, dialog: 0 };
    const { page } = await atlas.open('?zone=energy-valley&lang=en', {
      waitFor: 'nothing',
      prepare: (context) =>
        context.route(PARTS, (route) => {
          const url = route.request().url();
          if (url.includes('/SourceViewer-')) fetches.viewer += 1;
          if (url.includes('/SourcesDialog-')) fetches.dialog += 1;
          return reachable ? route.continue() : route.abort('failed');
        }),
    });
    const citation = await page.waitForSelector(
      '[data-testid="figure"][data-scope="zone"] [data-testid="citation"]',
    );
    // Once the data is in, an idle-time preload asks for every part (the sources dialog only
    // then). Let it have its turn, so that every request counted below is one a click made.
    await expect.poll(() => fetches.dialog, { timeout: STATE_TIMEOUT }).toBeGreaterThan(0);
    await citation.click();
    const notice = await page.waitForSelector('[data-testid="notice"]');
    expect(await notice.textContent()).toContain('could not be loaded');
    expect(await page.$('dialog[open]')).toBeNull();
    // The same citation, clicked again, asks for the part again.
    const fetchesBefore = fetches.viewer;
    await page.click('[data-testid="figure"][data-scope="zone"] [data-testid="citation"]');
    await expect
      .poll(() => fetches.viewer, { timeout: STATE_TIMEOUT })
      .toBeGreaterThan(fetchesBefore);
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
  });
});
