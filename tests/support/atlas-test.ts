import { expect, inject, test as base } from 'vitest';
import type {
  Browser,
  BrowserContext,
  ConsoleMessage,
  Dialog,
  Page,
  Response,
} from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { launchChromium } from './chromium';

/** The page's window as the browser tests see it (docs/contracts.md#test-hooks, `window.atlasMap`). */
export type AtlasWindow = Window & { atlasMap: MapLibreMap };

/**
 * What a page reported on its own: uncaught exceptions, console errors and dialogs (`alert`,
 * `confirm`, `prompt`, each dismissed at once). Uncaught exceptions fail the test by themselves;
 * console errors and dialogs are for the test to assert, since some tests provoke them.
 */
export interface PageProblems {
  uncaught: string[];
  /** Uncaught exceptions and console errors, in order. */
  errors: string[];
  dialogs: string[];
}

export interface OpenOptions {
  /** Default 1280×800, the desktop layout. */
  viewport?: { width: number; height: number };
  /** The browser's language (default `zh-CN`); `?lang=` in the path wins over it. */
  locale?: string;
  /**
   * What `open` waits for before it returns: `map` (default) the zones drawn for the first time
   * (docs/contracts.md#test-hooks, `data-map-ready`), `app` the zone list mounted, `nothing` the navigation committed.
   */
  waitFor?: 'map' | 'app' | 'nothing';
  /** Prepares the fresh context before the page loads: routes, init scripts, permissions. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** The response to the navigation: the HTML and headers as served. */
  response: Response | null;
}

export interface Atlas {
  /** Where the built atlas is served (`tests/global-setup.ts`). */
  readonly baseUrl: string;
  /**
   * Opens a path of the built atlas (`?zone=…#map=…`) or a full URL (`about:blank` to start
   * empty) in a fresh browser context of its own (no cache, no history), and waits for
   * `options.waitFor`. Every context opened in a test is closed when the test ends.
   */
  open(path?: string, options?: OpenOptions): Promise<AtlasPage>;
}

/**
 * Waits longer than any state should take on a machine three times slower than ours: the zones
 * are drawn in about a second here.
 */
export const STATE_TIMEOUT = 30_000;

/** Collects a page's problems from now on (see `PageProblems`), until `stop()`. */
export function watchProblems(page: Page): { problems: PageProblems; stop: () => void } {
  const problems: PageProblems = { uncaught: [], errors: [], dialogs: [] };
  const onPageError = (error: Error) => {
    problems.uncaught.push(error.message);
    problems.errors.push(error.message);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  };
  const onDialog = (dialog: Dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  page.on('dialog', onDialog);
  const stop = () => {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
    page.off('dialog', onDialog);
  };
  return { problems, stop };
}

/** Waits until the map has drawn everything it wants to and the camera has stopped. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as AtlasWindow).atlasMap;
    return map.loaded() && !map.isMoving();
  });
}

async function openAtlas(
  browser: Browser,
  baseUrl: string,
  path: string,
  options: OpenOptions,
  opened: AtlasPage[],
): Promise<AtlasPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'zh-CN',
  });
  context.setDefaultTimeout(STATE_TIMEOUT);
  const page = await context.newPage();
  const { problems } = watchProblems(page);
  const entry: AtlasPage = { page, context, problems, response: null };
  opened.push(entry);
  await options.prepare?.(context);
  const url = /^(https?:|about:)/.test(path) ? path : `${baseUrl}/${path}`;
  entry.response = await page.goto(url, { waitUntil: 'commit' });
  const waitFor = options.waitFor ?? 'map';
  if (waitFor === 'map') await page.waitForSelector('html[data-map-ready="true"]');
  if (waitFor === 'app') await page.waitForSelector('[data-testid="zone-list-item"]');
  return entry;
}

/**
 * `test` for the browser tests: one Chromium per test file (`browser`) and the built atlas
 * (`atlas.open`). See tests/README.md.
 */
export const test = base
  // Vitest reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('atlas', async ({ browser }, { onCleanup }): Promise<Atlas> => {
    const baseUrl = inject('baseUrl');
    const opened: AtlasPage[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map(({ context }) => context.close()));
      const uncaught = opened.flatMap(({ problems }) => problems.uncaught);
      expect(uncaught, 'uncaught exceptions in the atlas').toEqual([]);
    });
    return {
      baseUrl,
      open: (path = '', options = {}) => openAtlas(browser, baseUrl, path, options, opened),
    };
  });
