import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The page's window as the browser tests see it (docs/contracts.md#test-hooks, `window.atlasMap`). */
export type AtlasWindow = Window & { atlasMap: MapLibreMap };

export interface OpenOptions {
  viewport?: { width: number; height: number };
  locale?: string;
}

/** Problems a page reported: uncaught exceptions and console errors. */
export interface PageProblems {
  errors: string[];
}

/**
 * Opens the built atlas at a path (`?zone=…#map=…`) in a fresh context and waits until the zone
 * layers have been drawn (`data-map-ready`), collecting uncaught errors along the way.
 */
export async function openAtlas(
  browser: Browser,
  path = '',
  options: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'zh-CN',
  });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  await page.goto(`${inject('baseUrl')}/${path}`);
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as AtlasWindow).atlasMap.loaded(), null, {
    timeout: 30_000,
  });
  return { context, page, problems };
}
