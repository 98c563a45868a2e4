import { describe, expect, it } from 'vitest';
import { countBySector, filterBySectors, toggleSector } from './filter-by-sectors';
import { figure, project } from './test/facts';

const energy = project({ id: 'p1', sectors: ['energy'] });
const lifeAndDigital = project({ id: 'p2', sectors: ['life-sciences', 'digital'] });
const area = figure({ id: 'f1', sectors: [] });

describe('filterBySectors', () => {
  it('keeps every fact when no sector is selected', () => {
    expect(filterBySectors([energy, lifeAndDigital, area], [])).toEqual([
      energy,
      lifeAndDigital,
      area,
    ]);
  });

  it('keeps facts in any of several selected sectors', () => {
    expect(filterBySectors([energy, lifeAndDigital, area], ['digital', 'energy'])).toEqual([
      energy,
      lifeAndDigital,
    ]);
  });

  it('drops facts with no sector unless asked to keep them', () => {
    expect(filterBySectors([energy, area], ['ecology'])).toEqual([]);
    expect(filterBySectors([energy, area], ['ecology'], { keepGeneral: true })).toEqual([area]);
  });

  it('does not mutate its input', () => {
    const facts = [energy, lifeAndDigital];
    const result = filterBySectors(facts, []);
    result.pop();
    expect(facts).toHaveLength(2);
  });
});

describe('countBySector', () => {
  it('counts a list once: the same list gives the same counts without counting again', () => {
    const list = [{ sectors: ['energy'] }] as unknown as Parameters<typeof countBySector>[0];
    expect(countBySector(list)).toBe(countBySector(list));
    expect(countBySector([...list])).not.toBe(countBySector(list));
  });

  it('counts a fact once for each sector it names', () => {
    const counts = countBySector([
      energy,
      lifeAndDigital,
      area,
      project({ id: 'p3', sectors: ['energy', 'energy'] }),
    ]);
    expect(counts.energy).toBe(2);
    expect(counts['life-sciences']).toBe(1);
    expect(counts.digital).toBe(1);
    expect(counts.ecology).toBe(0);
  });
});

describe('toggleSector', () => {
  it('adds a sector in SPEC order and removes it again', () => {
    expect(toggleSector(['energy'], 'life-sciences')).toEqual(['life-sciences', 'energy']);
    expect(toggleSector(['life-sciences', 'energy'], 'energy')).toEqual(['life-sciences']);
    expect(toggleSector([], 'ecology')).toEqual(['ecology']);
  });
});
