import { describe, expect, it } from 'vitest';
import { countFactsByZone, dimmedZones } from './count-facts-by-zone';
import { dataset, figure, project } from './test/facts';

const data = dataset([
  project({ id: 'a', place: 'energy-valley', sectors: ['energy'] }),
  project({ id: 'b', place: 'energy-valley', sectors: ['manufacturing'] }),
  figure({ id: 'c', place: 'huitian', sectors: [] }),
  figure({ id: 'd', place: 'district:changping', sectors: ['energy'] }),
  project({ id: 'e', place: null, sectors: ['energy'] }),
]);

describe('countFactsByZone', () => {
  it('counts every fact of a zone when no sector is selected', () => {
    const counts = countFactsByZone(data, []);
    expect(counts['energy-valley']).toBe(2);
    expect(counts.huitian).toBe(1);
    expect(counts['future-science-city']).toBe(0);
  });

  it('counts a project named by two documents once', () => {
    const twice = dataset([
      project({ id: 'x', project: 'lab', doc: '000', place: 'life-valley' }),
      project({ id: 'y', project: 'lab', doc: '001', place: 'life-valley' }),
      figure({ id: 'z', place: 'life-valley' }),
    ]);
    expect(countFactsByZone(twice, [])['life-valley']).toBe(2);
  });

  it('counts only facts in the selected sectors, and never district facts', () => {
    const counts = countFactsByZone(data, ['energy']);
    expect(counts['energy-valley']).toBe(1);
    expect(counts.huitian).toBe(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe('dimmedZones', () => {
  it('dims nothing without a sector filter', () => {
    expect(dimmedZones(countFactsByZone(data, []), [])).toEqual(new Set());
  });

  it('dims empty zones but not a parent whose child has something', () => {
    const dimmed = dimmedZones(countFactsByZone(data, ['energy']), ['energy']);
    expect(dimmed.has('energy-valley')).toBe(false);
    expect(dimmed.has('future-science-city')).toBe(false);
    expect(dimmed.has('huitian')).toBe(true);
    expect(dimmed.has('life-valley')).toBe(true);
  });

  it('dims the zones outside a comparison, with or without a sector filter', () => {
    expect(dimmedZones(null, [], ['huitian', 'life-valley'])).toEqual(
      new Set([
        'future-science-city',
        'energy-valley',
        'shahe-university-park',
        'huairou-science-city',
      ]),
    );
    const dimmed = dimmedZones(
      countFactsByZone(data, ['energy']),
      ['energy'],
      ['energy-valley', 'huitian'],
    );
    expect(dimmed.has('energy-valley')).toBe(false);
    expect(dimmed.has('huitian')).toBe(true);
    expect(dimmed.has('life-valley')).toBe(true);
  });
});
