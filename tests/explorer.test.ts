import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './support/atlas-test';
import { ZONE_IDS } from '../src/model/zones';
import type { Dataset } from '../src/model/dataset';
import { projectCards } from '../src/explorer/group-projects';

const dataset = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as Dataset;
const factById = new Map(dataset.facts.map((fact) => [fact.id, fact]));
const cards = projectCards(dataset);
/** Where the panel shows a fact: a project at its card's place, a figure at its own. */
const shownAt = (id: string) => cards.byFact.get(id)?.place ?? factById.get(id)?.place;
const zones = JSON.parse(readFileSync('geo/zones.geojson', 'utf8')) as {
  features: { properties: { id: string; name_zh: string; name_en: string } }[];
};
const zoneName = new Map(zones.features.map((f) => [f.properties.id, f.properties]));

/** The zone panel's card of a project, after "Show all" when the list is cut before it. */
async function showProject(page: Page, project: string) {
  const card = `[data-testid="zone-panel"] [data-testid="project"][data-project="${project}"]`;
  await page.waitForSelector('[data-testid="zone-panel"] [data-testid="project"]');
  if (!(await page.$(card))) {
    await page.click('[data-testid="zone-panel"] ul.projects + button.more');
  }
  return page.waitForSelector(card);
}

describe('zone explorer', () => {
  test.for(ZONE_IDS)(
    'opens %s from a link, in both languages, with its name and its own facts',
    async (zone, { atlas }) => {
      const { page, problems } = await atlas.open('about:blank', { waitFor: 'nothing' });
      for (const lang of ['zh', 'en'] as const) {
        // A new document each time, as a pasted link opens.
        await page.goto(`${atlas.baseUrl}/?zone=${zone}&lang=${lang}`, { waitUntil: 'commit' });
        const panel = await page.waitForSelector(`[data-testid="zone-panel"][data-zone="${zone}"]`);
        const heading = await panel.$eval('h2', (h) => h.textContent?.trim());
        const names = zoneName.get(zone)!;
        expect(heading).toBe(lang === 'zh' ? names.name_zh : names.name_en);
        await page.waitForSelector(
          '[data-testid="zone-panel"] [data-testid="figure"], [data-testid="zone-panel"] .empty',
        );
        const shown = await page.$$eval(
          '[data-testid="zone-panel"] [data-fact][data-scope="zone"]',
          (nodes) => nodes.map((n) => (n as HTMLElement).dataset.fact!),
        );
        for (const id of shown) expect(shownAt(id), `${zone}: ${id}`).toBe(zone);
      }
      expect(problems.errors).toEqual([]);
    },
  );

  test('keeps district-wide figures apart from the zone figures', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=huitian&lang=en');
    await page.waitForSelector('[data-testid="figure"][data-scope="district"]');
    const district = await page.$$eval('[data-testid="figure"][data-scope="district"]', (nodes) =>
      nodes.map((n) => (n as HTMLElement).dataset.fact!),
    );
    for (const id of district) expect(factById.get(id)?.place).toBe('district:changping');
  });

  test('opens the cited sentence, highlighted in its original document', async ({ atlas }) => {
    const { page, problems } = await atlas.open('?zone=huitian&lang=zh');
    const card = await page.waitForSelector('[data-testid="figure"][data-scope="zone"]');
    const id = await card.getAttribute('data-fact');
    await (await card.$('[data-testid="citation"]'))!.click();
    const mark = await page.waitForSelector('dialog[open] mark');
    const fact = factById.get(id!)!;
    const original = readFileSync(
      `data/sources/${dataset.documents.find((d) => d.id === fact.doc)!.file.replace(/^.*\//, '')}`,
      'utf8',
    );
    expect(await mark.textContent()).toBe(original.slice(fact.span[0], fact.span[1]));
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await page.$('dialog[open] mark')).toBeNull();
    expect(problems.errors).toEqual([]);
  });

  test('filters projects by sector, keeps the filter across zones, and dims zones without matches', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?zone=future-science-city&lang=en');
    await page.waitForSelector('[data-testid="sector-filter"][data-sector="life-sciences"]');
    await page.click('[data-testid="sector-filter"][data-sector="life-sciences"]');
    expect(
      await page.getAttribute(
        '[data-testid="sector-filter"][data-sector="life-sciences"]',
        'aria-pressed',
      ),
    ).toBe('true');
    await page.waitForURL((url) => url.searchParams.get('sectors') === 'life-sciences');
    await page.click('[data-testid="zone-list-item"][data-zone="life-valley"]');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="life-valley"]');
    await page.waitForURL((url) => url.searchParams.get('sectors') === 'life-sciences');
    const listed = await page.$$eval('[data-testid="project"]', (nodes) =>
      nodes.map((n) => (n as HTMLElement).dataset.fact!),
    );
    for (const id of listed) expect(cards.byFact.get(id)?.sectors).toContain('life-sciences');
    const dimmed = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="zone-list-item"].dim')].map(
        (n) => (n as HTMLElement).dataset.zone,
      ),
    );
    const withLife = new Set(
      dataset.facts
        .filter((f) => f.sectors.includes('life-sciences'))
        .map((f) => shownAt(f.id) as string),
    );
    for (const zone of dimmed)
      expect(withLife.has(zone!), `${zone} has life-sciences facts`).toBe(false);
  });

  test('shows a project named by several documents as one card with a citation for each mention', async ({
    atlas,
  }) => {
    const shared = [...cards.byFact.values()].find(
      (card) =>
        card.documents > 1 &&
        card.citations.length <= 3 &&
        card.place !== null &&
        !card.place.startsWith('district:'),
    );
    expect(shared, 'a zone project named by two documents').toBeDefined();
    const { page } = await atlas.open(`?zone=${shared!.place}&lang=en`);
    await page.waitForSelector(`[data-testid="zone-panel"][data-zone="${shared!.place}"]`);
    const card = await showProject(page, shared!.id);
    expect(await page.$$(`[data-testid="project"][data-project="${shared!.id}"]`)).toHaveLength(1);
    const cited = await card.$$eval('[data-testid="citation"]', (nodes) =>
      nodes.map((n) => (n as HTMLElement).dataset.doc),
    );
    expect(cited.sort()).toEqual(shared!.citations.map((f) => f.doc).sort());
    expect(await card.textContent()).toContain(`Named in ${shared!.documents} documents`);
  });

  test('shows the latest three citations of a much-cited project and the rest on request', async ({
    atlas,
  }) => {
    const cited = [...cards.byFact.values()].find(
      (card) =>
        card.citations.length > 3 && card.place !== null && !card.place.startsWith('district:'),
    );
    expect(cited, 'a zone project with more than three mentions').toBeDefined();
    const { page } = await atlas.open(`?zone=${cited!.place}&lang=en`);
    const card = `[data-testid="project"][data-project="${cited!.id}"]`;
    await showProject(page, cited!.id);
    const docs = () =>
      page.$$eval(`${card} [data-testid="citation"]`, (nodes) =>
        nodes.map((n) => (n as HTMLElement).dataset.doc),
      );
    expect(await docs()).toEqual(cited!.citations.slice(0, 3).map((f) => f.doc));
    const more = `${card} [data-testid="more-citations"]`;
    expect(await page.textContent(more)).toContain(`${cited!.citations.length - 3} more sources`);
    await page.click(more);
    await page.waitForSelector(`${more}[aria-expanded="true"]`);
    expect(await docs()).toEqual(cited!.citations.map((f) => f.doc));
  });

  test('copies a link that reopens the same zone, sectors and language in a fresh browser', async ({
    atlas,
  }) => {
    const { page, context } = await atlas.open('?lang=en', {
      prepare: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.click('[data-testid="sector-filter"][data-sector="energy"]');
    await page.click('[data-testid="copy-link"]');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await context.close();

    const { page: again } = await atlas.open(link, { waitFor: 'nothing' });
    await again.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    expect(
      await again.getAttribute(
        '[data-testid="sector-filter"][data-sector="energy"]',
        'aria-pressed',
      ),
    ).toBe('true');
    expect(await again.textContent('h1')).toBe('Science City Atlas');
  });

  test('switches language in place and keeps the selection', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=huairou-science-city&lang=zh');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="huairou-science-city"] h2');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="zone-panel"] h2')?.textContent?.includes('Huairou'),
    );
    await page.waitForURL((url) => url.searchParams.get('zone') === 'huairou-science-city');
  });

  test('finds zones, projects and figures from search in either language and jumps to them', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?lang=en');
    await page.waitForSelector('[data-testid="zone-list-item"] .count');
    await page.fill('input[type="search"]', 'Energy Valley');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Energy Valley');

    await page.fill('input[type="search"]', '百济神州');
    const hits = await page.waitForSelector('[role="listbox"], [role="option"]');
    expect(await hits.textContent()).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="life-valley"]');

    await page.fill('input[type="search"]', 'researchers');
    const options = await page.$$eval('[role="option"]', (nodes) =>
      nodes.map((n) => n.textContent ?? ''),
    );
    expect(options.length).toBeGreaterThan(0);
    expect(options.join(' ')).toMatch(/researchers/i);
  });

  test('lists every source with its publisher, date and repair report', async ({ atlas }) => {
    const { page } = await atlas.open('?lang=en');
    await page.waitForSelector('[data-testid="zone-list-item"] .count');
    await page.click('[data-testid="sources-button"]');
    // The dialog is loaded on demand: the first click may come before its code has arrived.
    await page.waitForSelector('dialog[open] [data-testid="source-document"]');
    const items = await page.$$eval('[data-testid="source-document"]', (nodes) =>
      nodes.map((n) => ({ doc: (n as HTMLElement).dataset.doc, text: n.textContent ?? '' })),
    );
    expect(items.map((i) => i.doc)).toEqual(dataset.documents.map((d) => d.id));
    for (const [i, doc] of dataset.documents.entries()) {
      expect(items[i]!.text).toContain(doc.publisher!);
      const unplaced = dataset.facts.filter((f) => f.doc === doc.id && f.place === null).length;
      if (unplaced > 0)
        expect(items[i]!.text).toContain(`${unplaced} facts name no zone or district`);
      expect(items[i]!.text).not.toMatch(/[{}]/);
      if (doc.repairs.unreadable.length > 0) expect(items[i]!.text).toContain('Unreadable');
    }
  });

  test('charts a measure reported in several years, each point cited, targets apart', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?zone=energy-valley&lang=en');
    const chart = await page.waitForSelector('figure.trend');
    const points = await chart.$$eval('circle[data-fact]', (nodes) =>
      nodes.map((n) => ({
        fact: (n as SVGElement).dataset.fact!,
        target: n.classList.contains('target'),
      })),
    );
    const series = dataset.facts.filter(
      (f) => f.kind === 'figure' && f.series === 'advanced-energy-revenue',
    );
    expect(points.map((p) => p.fact).sort()).toEqual(series.map((f) => f.id).sort());
    for (const point of points) {
      expect(point.target).toBe(factById.get(point.fact)!.status === 'target');
    }
    await (await chart.$('circle[data-fact]'))!.click();
    await page.waitForSelector('dialog[open] mark');
  });
});
