import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { hostileUrls } from './support/hostile-urls';

const URL_COUNT = 210;
const WORKERS = 3;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Outcome {
  url: string;
  errors: string[];
  dialogs: number;
  pwned: boolean;
  heading: string | null;
  zones: number;
}

async function visit(page: Page, url: string, waitForMap: boolean): Promise<Outcome> {
  const errors: string[] = [];
  let dialogs = 0;
  const onError = (error: Error) => errors.push(error.message);
  const onDialog = () => {
    dialogs += 1;
  };
  page.on('pageerror', onError);
  page.on('dialog', onDialog);
  await page.goto(`${inject('baseUrl')}/${url}`);
  await page.waitForSelector('[data-testid="zone-list-item"]', { timeout: 15_000 });
  if (waitForMap) await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned === 1,
    heading: document.querySelector('h1')?.textContent ?? null,
    zones: document.querySelectorAll('[data-testid="zone-list-item"]').length,
  }));
  page.off('pageerror', onError);
  page.off('dialog', onDialog);
  return { url, errors, dialogs, ...result };
}

describe('hostile and random links', () => {
  it(`opens ${URL_COUNT} of them as a working atlas that executes nothing`, async () => {
    const urls = hostileUrls(URL_COUNT);
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        const page = await context.newPage();
        while (next < urls.length) {
          const index = next++;
          outcomes.push(await visit(page, urls[index]!, index % 20 === 0));
        }
        await page.close();
      }),
    );
    await context.close();

    const broken = outcomes.filter(
      (o) => o.errors.length > 0 || o.dialogs > 0 || o.pwned || !o.heading || o.zones !== 6,
    );
    expect(outcomes).toHaveLength(URL_COUNT);
    expect(
      broken.map((o) => ({ url: o.url.slice(0, 120), errors: o.errors, pwned: o.pwned })),
    ).toEqual([]);
  }, 300_000);

  it('says what it ignored, as text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(
      `${inject('baseUrl')}/?zone=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sectors=bogus&lang=en#map=NaN/1/2`,
    );
    const notice = await page.waitForSelector('[data-testid="notice"]');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('bogus');
    expect(text).toContain('map view');
    expect(await notice.$('img')).toBeNull();
    await context.close();
  });
});
