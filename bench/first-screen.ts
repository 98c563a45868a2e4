import type { Browser } from 'playwright-core';
import { PROBE, READ_FIRST_SCREEN } from './in-page';

export const VIEWPORT = { width: 1280, height: 800 };

/** One page the benchmark loads: where it is served and what to call it in the report. */
export interface Target {
  name: string;
  url: string;
}

export interface LoadedResource {
  url: string;
  type: string;
  /** Bytes on the wire (the compressed body, as served). */
  bytes: number;
  /** Bytes after decompression. */
  rawBytes: number;
  start: number;
  end: number;
}

/** What one cold load of a page cost, up to `performance.mark('zones-rendered')`. */
export interface FirstScreen {
  /** Navigation start → zones-rendered, ms. */
  zonesRendered: number;
  htmlEnd: number;
  scriptsEnd: number;
  domContentLoaded: number;
  /** The first frame with text or images in it (Paint Timing). */
  firstContentfulPaint: number | null;
  /** When the zone list was first in the document; null on a page without one. */
  zoneListAt: number | null;
  mapCreated: number | null;
  mapLoad: number | null;
  longTaskMs: number;
  longestTaskMs: number;
  resources: LoadedResource[];
}

/** Loads a page once in a fresh browser context (empty cache) and reads its first-screen timings. */
export async function loadCold(browser: Browser, target: Target): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(target.url, { waitUntil: 'commit' });
    try {
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 });
    } catch (error) {
      throw new Error(`${target.name} never marked zones-rendered (${errors.join('; ') || error})`);
    }
    return (await page.evaluate(READ_FIRST_SCREEN)) as FirstScreen;
  } finally {
    await context.close();
  }
}

/**
 * Loads every target `rounds` times, rotating which goes first in each round, so drift in the
 * machine's load falls on all of them alike. One unmeasured warm-up load of each comes first.
 */
export async function loadInTurns(
  browser: Browser,
  targets: readonly Target[],
  rounds: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, FirstScreen[]>> {
  for (const target of targets) await loadCold(browser, target);
  const runs = new Map<string, FirstScreen[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(round + i) % targets.length]!;
      runs.get(target.name)!.push(await loadCold(browser, target));
    }
    onProgress?.(round + 1, rounds);
  }
  return runs;
}

/**
 * Whether the zone list was in the document before the first contentful paint, so the first
 * frame with anything in it shows the sidebar; null when the load has no zone list or no paint.
 */
export function zoneListInFirstPaint(run: FirstScreen): boolean | null {
  if (run.zoneListAt === null || run.firstContentfulPaint === null) return null;
  return run.zoneListAt <= run.firstContentfulPaint;
}

/** Sums the bytes a load fetched before zones-rendered; resources are listed by file name. */
export function firstVisitBytes(run: FirstScreen) {
  const files = run.resources.map((r) => ({
    file: new URL(r.url).pathname.split('/').pop() || 'index.html',
    bytes: r.bytes,
    rawBytes: r.rawBytes,
  }));
  return {
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
    files,
  };
}
