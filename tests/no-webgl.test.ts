import { describe, expect } from 'vitest';
import { test } from './support/atlas-test';
import { withoutWebGL } from './support/without-webgl';

describe('without WebGL', () => {
  test('serves the list view with the same panels and citations', async ({ atlas }) => {
    const { page, problems } = await atlas.open('?lang=en', {
      viewport: { width: 390, height: 844 },
      waitFor: 'nothing',
      prepare: withoutWebGL,
    });
    await page.waitForSelector('[data-testid="no-webgl"]');
    await page.waitForSelector('[data-testid="zone-list-item"] .count');
    await page.click('[data-testid="zone-list-item"][data-zone="energy-valley"]');
    await page.waitForSelector(
      '[data-testid="zone-panel"][data-zone="energy-valley"] [data-testid="figure"]',
    );
    await page.click('[data-testid="zone-panel"] [data-testid="citation"]');
    await page.waitForSelector('dialog[open] mark');
    expect(await page.evaluate(() => 'atlasMap' in window)).toBe(false);
    expect(problems.errors).toEqual([]);
  });
});
