import { describe, expect, it } from 'vitest';
import { HEADLINE_MEASURES, headlineRank, isSameMeasure, measureKey } from './measure-key';
import { figure } from '../explorer/test/facts';

describe('isSameMeasure', () => {
  it('keeps apart figures the pipeline files under one measure but that count different things', () => {
    const leading = figure({ id: 'a', measure: 'enterprises', label_zh: '行业领军企业' });
    const energy = figure({ id: 'b', measure: 'enterprises', label_zh: '规上先进能源企业' });
    expect(isSameMeasure(leading, energy)).toBe(false);
  });

  it('lines up figures with the same measure, unit and label, whatever their zone, year or status', () => {
    const a = figure({ id: 'a', place: 'huitian', measure: 'population', label_zh: '常住人口' });
    const b = figure({
      id: 'b',
      place: 'future-science-city',
      measure: 'population',
      label_zh: '常住 人口',
      year: null,
      status: 'target',
    });
    expect(isSameMeasure(a, b)).toBe(true);
  });

  it('keeps apart the same label in different units', () => {
    const count = figure({ id: 'a', measure: 'parks', label_zh: '公园', unit: 'count' });
    const area = figure({ id: 'b', measure: 'parks', label_zh: '公园', unit: 'ha' });
    expect(isSameMeasure(count, area)).toBe(false);
  });

  it('lines up a reviewed series across different labels, and only within its unit', () => {
    const actual = figure({ id: 'a', label_zh: '常住人口', series: 'resident-population' });
    const planned = figure({ id: 'b', label_zh: '规划常住人口', series: 'resident-population' });
    const other = figure({ id: 'c', label_zh: '常住人口', measure: 'population' });
    expect(isSameMeasure(actual, planned)).toBe(true);
    expect(isSameMeasure(actual, other)).toBe(false);
    expect(measureKey(actual)).toBe('series:resident-population:count');
  });
});

describe('headlineRank', () => {
  it('ranks headline measures in their order and only in their units', () => {
    const researchers = headlineRank(figure({ id: 'a', measure: 'researchers', unit: 'count' }));
    const share = headlineRank(figure({ id: 'b', measure: 'researchers', unit: 'percent' }));
    const revenue = headlineRank(figure({ id: 'c', measure: 'industry-revenue', unit: 'CNY' }));
    expect(researchers).toBeGreaterThanOrEqual(0);
    expect(revenue).toBeGreaterThan(researchers);
    expect(share).toBe(-1);
  });

  it('puts a reviewed series that is no headline measure after them all', () => {
    expect(headlineRank(figure({ id: 'a', measure: 'parks', series: 'park-count' }))).toBe(
      HEADLINE_MEASURES.length,
    );
    expect(headlineRank(figure({ id: 'b', measure: 'parks' }))).toBe(-1);
  });
});
