import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { STATE_TIMEOUT, test } from './support/atlas-test';
import type { Dataset, Fact } from '../src/model/dataset';
import { projectCards } from '../src/explorer/group-projects';

const dataset = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as Dataset;
const factById = new Map(dataset.facts.map((fact) => [fact.id, fact]));
const documentById = new Map(dataset.documents.map((doc) => [doc.id, doc]));
const zoneFigures = (zone: string) =>
  dataset.facts.filter((fact) => fact.place === zone && fact.kind === 'figure').map((f) => f.id);
/** The mentions of the project cards a zone's panel shows (a card's citations). */
const zoneProjectMentions = (zone: string) =>
  (projectCards(dataset).byPlace.get(zone as Fact['place'] & string) ?? []).flatMap((card) =>
    card.citations.map((fact) => fact.id),
  );

const SHEET_CHUNK = /\/assets\/ZoneSheet-[\w-]+\.js$/;

/** What the print sheet holds: its rows with their note numbers, and its notes. */
function readSheet(page: Page) {
  return page.$eval('[data-testid="print-sheet"]', (sheet) => {
    // A project row is a card: its mentions' fact ids and their notes, space-separated.
    const rows = (testid: string) =>
      [...sheet.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)].map((row) => ({
        facts: row.dataset.fact!.split(' '),
        notes: row.dataset.note!.split(' ').map(Number),
      }));
    return {
      zone: (sheet as HTMLElement).dataset.zone,
      map: (sheet as HTMLElement).dataset.map,
      figures: rows('print-figure'),
      projects: rows('print-project'),
      notes: [...sheet.querySelectorAll<HTMLElement>('[data-testid="print-note"]')].map((note) => ({
        number: Number(note.dataset.note),
        doc: note.dataset.doc!,
        text: note.textContent ?? '',
      })),
      buttons: sheet.querySelectorAll('button, a, input, select').length,
    };
  });
}

describe('printing a zone sheet', () => {
  test('prints the zone alone: its map, figures and projects, and numbered notes that match the dataset, black on white', async ({
    atlas,
  }) => {
    const { page, problems } = await atlas.open('?zone=huitian&lang=en');
    await page.waitForSelector('[data-testid="print-sheet"][data-zone="huitian"]', {
      state: 'attached',
    });
    expect(await page.isVisible('[data-testid="print-sheet"]')).toBe(false);
    // Until it prints, the unseen sheet holds no rows: a click never waits for their layout.
    expect(await page.$$('[data-testid="print-sheet"] [data-testid="print-figure"]')).toHaveLength(
      0,
    );
    // Even with a zone in the link, the sheet's code is fetched after the zones are drawn.
    const timing = await page.evaluate(() => ({
      zones: performance.getEntriesByName('zones-rendered')[0]!.startTime,
      sheet: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/ZoneSheet-/.test(entry.name))
        .map((entry) => entry.startTime),
    }));
    expect(timing.sheet.length).toBeGreaterThan(0);
    for (const start of timing.sheet) expect(start).toBeGreaterThan(timing.zones);

    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('[data-testid="print-sheet"][data-map="true"]');
    for (const chrome of [
      '[data-testid="zone-panel"]',
      '[data-testid="copy-link"]',
      '[data-testid="print-button"]',
      '[data-testid="zone-list-item"]',
      '.maplibregl-canvas',
    ]) {
      expect(await page.isVisible(chrome), chrome).toBe(false);
    }
    expect(await page.isVisible('[data-testid="print-sheet"]')).toBe(true);

    const sheet = await readSheet(page);
    expect(sheet.zone).toBe('huitian');
    expect(sheet.buttons).toBe(0);
    expect(sheet.figures.flatMap((row) => row.facts).sort()).toEqual(zoneFigures('huitian').sort());
    expect(sheet.projects.flatMap((row) => row.facts).sort()).toEqual(
      zoneProjectMentions('huitian').sort(),
    );

    // Notes are numbered 1, 2, 3 … in the order the sheet first cites them; each row's number
    // leads to its own document and sentence, with publisher, title and date.
    expect(sheet.notes.map((note) => note.number)).toEqual(sheet.notes.map((_, i) => i + 1));
    const rows = [...sheet.figures, ...sheet.projects];
    let highest = 0;
    for (const row of rows) {
      for (const number of row.notes) {
        expect(number, row.facts.join(' ')).toBeLessThanOrEqual(highest + 1);
        highest = Math.max(highest, number);
      }
      // Each mention's sentence is one of its row's notes, with publisher, title and date.
      for (const id of row.facts) {
        const fact = factById.get(id)!;
        const doc = documentById.get(fact.doc)!;
        const note = row.notes
          .map((number) => sheet.notes[number - 1]!)
          .find((candidate) => candidate.doc === fact.doc && candidate.text.includes(fact.quote));
        expect(note, id).toBeDefined();
        for (const field of [doc.publisher, doc.title, doc.date])
          expect(note!.text).toContain(field);
      }
    }
    expect(new Set(rows.flatMap((row) => row.notes)).size).toBe(sheet.notes.length);

    const look = await page.$eval('[data-testid="print-sheet"]', (element) => {
      const canvas = element.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 97) {
        colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      }
      const style = getComputedStyle(element);
      return { colours: colours.size, color: style.color, background: style.backgroundColor };
    });
    expect(look.colours).toBeGreaterThan(20);
    expect(look).toMatchObject({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });

    // The browser's own print to PDF lays the sheet out on A4 pages.
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(1);
    expect(problems.errors).toEqual([]);
  });

  test('prints a complete sheet when Ctrl+P is pressed before the sheet has arrived', async ({
    atlas,
  }) => {
    const { page, problems } = await atlas.open('?lang=zh');
    // Hold the sheet's code until the shortcut has been pressed.
    let held: Route | null = null;
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(SHEET_CHUNK, async (route) => {
      held = route;
      await released;
      await route.continue();
    });
    // What the page holds at the moment it prints (after its beforeprint handlers ran).
    await page.evaluate(() => {
      const print = window.print.bind(window);
      window.print = () => {
        print();
        const sheet = document.querySelector<HTMLElement>('[data-testid="print-sheet"]');
        (window as unknown as { __printed: unknown }).__printed = {
          zone: sheet?.dataset.zone ?? null,
          map: sheet?.dataset.map ?? null,
          figures: sheet?.querySelectorAll('[data-testid="print-figure"]').length ?? 0,
          projects: sheet?.querySelectorAll('[data-testid="print-project"]').length ?? 0,
          notes: sheet?.querySelectorAll('[data-testid="print-note"]').length ?? 0,
        };
      };
    });

    await page.click('[data-testid="zone-list-item"][data-zone="huitian"]');
    await page.waitForSelector(
      '[data-testid="zone-panel"][data-zone="huitian"] [data-testid="figure"]',
    );
    expect(await page.$('[data-testid="print-sheet"]')).toBeNull();
    await page.keyboard.press('Control+p');
    await expect.poll(() => held).not.toBeNull();
    expect(await page.evaluate(() => '__printed' in window)).toBe(false);
    release();

    const printed = await page.waitForFunction(
      () => (window as unknown as { __printed?: unknown }).__printed,
    );
    expect(await printed.jsonValue()).toMatchObject({
      zone: 'huitian',
      map: 'true',
      figures: zoneFigures('huitian').length,
      projects: projectCards(dataset).byPlace.get('huitian')!.length,
    });
    expect(((await printed.jsonValue()) as { notes: number }).notes).toBeGreaterThan(0);
    expect(problems.errors).toEqual([]);
  });

  test('keeps the sheet out of the first visit and its idle-time preloads, and fetches it once a zone is selected', async ({
    atlas,
  }) => {
    // Every script the page asks for, by part name, from the first request on.
    const asked = new Set<string>();
    const { page } = await atlas.open('?lang=en', {
      prepare: async (context) =>
        context.on('request', (request) => {
          const part = /\/assets\/([A-Za-z]+)-[\w-]+\.js/.exec(request.url())?.[1];
          if (part) asked.add(part);
        }),
    });
    // Once the data is in, the parts the atlas preloads are asked for in idle time, all at once.
    await expect
      .poll(() => [...asked], { timeout: STATE_TIMEOUT })
      .toEqual(expect.arrayContaining(['SourceViewer', 'SourcesDialog', 'TrendChart']));
    expect([...asked]).not.toContain('ZoneSheet');
    expect([...asked]).not.toContain('EmbedPanel');

    const sheet = page.waitForResponse((response) => SHEET_CHUNK.test(response.url()));
    await page.click('[data-testid="zone-list-item"][data-zone="life-valley"]');
    await sheet;
    await page.waitForSelector('[data-testid="print-sheet"][data-zone="life-valley"]', {
      state: 'attached',
    });
    expect([...asked]).not.toContain('EmbedPanel');
  });
});
