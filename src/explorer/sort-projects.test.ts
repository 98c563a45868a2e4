import { describe, expect, it } from 'vitest';
import { sortProjects } from './sort-projects';
import { project } from './test/facts';

const digital2021 = project({
  id: 'digital2021',
  sectors: ['digital'],
  status: 'planned',
  year: 2021,
});
const life2024 = project({
  id: 'life2024',
  sectors: ['life-sciences'],
  status: 'signed',
  year: 2024,
});
const energyUndated = project({
  id: 'energyUndated',
  sectors: ['energy', 'digital'],
  status: 'in-use',
  year: null,
});
const none2023 = project({ id: 'none2023', sectors: [], status: 'under-construction', year: 2023 });
const life2022 = project({
  id: 'life2022',
  sectors: ['life-sciences'],
  status: 'unknown',
  year: 2022,
});
const all = [digital2021, life2024, energyUndated, none2023, life2022];

const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('sortProjects', () => {
  it('sorts by first sector in SPEC order, sectorless last, ties in document order', () => {
    expect(ids(sortProjects(all, 'sector'))).toEqual([
      'life2024',
      'life2022',
      'energyUndated',
      'digital2021',
      'none2023',
    ]);
  });

  it('sorts by status, furthest along first', () => {
    expect(ids(sortProjects(all, 'status'))).toEqual([
      'energyUndated',
      'none2023',
      'life2024',
      'digital2021',
      'life2022',
    ]);
  });

  it('sorts by year, newest first, undated last', () => {
    expect(ids(sortProjects(all, 'year'))).toEqual([
      'life2024',
      'none2023',
      'life2022',
      'digital2021',
      'energyUndated',
    ]);
  });

  it('does not mutate its input', () => {
    const input = [...all];
    sortProjects(input, 'year');
    expect(input).toEqual(all);
  });
});
