import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { test, type AtlasWindow } from './support/atlas-test';
import { startStaticServer } from './support/static-server';
import type { Dataset } from '../src/model/dataset';
import { projectCards } from '../src/explorer/group-projects';

const dataset = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as Dataset;
const factById = new Map(dataset.facts.map((fact) => [fact.id, fact]));

/** A folder served from a second origin, where the tests put their article pages. */
const articles = mkdtempSync(join(tmpdir(), 'atlas-article-'));
let articleServer: Awaited<ReturnType<typeof startStaticServer>>;
/** The article site: another host name and port than the atlas, so another site altogether. */
let articleOrigin: string;

beforeAll(async () => {
  articleServer = await startStaticServer(articles);
  articleOrigin = articleServer.url.replace('127.0.0.1', 'localhost');
});
afterAll(async () => {
  await articleServer?.close();
});

/** Writes an article page around `embed` (markup for the iframe) and returns its address. */
function article(name: string, embed: string): string {
  const paragraph = '<p>' + 'Text of the article around the map. '.repeat(40) + '</p>';
  writeFileSync(
    join(articles, `${name}.html`),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
      `<title>Article</title></head><body><h1>An article</h1>${embed}` +
      `${paragraph.repeat(12)}</body></html>`,
  );
  return `${articleOrigin}/${name}.html`;
}

/** A context that records Content-Security-Policy violations in every frame, and errors. */
async function articleContext(browser: Browser, viewport = { width: 900, height: 700 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(error.error().message));
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, errors };
}

/** The embedded atlas's frame once its zones are drawn. */
async function embeddedAtlas(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
  await frame.waitForFunction(() => (window as unknown as AtlasWindow).atlasMap.loaded(), null, {
    timeout: 30_000,
  });
  return frame;
}

describe('embed mode', () => {
  test('embeds in an article on another site from the share menu code: zones drawn, a cited panel, a link out with the same state, no policy violation', async ({
    atlas,
    browser,
  }) => {
    const sectors = ['public-services', 'ecology'];
    const opener = await atlas.open(`?zone=huitian&sectors=${sectors.join(',')}&lang=en`);
    await opener.page.click('[data-testid="embed-button"]');
    const code = await (
      await opener.page.waitForSelector('[data-testid="embed-snippet"]')
    ).inputValue();
    await opener.context.close();
    expect(code).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" width="600" height="400" loading="lazy"><\/iframe>$/,
    );

    const { context, errors } = await articleContext(browser);
    const page = await context.newPage();
    await page.goto(article('from-share-menu', code));
    const frame = await embeddedAtlas(page);
    const src = new URL(frame.url());
    expect(src.origin).toBe(inject('baseUrl'));
    expect(Object.fromEntries(src.searchParams)).toEqual({
      zone: 'huitian',
      sectors: sectors.join(','),
      lang: 'en',
      embed: '1',
    });

    // The map with the zone drawn, and no page chrome.
    const drawn = await frame.evaluate(() =>
      (window as unknown as AtlasWindow).atlasMap
        .queryRenderedFeatures({ layers: ['zone-fill'] })
        .map((f) => f.properties.id as string),
    );
    expect(drawn).toContain('huitian');
    expect(await frame.$('[data-testid="copy-link"]')).toBeNull();
    expect(await frame.$('[data-testid="sector-filter"]')).toBeNull();

    // The compact panel: headline figures of this zone, each cited; projects by sector adding
    // up to the zone's projects in the chosen sectors.
    await frame.waitForSelector(
      '[data-testid="embed-panel"][data-zone="huitian"] [data-testid="embed-sector"]',
    );
    const figures = await frame.$$eval(
      '[data-testid="embed-panel"] [data-testid="figure"]',
      (nodes) =>
        nodes.map((n) => ({
          fact: (n as HTMLElement).dataset.fact!,
          doc: n.querySelector<HTMLElement>('[data-testid="citation"]')?.dataset.doc,
        })),
    );
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.length).toBeLessThanOrEqual(3);
    for (const { fact, doc } of figures) {
      expect(factById.get(fact)?.place).toBe('huitian');
      expect(doc).toBe(factById.get(fact)?.doc);
    }
    const counted = await frame.$$eval('[data-testid="embed-sector"] .sector-count', (nodes) =>
      nodes.reduce((sum, n) => sum + Number(n.textContent), 0),
    );
    // Projects are counted as the panel shows them: one card per project, however many mentions.
    const expected = (projectCards(dataset).byPlace.get('huitian') ?? []).filter((card) =>
      card.sectors.some((s) => sectors.includes(s)),
    ).length;
    expect(counted).toBe(expected);

    // A citation opens the source inside the frame.
    await frame.click('[data-testid="embed-panel"] [data-testid="citation"]');
    await frame.waitForSelector('dialog[open] mark');
    await frame.press('dialog[open]', 'Escape');

    // The link out: the full atlas in the same state, in a new tab.
    const link = await frame.waitForSelector('[data-testid="open-full-atlas"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ')).toContain('noopener');
    const opened = context.waitForEvent('page');
    await link.click();
    const full = await opened;
    await full.waitForSelector(
      '[data-testid="zone-panel"][data-zone="huitian"] [data-testid="project"]',
    );
    const fullUrl = new URL(full.url());
    expect(fullUrl.origin).toBe(inject('baseUrl'));
    expect(fullUrl.searchParams.get('zone')).toBe('huitian');
    expect(fullUrl.searchParams.get('sectors')).toBe(sectors.join(','));
    expect(fullUrl.searchParams.get('lang')).toBe('en');
    expect(fullUrl.searchParams.has('embed')).toBe(false);
    expect(fullUrl.hash).toMatch(/^#map=[\d.]+\/[\d.]+\/[\d.]+$/);
    expect(await full.isVisible('[data-testid="copy-link"]')).toBe(true);
    for (const sector of sectors) {
      expect(
        await full.getAttribute(
          `[data-testid="sector-filter"][data-sector="${sector}"]`,
          'aria-pressed',
        ),
      ).toBe('true');
    }

    const violations = await frame.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('lets the article scroll past the map: a plain scroll moves the page, Ctrl + scroll zooms the map', async ({
    browser,
  }) => {
    const { context, errors } = await articleContext(browser);
    const page = await context.newPage();
    const src = `${inject('baseUrl')}/?zone=huitian&lang=zh&embed=1`;
    await page.goto(
      article('scroll', `<iframe src="${src}" title="map" width="600" height="400"></iframe>`),
    );
    const frame = await embeddedAtlas(page);
    await frame.waitForSelector('[data-testid="embed-panel"][data-zone="huitian"]');
    const zoom = () => frame.evaluate(() => (window as unknown as AtlasWindow).atlasMap.getZoom());
    const centre = async () => {
      const box = (await (await page.$('iframe'))!.boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };

    const before = await zoom();
    // The hint shows only for a moment: record that it was shown rather than race to see it.
    await frame.evaluate(() => {
      const screen = document.querySelector('.maplibregl-cooperative-gesture-screen')!;
      new MutationObserver(() => {
        if (screen.classList.contains('maplibregl-show')) {
          (window as unknown as { __hintShown: string }).__hintShown = screen.textContent ?? '';
        }
      }).observe(screen, { attributes: true, attributeFilter: ['class'] });
    });
    let at = await centre();
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 120);
    await page.waitForFunction(() => window.scrollY > 0);
    const hint = await frame.waitForFunction(
      () => (window as unknown as { __hintShown?: string }).__hintShown,
    );
    expect(await hint.jsonValue()).toContain('按住 Ctrl 键滚动以缩放地图');
    expect(await zoom()).toBe(before);

    at = await centre();
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -240);
    await page.keyboard.up('Control');
    await frame.waitForFunction(
      (start) => (window as unknown as AtlasWindow).atlasMap.getZoom() > start + 0.1,
      before,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('leaves the article its Back button: a zone chosen in the embed adds no history entry', async ({
    browser,
  }) => {
    const { context } = await articleContext(browser);
    const page = await context.newPage();
    const src = `${inject('baseUrl')}/?lang=en&embed=1`;
    await page.goto(
      article('history', `<iframe src="${src}" title="map" width="600" height="400"></iframe>`),
    );
    const frame = await embeddedAtlas(page);
    const entries = await page.evaluate(() => history.length);
    await frame.click(
      '[data-testid="embed-panel"] [data-testid="zone-list-item"][data-zone="life-valley"]',
    );
    await frame.waitForSelector(
      '[data-testid="embed-panel"][data-zone="life-valley"] [data-testid="figure"]',
    );
    await frame.waitForFunction(
      () => new URLSearchParams(location.search).get('zone') === 'life-valley',
    );
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await context.close();
  });

  for (const [width, height] of [
    [600, 400],
    [360, 480],
  ] as const) {
    test(`fits a ${width}×${height} frame in both languages: map, zone name and the link out in view, nothing spilling over`, async ({
      atlas,
    }) => {
      for (const lang of ['zh', 'en'] as const) {
        for (const zone of ['huitian', 'shahe-university-park'] as const) {
          const { page, problems } = await atlas.open(`?zone=${zone}&lang=${lang}&embed=1`, {
            viewport: { width, height },
          });
          await page.waitForSelector(
            `[data-testid="embed-panel"][data-zone="${zone}"] [data-testid="figure"]`,
          );
          const layout = await page.evaluate(() => {
            const box = (selector: string) =>
              document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
            return {
              canvas: box('.maplibregl-canvas'),
              name: box('[data-testid="embed-panel"] h2'),
              link: box('[data-testid="open-full-atlas"]'),
              overflow: document.documentElement.scrollHeight - window.innerHeight,
            };
          });
          const inside = (r: DOMRect) =>
            r.left >= 0 && r.top >= 0 && r.right <= width && r.bottom <= height;
          expect(inside(layout.name), `${lang} ${zone} name`).toBe(true);
          expect(inside(layout.link), `${lang} ${zone} link`).toBe(true);
          expect(layout.canvas.width, `${lang} ${zone} map width`).toBeGreaterThan(0.55 * width);
          expect(layout.canvas.height, `${lang} ${zone} map height`).toBeGreaterThan(0.35 * height);
          expect(layout.overflow, `${lang} ${zone} overflow`).toBeLessThanOrEqual(0);
          expect(problems.errors).toEqual([]);
        }
      }
    });
  }
});
