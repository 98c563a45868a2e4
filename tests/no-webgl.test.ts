import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('without WebGL', () => {
  it('serves the list view with the same panels and citations', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.startsWith('webgl')) return null;
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    await page.waitForSelector('[data-testid="no-webgl"]');
    await page.waitForSelector('[data-testid="zone-list-item"] .count');
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.waitForSelector(
      '[data-testid="zone-panel"][data-zone="energy-valley"] [data-testid="figure"]',
    );
    await page.click('[data-testid="zone-panel"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    expect(await page.evaluate(() => 'atlasMap' in window)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
