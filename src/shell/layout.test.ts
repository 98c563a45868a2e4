import { describe, expect, it } from 'vitest';
import { chooseLayout, LAYOUT_REGIONS, mapPadding } from './layout';

describe('chooseLayout', () => {
  it('gives the list view whenever the map cannot be drawn', () => {
    for (const embed of [false, true])
      for (const narrow of [false, true])
        expect(chooseLayout({ webgl: false, embed, narrow })).toBe('list');
  });

  it('keeps an embed an embed at any width', () => {
    expect(chooseLayout({ webgl: true, embed: true, narrow: false })).toBe('embed');
    expect(chooseLayout({ webgl: true, embed: true, narrow: true })).toBe('embed');
  });

  it('puts the panel in a bottom sheet on a narrow screen and beside the map otherwise', () => {
    expect(chooseLayout({ webgl: true, embed: false, narrow: true })).toBe('sheet');
    expect(chooseLayout({ webgl: true, embed: false, narrow: false })).toBe('page');
  });
});

describe('LAYOUT_REGIONS', () => {
  it('draws no map in the list view and no page chrome in an embed', () => {
    expect(LAYOUT_REGIONS.list).not.toContain('map');
    expect(LAYOUT_REGIONS.embed).not.toContain('header');
    for (const regions of Object.values(LAYOUT_REGIONS)) {
      expect(regions).toContain('sidebar');
      expect(regions).toContain('overlays');
    }
  });
});

describe('mapPadding', () => {
  it('keeps a fitted zone above the bottom sheet, however tall the window', () => {
    for (const height of [500, 667, 844, 1024]) {
      const padding = mapPadding('sheet', height);
      expect(padding.bottom, `${height}`).toBeGreaterThanOrEqual(height / 2);
      expect(padding.top + padding.bottom, `${height}`).toBeLessThan(height);
    }
    expect(mapPadding('sheet', 844).bottom).not.toBe(mapPadding('sheet', 600).bottom);
  });

  it('leaves most of a small embedded map to the zone', () => {
    const padding = mapPadding('embed', 400);
    expect(padding.left + padding.right).toBeLessThan(360 / 4);
    expect(padding.top + padding.bottom).toBeLessThan(200 / 4);
    expect(padding.right).toBeGreaterThan(padding.left);
  });

  it('clears the zoom buttons beside the map on a page', () => {
    const padding = mapPadding('page', 800);
    expect(padding.right).toBeGreaterThan(padding.left);
    expect(mapPadding('page', 1200)).toEqual(padding);
  });
});
