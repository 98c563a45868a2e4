import { readFileSync } from 'node:fs';
import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dataset, Fact, FigureFact } from '../src/model/dataset';
import { projectCards } from '../src/explorer/group-projects';
import { test } from './support/atlas-test';
import { withoutWebGL } from './support/without-webgl';

const dataset = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Dataset;
const factById = new Map(dataset.facts.map((fact) => [fact.id, fact]));
const cards = projectCards(dataset).byFact;
/** The id of the one figure a zone's documents give under this label. */
const figureId = (place: string, label: string) =>
  dataset.facts.find((f) => f.kind === 'figure' && f.place === place && f.label_zh === label)!.id;

const TABLE = '[data-testid="compare-table"]';
const cell = (zone: string, measure: string) =>
  `${TABLE} [data-testid="compare-cell"][data-zone="${zone}"][data-measure="${measure}"]`;

/** What a comparison cell holds, as the page shows it. */
interface CellReading {
  zone: string;
  measure: string;
  empty: boolean;
  citations: number;
  zoneFile: boolean;
  facts: string[];
  text: string;
}

async function readCells(page: Page): Promise<CellReading[]> {
  return page.$$eval(`${TABLE} [data-testid="compare-cell"]`, (cells) =>
    cells.map((td) => {
      const element = td as HTMLElement;
      return {
        zone: element.dataset.zone ?? '',
        measure: element.dataset.measure ?? '',
        empty: element.hasAttribute('data-empty'),
        citations: element.querySelectorAll('[data-testid="citation"]').length,
        zoneFile: element.querySelector('[data-testid="zone-file-area"]') !== null,
        facts: [...element.querySelectorAll<HTMLElement>('[data-fact]')].flatMap((li) =>
          (li.dataset.fact ?? '').split(' '),
        ),
        text: element.textContent ?? '',
      };
    }),
  );
}

/** The key a figure's row has: its reviewed series, else its measure, unit and label. */
const rowOf = (fact: FigureFact) =>
  fact.series
    ? `series:${fact.series}:${fact.unit}`
    : `${fact.measure ?? 'figure'}:${fact.unit}:${fact.label_zh}`;

/** Projects a zone's documents name under a sector filter, one however many documents name it. */
function projectKeys(zone: string, sectors: string[] = []): Set<string> {
  return new Set(
    dataset.facts
      .filter((f) => f.kind === 'project' && f.place === zone)
      .filter((f) => sectors.length === 0 || f.sectors.some((s) => sectors.includes(s)))
      .map((f) => (f as Extract<Fact, { kind: 'project' }>).project),
  );
}

async function projectCount(page: Page, zone: string, measure: string): Promise<number> {
  const text = await page.$eval(cell(zone, measure), (td) =>
    td.hasAttribute('data-empty') ? '0' : (td.querySelector('summary')?.textContent ?? ''),
  );
  return Number.parseInt(text.trim(), 10);
}

describe('comparing zones', () => {
  test('opens from a shared link with every cell cited from that zone’s own facts, or marked not reported', async ({
    atlas,
  }) => {
    const { page, problems } = await atlas.open('?compare=energy-valley,life-valley&lang=en');
    await page.waitForSelector(TABLE);
    const cells = await readCells(page);
    expect(cells.length).toBeGreaterThan(10);
    for (const reading of cells) {
      const filled = reading.citations > 0 || reading.zoneFile;
      expect(filled !== reading.empty, `${reading.zone} ${reading.measure}`).toBe(true);
      for (const id of reading.facts) {
        const fact = factById.get(id);
        // A project card cites every document that names the project, also one that places it
        // only in the district; the card itself is shown at this zone.
        const place = fact?.kind === 'project' ? cards.get(id)?.place : fact?.place;
        expect(place, `${id} in ${reading.zone}`).toBe(reading.zone);
        if (fact?.kind === 'figure' && reading.measure !== 'area') {
          expect(rowOf(fact)).toBe(reading.measure);
        }
      }
    }
    // Each zone's figures line up with the figures its documents give, and nothing else.
    const shownFigures = new Set(
      cells.filter((c) => !c.measure.startsWith('projects')).flatMap((c) => c.facts),
    );
    expect(shownFigures).toContain(figureId('energy-valley', '国家级和北京市重点实验室'));
    expect(shownFigures).toContain(figureId('life-valley', '行业领军企业'));
    // Different kinds of enterprise count keep rows of their own: no row holds both zones.
    for (const row of new Set(cells.map((c) => c.measure))) {
      if (!row.startsWith('enterprises:')) continue;
      expect(cells.filter((c) => c.measure === row && !c.empty)).toHaveLength(1);
    }
    // The area: the cited 44.3 km² and the zone file's 43.5 km², shown as disagreeing.
    const area = cells.find((c) => c.zone === 'energy-valley' && c.measure === 'area')!;
    expect(area.facts).toEqual([figureId('energy-valley', '东区规划面积')]);
    expect(area.text).toContain('44.3');
    expect(area.text).toContain('43.5');
    expect(area.text).toContain('Documents differ');
    const lifeArea = cells.find((c) => c.zone === 'life-valley' && c.measure === 'area')!;
    expect(lifeArea).toMatchObject({ empty: true, text: expect.stringContaining('Not reported') });
    // Projects: counted per project, as the dataset names them.
    expect(await projectCount(page, 'life-valley', 'projects')).toBe(
      projectKeys('life-valley').size,
    );
    expect(await projectCount(page, 'energy-valley', 'projects')).toBe(
      projectKeys('energy-valley').size,
    );
    expect(problems.errors).toEqual([]);
  });

  test('opens from the zone panel and from the zone list, and Back and Forward walk through it', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?zone=energy-valley&lang=en');
    const panel = '[data-testid="zone-panel"] [data-testid="compare-picker"]';
    await page.click(`${panel} summary`);
    await page.check(`${panel} input[data-zone="life-valley"]`);
    await page.click(`${panel} [data-testid="compare-go"]`);
    await page.waitForSelector(TABLE);
    await page.waitForURL((url) => url.searchParams.get('compare') === 'energy-valley,life-valley');
    expect(
      await page.$$eval(`${TABLE} thead th[data-zone]`, (ths) =>
        ths.map((th) => (th as HTMLElement).dataset.zone),
      ),
    ).toEqual(['energy-valley', 'life-valley']);

    await page.click('[data-testid="compare-close"]');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    await page.waitForURL((url) => !url.searchParams.has('compare'));
    await page.goBack();
    await page.waitForSelector(TABLE);
    await page.goBack();
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="energy-valley"]');
    expect(await page.$(TABLE)).toBeNull();
    await page.goForward();
    await page.waitForSelector(cell('life-valley', 'area'));

    // From the zone list, with no zone selected: the order ticked is the order shown.
    const list = '.zone-list [data-testid="compare-picker"]';
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    await page.waitForSelector('[data-testid="zone-list-item"] .count');
    await page.click(`${list} summary`);
    await page.check(`${list} input[data-zone="huitian"]`);
    await page.check(`${list} input[data-zone="shahe-university-park"]`);
    await page.check(`${list} input[data-zone="future-science-city"]`);
    expect(await page.isDisabled(`${list} input[data-zone="life-valley"]`)).toBe(true);
    await page.click(`${list} [data-testid="compare-go"]`);
    await page.waitForURL(
      (url) =>
        url.searchParams.get('compare') === 'huitian,shahe-university-park,future-science-city',
    );
    await page.waitForSelector(cell('future-science-city', 'area'));
  });

  test('says where the zones’ figures are from different years, and nowhere else', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?compare=future-science-city,huitian');
    await page.waitForSelector(TABLE);
    const population = `${TABLE} tr[data-measure="series:resident-population:count"]`;
    await page.waitForSelector(`${population}[data-years-differ]`);
    // 690 000 planned (no year) for Future Science City, 814 000 in 2021 for Huitian.
    expect(
      await page.textContent(cell('future-science-city', 'series:resident-population:count')),
    ).toContain('69万');
    expect(await page.textContent(cell('huitian', 'series:resident-population:count'))).toContain(
      '2021',
    );
    // Every row is marked exactly when its zones' leading values (the first shown in each cell)
    // carry different years, read from the shipped facts those values cite.
    const rows = await page.$$eval(`${TABLE} tr[data-measure]`, (trs) =>
      trs.map((tr) => ({
        marked: tr.hasAttribute('data-years-differ'),
        leading: [...tr.querySelectorAll('td')]
          .map((td) => td.querySelector('li[data-fact]')?.getAttribute('data-fact')?.split(' ')[0])
          .filter((id): id is string => id !== undefined),
      })),
    );
    const years = await page.evaluate(async () => {
      const text = await (await fetch('data/atlas.json')).text();
      const byId: Record<string, number | null> = {};
      for (const line of text.split('\n')) {
        const match = /^\{"id":"([^"]+)".*?"year":(null|\d+)/.exec(line);
        if (match) byId[match[1]!] = match[2] === 'null' ? null : Number(match[2]);
      }
      return byId;
    });
    const figureRows = rows.filter((row) => row.leading.length > 0);
    expect(figureRows.length).toBeGreaterThan(1);
    for (const row of figureRows)
      expect(row.marked).toBe(new Set(row.leading.map((id) => years[id])).size > 1);
    expect(figureRows.some((row) => !row.marked)).toBe(true);
  });

  test('opens a cell’s citation in the source viewer, at the cited sentence', async ({ atlas }) => {
    const { page } = await atlas.open('?compare=huitian,energy-valley&lang=en');
    await page.click(`${cell('huitian', 'area')} [data-testid="citation"]`);
    const mark = await page.waitForSelector('dialog[open] mark');
    expect(await mark.textContent()).toContain('63平方公里');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
  });

  test('applies the sector filter to the project rows, not to the figures', async ({ atlas }) => {
    const path = '?compare=huitian,life-valley&lang=en';
    const { page } = await atlas.open(path);
    await page.waitForSelector(TABLE);
    const figureRows = async () =>
      page.$$eval(`${TABLE} tr[data-measure]`, (rows) =>
        rows.map((row) => (row as HTMLElement).dataset.measure),
      );
    const unfiltered = await figureRows();
    await page.click('[data-testid="sector-filter"][data-sector="public-services"]');
    await page.waitForURL((url) => url.searchParams.get('sectors') === 'public-services');
    await page.waitForSelector(cell('huitian', 'projects-sector:public-services'));
    expect(await figureRows()).toEqual(unfiltered);
    for (const zone of ['huitian', 'life-valley']) {
      expect(await projectCount(page, zone, 'projects')).toBe(
        projectKeys(zone, ['public-services']).size,
      );
    }
    const sectorRows = await page.$$eval(
      `${TABLE} [data-testid="compare-cell"][data-measure^="projects-sector:"]`,
      (cells) => [...new Set(cells.map((c) => (c as HTMLElement).dataset.measure))],
    );
    expect(sectorRows).toEqual(['projects-sector:public-services']);
  });

  test('fits a phone: three zones side by side within the screen, in English', async ({
    atlas,
  }) => {
    const { page, problems } = await atlas.open(
      '?compare=energy-valley,life-valley,huitian&lang=en',
      { viewport: { width: 390, height: 844 } },
    );
    await page.waitForSelector(TABLE);
    const boxes = await page.$$eval(
      `${TABLE} [data-testid="compare-cell"][data-measure="area"]`,
      (cells) =>
        cells.map((td) => {
          const box = td.getBoundingClientRect();
          return { left: box.left, right: box.right, top: box.top, width: box.width };
        }),
    );
    expect(boxes).toHaveLength(3);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
      expect(box.width).toBeGreaterThan(80);
      expect(box.top).toBe(boxes[0]!.top);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await page.textContent(cell('life-valley', 'area'))).toContain('Not reported');
    expect(await page.textContent('[data-testid="compare-view"] h2')).toBe('Zones side by side');
    expect(problems.errors).toEqual([]);
  });

  test('works in the list view without WebGL', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await withoutWebGL(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${inject('baseUrl')}/?compare=shahe-university-park,huairou-science-city`);
    await page.waitForSelector('[data-testid="no-webgl"]');
    await page.waitForSelector(cell('huairou-science-city', 'area'));
    expect(await page.textContent(cell('huairou-science-city', 'area'))).toContain('100.9');
    await page.click(`${TABLE} [data-testid="citation"]`);
    await page.waitForSelector('dialog[open] mark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
