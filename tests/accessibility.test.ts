import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { test } from './support/atlas-test';
import { withoutWebGL } from './support/without-webgl';

/**
 * axe-core's script, run in the page with `page.evaluate`: the atlas's Content-Security-Policy
 * blocks an inline `<script>`, and a test must not loosen the policy it checks the page under.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.1 A and AA rules, and nothing else; no rule is excluded. */
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
  elementRef: false,
};

/** Each violation as one line: rule, impact, what it asks, and the selector of every node that fails it. */
function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ` +
      v.nodes.map((node) => node.target.join(' ')).join(' | '),
  );
}

/** Runs axe on the page as it is now and fails with the violations listed. */
async function expectNoViolations(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (o: unknown) => Promise<AxeResults> } }).axe.run(options),
    AXE_OPTIONS,
  );
  const found = describeViolations(results.violations);
  expect(found, `axe-core found violations:\n${found.join('\n')}`).toEqual([]);
}

const PHONE = { width: 390, height: 844 };
const panelWithFigures = (zone: string) =>
  `[data-testid="zone-panel"][data-zone="${zone}"] [data-testid="figure"]`;
/** The zone list once the dataset is in: each zone shows its count. */
const LIST_COUNTED = '[data-testid="zone-list-item"] .count';

describe('accessibility: no WCAG 2.1 A or AA violation found by axe-core', () => {
  test('the start page', async ({ atlas }) => {
    const { page } = await atlas.open('');
    await page.waitForSelector(LIST_COUNTED);
    await expectNoViolations(page);
  });

  test('a selected zone, in Chinese', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=life-valley&lang=zh');
    await page.waitForSelector(panelWithFigures('life-valley'));
    await expectNoViolations(page);
  });

  test('a selected zone, in English', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=life-valley&lang=en');
    await page.waitForSelector(panelWithFigures('life-valley'));
    await expectNoViolations(page);
  });

  test('a phone, the bottom sheet open on a zone', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=huitian&lang=en', { viewport: PHONE });
    await page.waitForSelector(`.sheet ${panelWithFigures('huitian')}`);
    await expectNoViolations(page);
  });

  test('the source viewer, opened from a citation in the zone panel', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=energy-valley&lang=en');
    await page.click('[data-testid="zone-panel"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    await expectNoViolations(page);
  });

  test('the sources dialog', async ({ atlas }) => {
    const { page } = await atlas.open('?lang=zh');
    await page.waitForSelector(LIST_COUNTED);
    await page.click('[data-testid="sources-button"]');
    await page.waitForSelector('dialog[open] [data-testid="source-document"]');
    await expectNoViolations(page);
  });

  test('the list view without WebGL, a zone selected', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=energy-valley&lang=en', {
      viewport: PHONE,
      waitFor: 'nothing',
      prepare: withoutWebGL,
    });
    await page.waitForSelector('[data-testid="no-webgl"]');
    await page.waitForSelector(panelWithFigures('energy-valley'));
    await expectNoViolations(page);
  });

  test('the comparison', async ({ atlas }) => {
    const { page } = await atlas.open('?compare=energy-valley,life-valley&lang=en');
    await page.waitForSelector('[data-testid="compare-table"] [data-testid="citation"]');
    await expectNoViolations(page);
  });

  test('embed mode', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=huitian&lang=zh&embed=1', {
      viewport: { width: 900, height: 600 },
    });
    await page.waitForSelector(
      '[data-testid="embed-panel"][data-zone="huitian"] [data-testid="citation"]',
    );
    await expectNoViolations(page);
  });

  test('the print layout', async ({ atlas }) => {
    const { page } = await atlas.open('?zone=huitian&lang=en');
    await page.waitForSelector('[data-testid="print-sheet"][data-zone="huitian"]', {
      state: 'attached',
    });
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('[data-testid="print-sheet"][data-map="true"]');
    await page.waitForSelector('[data-testid="print-sheet"] [data-testid="print-figure"]');
    await expectNoViolations(page);
  });
});

describe('keyboard and screen reader', () => {
  test('selecting a zone from the list with the keyboard announces its name', async ({ atlas }) => {
    const { page } = await atlas.open('?lang=en', { waitFor: 'app' });
    const announcement = '.shell > [aria-live="polite"]';
    expect(await page.textContent(announcement)).toBe('');
    await page.focus('[data-testid="zone-list-item"][data-zone="future-science-city"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="zone-panel"][data-zone="life-valley"]');
    expect(await page.textContent(announcement)).toBe('Life Valley');
    // The key that selected the zone leaves focus where it was.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.zone)).toBe(
      'life-valley',
    );
  });

  test('the sources dialog hands focus back to the button that opened it, after Escape and after Close', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?lang=zh');
    await page.waitForSelector(LIST_COUNTED);
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid ?? null);
    await page.focus('[data-testid="sources-button"]');
    for (const close of ['Escape', 'Enter']) {
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog[open] [data-testid="source-document"]');
      // Focus starts on the dialog's Close button, which Enter presses.
      await page.keyboard.press(close);
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      expect(await focused(), close).toBe('sources-button');
    }
  });

  test('a citation pressed again the moment the source viewer closes opens it again', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?zone=energy-valley&lang=en');
    const citation = '[data-testid="zone-panel"] [data-testid="citation"]';
    await page.focus(citation);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] mark');
    // Focus comes back to the citation as the dialog closes, a task before its `close` event:
    // the citation is pressed right then, as a quick keyboard user would.
    await page.$eval(citation, (button) =>
      button.addEventListener(
        'focus',
        () => queueMicrotask(() => (button as HTMLElement).click()),
        {
          once: true,
        },
      ),
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open] mark');
  });

  test('on a phone, Tab reaches the selected zone before the search and filters under it', async ({
    atlas,
  }) => {
    const { page } = await atlas.open('?zone=huitian&lang=en', { viewport: PHONE });
    await page.waitForSelector(panelWithFigures('huitian'));
    await page.focus('[data-testid="lang-switch"]');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const focused = document.activeElement!;
      const search = document.querySelector('[role="combobox"]')!;
      return {
        inPanel: focused.closest('.panel') !== null,
        aboveSearch: focused.getBoundingClientRect().top < search.getBoundingClientRect().top,
      };
    });
    expect(next).toEqual({ inPanel: true, aboveSearch: true });
  });

  test('the map’s own controls are named in the page’s language', async ({ atlas }) => {
    const { page } = await atlas.open('?lang=zh');
    const names = () =>
      page.evaluate(() =>
        [
          '.maplibregl-canvas',
          '.maplibregl-ctrl-zoom-in',
          '.maplibregl-ctrl-zoom-out',
          '.maplibregl-ctrl-attrib-button',
        ].map((selector) => document.querySelector(selector)!.getAttribute('aria-label')),
      );
    expect(await names()).toEqual(['地图画面', '放大', '缩小', '显示或隐藏地图来源']);
    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('html[lang="en"]');
    expect(await names()).toEqual([
      'Map view',
      'Zoom in',
      'Zoom out',
      'Show or hide the map credits',
    ]);
  });
});
