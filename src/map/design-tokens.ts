import type { ZoneId } from '../model/zones';

/**
 * Colours and widths of the map, in one place, so the basemap and zone layers are built from
 * the same palette and the legend can show the very colours the map uses.
 */
export const TOKENS = {
  background: '#f3f1ec',
  land: '#f7f6f2',
  districtFill: '#efece4',
  districtLine: '#b3a9c4',
  districtLabel: '#8a8177',
  water: '#b9d5ea',
  waterLine: '#93bcdc',
  river: '#8fbde0',
  motorway: '#eeb368',
  motorwayCasing: '#c57e2c',
  ring: '#d9893a',
  arterial: '#ffffff',
  arterialCasing: '#cfc8bd',
  rail: '#5f5a73',
  station: '#ffffff',
  placeText: '#4a4540',
  halo: 'rgba(255,255,255,0.9)',
} as const;

/** One colour per zone; parents are drawn lighter and dashed so children read as nested. */
export const ZONE_COLORS: Readonly<Record<ZoneId, string>> = {
  'future-science-city': '#4a55c2',
  'life-valley': '#1f9d6b',
  'energy-valley': '#d9691e',
  'shahe-university-park': '#2f7fd0',
  huitian: '#a0479e',
  'huairou-science-city': '#0f8f94',
};

/** Font families for locally rendered labels (the style has no `glyphs`, so nothing is downloaded). */
export const FONT_STACK = [
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei',
  'PingFang SC',
  'Microsoft YaHei',
  'sans-serif',
];
