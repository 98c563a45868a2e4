import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file';

describe('exportFileName', () => {
  it('names the zones in order, then the sector filter', () => {
    expect(exportFileName('csv', ['huitian'], [])).toBe('science-city-atlas_huitian.csv');
    expect(exportFileName('geojson', ['energy-valley', 'life-valley'], ['energy', 'digital'])).toBe(
      'science-city-atlas_energy-valley_life-valley_sectors-energy-digital.geojson',
    );
  });
});
