import type { SectorId } from '../model/sectors';

/**
 * One colour per sector for chips, dots and badges: distinct hues, each dark enough for white
 * text and for a 3:1 contrast against the white panel.
 */
export const SECTOR_COLORS: Readonly<Record<SectorId, string>> = {
  'life-sciences': '#1f8a5b',
  energy: '#c25a12',
  manufacturing: '#5b6470',
  digital: '#2f62c4',
  'research-education': '#6b4bb8',
  'infrastructure-urban': '#8a6a16',
  'public-services': '#b8406b',
  ecology: '#3f7f2a',
  'culture-tourism': '#a33f9c',
  'reform-opening': '#0f7c86',
};
