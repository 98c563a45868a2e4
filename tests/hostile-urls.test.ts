import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { STATE_TIMEOUT, test, watchProblems, type AtlasWindow } from './support/atlas-test';
import {
  HOSTILE_VALUES,
  HOSTILE_VIEWS,
  hostileUrls,
  withoutSeparators,
} from './support/hostile-urls';

/**
 * The links opened in the browser. The parser reads 2000 of them in a unit test
 * (`src/state/url-codec.test.ts`); these 90 hold every value and every view (checked below), and
 * show that what the parser lets through, and the notices it writes, execute nothing on the page.
 */
const URLS = hostileUrls(90);
/** Links per test, so a slow machine is given time per batch and a failure names its batch. */
const BATCH = 30;
/** Pages open at once: while one waits for its document or the GPU, another runs its scripts. */
const PAGES = 3;
/** Every 20th link also waits for the zones to be drawn, with the link's view and selection. */
const drawsMap = (index: number) => index % 20 === 0;

interface Outcome {
  url: string;
  /** Whether the page was a new document, with nothing left from the link before. */
  fresh: boolean;
  errors: string[];
  dialogs: string[];
  pwned: boolean;
  heading: string | null;
  zones: number;
  /** The map's camera, which a link's view must never make NaN or push past the zoom limits. */
  camera: { lng: number; lat: number; zoom: number } | null;
}

const withoutHash = (url: string) => url.split('#', 1)[0];

/** Opens one link in `page` as a new document and reads what a user would see. */
async function visit(page: Page, url: string, index: number): Promise<Outcome> {
  // A link that differs from the page's address only after '#' would not load a new document.
  if (withoutHash(page.url()) === withoutHash(url)) await page.goto('about:blank');
  const { problems, stop } = watchProblems(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid="zone-list-item"]');
  if (drawsMap(index)) await page.waitForSelector('html[data-map-ready="true"]');
  const seen = await page.evaluate((index) => {
    const w = window as unknown as AtlasWindow & { __pwned?: number; __visited?: number };
    const fresh = w.__visited === undefined;
    w.__visited = index;
    const map = w.atlasMap;
    return {
      fresh,
      pwned: w.__pwned === 1,
      heading: document.querySelector('h1')?.textContent ?? null,
      zones: document.querySelectorAll('[data-testid="zone-list-item"]').length,
      camera: map ? { ...map.getCenter(), zoom: map.getZoom() } : null,
    };
  }, index);
  stop();
  return { url, errors: problems.errors, dialogs: problems.dialogs, ...seen };
}

/**
 * Opens `urls` with `PAGES` pages at once in one context and returns each link's outcome. A page
 * whose link does not wait for the zones is left without the map's worker script (its request is
 * held open, as on a slow network): the map is built with the link's view, and the page does none
 * of the drawing that nothing here looks at.
 */
async function visitAll(browser: Browser, urls: readonly string[], first: number) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  context.setDefaultTimeout(STATE_TIMEOUT);
  const drawing = new Set<Page>();
  await context.route(/\/assets\/maplibre-gl-worker-[\w-]+\.js$/, (route) => {
    if (drawing.has(route.request().frame().page())) return route.continue();
  });
  const outcomes: Outcome[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: PAGES }, async () => {
        const page = await context.newPage();
        while (next < urls.length) {
          const index = next++;
          if (drawsMap(first + index)) drawing.add(page);
          else drawing.delete(page);
          outcomes.push(await visit(page, urls[index]!, first + index));
        }
      }),
    );
  } finally {
    await context.close();
  }
  return outcomes;
}

const isWorking = (o: Outcome) =>
  o.fresh &&
  o.errors.length === 0 &&
  o.dialogs.length === 0 &&
  !o.pwned &&
  Boolean(o.heading) &&
  o.zones === 6 &&
  o.camera !== null &&
  [o.camera.lng, o.camera.lat, o.camera.zoom].every(Number.isFinite) &&
  o.camera.zoom >= 7 &&
  o.camera.zoom <= 16;

describe('hostile and random links', () => {
  it('holds every hostile value and every map view among the links it opens', () => {
    const carries = (value: string) =>
      URLS.some(
        (url) => url.includes(encodeURIComponent(value)) || url.includes(withoutSeparators(value)),
      );
    expect(HOSTILE_VALUES.filter((value) => !carries(value))).toEqual([]);
    expect(HOSTILE_VIEWS.filter((view) => !URLS.some((url) => url.endsWith(view)))).toEqual([]);
  });

  // Numbered from 1 in the test names.
  const batches = Array.from({ length: Math.ceil(URLS.length / BATCH) }, (_, i) => ({
    from: i * BATCH + 1,
    to: Math.min((i + 1) * BATCH, URLS.length),
  }));
  test.for(batches)(
    `opens links $from to $to of ${URLS.length} as a working atlas that executes nothing`,
    { timeout: 180_000 },
    async ({ from, to }, { atlas, browser }) => {
      const first = from - 1;
      const urls = URLS.slice(first, to).map((url) => `${atlas.baseUrl}/${url}`);
      const outcomes = await visitAll(browser, urls, first);
      expect(outcomes).toHaveLength(urls.length);
      expect(
        outcomes
          .filter((o) => !isWorking(o))
          .map((o) => ({ ...o, url: o.url.slice(atlas.baseUrl.length, 120) })),
      ).toEqual([]);
    },
  );

  test('says what it ignored, as text', async ({ atlas }) => {
    const { page } = await atlas.open(
      `?zone=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sectors=bogus&lang=en#map=NaN/1/2`,
      { waitFor: 'nothing' },
    );
    const notice = await page.waitForSelector('[data-testid="notice"]');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('bogus');
    expect(text).toContain('map view');
    expect(await notice.$('img')).toBeNull();
  });
});
