import type { Browser, Page } from 'playwright-core';
import { HELPERS } from './in-page';
import { VIEWPORT } from './first-screen';

interface Timed {
  ms: number | null;
  error?: string;
  listsMs?: number;
  mapMs?: number | null;
  changed?: boolean;
}

/** Samples of one interaction, or why it could not be measured. */
export interface InteractionResult {
  samples: number[];
  /** For the sector toggle: lists painted, measured apart from the map. */
  listsMs?: number[];
  /**
   * The map's part: for a zone click, click → its first redraw (highlight and camera start);
   * for a sector toggle, toggle → the redraw it caused finished (or the lists' time when the
   * toggle changed nothing on the map).
   */
  mapMs?: number[];
  /** How many toggles changed what the lists show (a toggle that changes nothing is cheap). */
  changed?: number;
  unavailable?: string;
}

export interface InteractionRun {
  zoneClick: InteractionResult;
  sectorToggle: InteractionResult;
  zones: number;
  sectors: number;
  projectsShown: number;
  /** Whether the page fetched the dataset file (so a scaled copy would change what it shows). */
  fetchedDataset: boolean;
  /** Uncaught errors the page threw while it was being clicked. */
  errors: string[];
}

export interface InteractionOptions {
  rounds: number;
  /** Rounds of sector toggles (each toggles every chip on and off); defaults to `rounds`. */
  toggleRounds?: number;
  /** Emulate `prefers-reduced-motion: reduce` (the camera jumps instead of flying). */
  reducedMotion?: boolean;
  /** Skip the sector chips (for a quick extra pass over the zones only). */
  zonesOnly?: boolean;
}

async function call(page: Page, expression: string): Promise<Timed> {
  return (await page.evaluate(expression)) as Timed;
}

async function openPage(browser: Browser, url: string, reducedMotion = false) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  await context.addInitScript({ content: HELPERS });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  return { context, page, errors };
}

/**
 * Opens a build at 1280×800, waits for the first screen and the dataset, then times `rounds`
 * rounds of: a click on every zone in the list → its panel painted, once the map has settled
 * from the previous click; and, with the first zone selected, every sector chip toggled on and
 * off → lists painted and the map settled. Hooks that the build does not have yet (docs/contracts.md#test-hooks) are
 * reported, not treated as failures.
 */
export async function measureInteraction(
  browser: Browser,
  url: string,
  options: InteractionOptions,
): Promise<InteractionRun> {
  const { context, page, errors } = await openPage(browser, url, options.reducedMotion);
  try {
    const hooks = (await page.evaluate('window.__bench.hooks()')) as {
      zones: string[];
      sectors: string[];
      projects: number;
    };
    const fetchedDataset = (await page.evaluate(
      `performance.getEntriesByType('resource').some((e) => /\\/data\\/atlas\\.json/.test(e.name))`,
    )) as boolean;

    const zoneClick: InteractionResult = { samples: [], mapMs: [] };
    if (hooks.zones.length === 0) zoneClick.unavailable = 'no zone-list-item in the page';
    for (let round = 0; round < options.rounds && !zoneClick.unavailable; round++) {
      for (const zone of hooks.zones) {
        await page.evaluate('window.__bench.settle()');
        const timed = await call(page, `window.__bench.zoneClick(${JSON.stringify(zone)})`);
        if (timed.ms === null) {
          zoneClick.unavailable = timed.error;
          break;
        }
        zoneClick.samples.push(timed.ms);
        if (typeof timed.mapMs === 'number') zoneClick.mapMs!.push(timed.mapMs);
      }
    }

    const sectorToggle: InteractionResult = { samples: [], listsMs: [], mapMs: [], changed: 0 };
    if (options.zonesOnly) sectorToggle.unavailable = 'not measured in this pass';
    else if (hooks.sectors.length === 0) {
      sectorToggle.unavailable = 'no sector-filter chips in the page';
    }
    if (!sectorToggle.unavailable && hooks.zones[0]) {
      await call(page, `window.__bench.zoneClick(${JSON.stringify(hooks.zones[0])})`);
      await page.evaluate('window.__bench.settle()');
    }
    const toggleRounds = options.toggleRounds ?? options.rounds;
    for (let round = 0; round < toggleRounds && !sectorToggle.unavailable; round++) {
      // Each chip on, then off again, so every round starts from the same state.
      for (const sector of [...hooks.sectors, ...hooks.sectors]) {
        const timed = await call(page, `window.__bench.sectorToggle(${JSON.stringify(sector)})`);
        if (timed.ms === null) {
          sectorToggle.unavailable = timed.error;
          break;
        }
        sectorToggle.samples.push(timed.ms);
        sectorToggle.listsMs!.push(timed.listsMs!);
        sectorToggle.mapMs!.push(timed.mapMs ?? timed.listsMs!);
        if (timed.changed) sectorToggle.changed! += 1;
      }
    }
    const after = (await page.evaluate('window.__bench.hooks()')) as { projects: number };
    return {
      zoneClick,
      sectorToggle,
      zones: hooks.zones.length,
      sectors: hooks.sectors.length,
      projectsShown: Math.max(after.projects, hooks.projects),
      fetchedDataset,
      errors: [...new Set(errors)],
    };
  } finally {
    await context.close();
  }
}

/**
 * The floor under a zone click on this machine: the bare MapLibre page flying to each zone's
 * bounds, timed to the second frame, exactly as the atlas's click is timed.
 */
export async function measureBareFit(
  browser: Browser,
  url: string,
  bounds: [[number, number], [number, number]][],
  options: InteractionOptions,
): Promise<number[]> {
  const { context, page } = await openPage(browser, url, options.reducedMotion);
  try {
    const samples: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      for (const box of bounds) {
        await page.evaluate('window.__bench.settle()');
        samples.push((await call(page, `window.__bench.fitFrames(${JSON.stringify(box)})`)).ms!);
      }
    }
    return samples;
  } finally {
    await context.close();
  }
}
