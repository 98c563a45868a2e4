import { describe, expect, it } from 'vitest';
import { trendSeries } from './trend-series';
import { figure, project } from './test/facts';

const revenue = (
  id: string,
  year: number | null,
  value: number,
  status: 'actual' | 'target' = 'actual',
) =>
  figure({
    id,
    year,
    value,
    status,
    unit: 'CNY',
    measure: 'revenue',
    series: 'energy-revenue',
    place: 'energy-valley',
    label_en: `Revenue ${id}`,
  });

describe('trendSeries', () => {
  it('lines up a measure over the years with targets kept apart', () => {
    const series = trendSeries([
      revenue('r2022', 2022, 5e10),
      revenue('t2025', 2025, 1e11, 'target'),
      revenue('r2021', 2021, 4e10),
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]?.actual.map((p) => [p.year, p.value])).toEqual([
      [2021, 4e10],
      [2022, 5e10],
    ]);
    expect(series[0]?.target.map((p) => p.fact.id)).toEqual(['t2025']);
    expect(series[0]).toMatchObject({
      measure: 'energy-revenue',
      unit: 'CNY',
      label_en: 'Revenue r2022',
    });
  });

  it('drops measures reported for only one year, undated figures and projects', () => {
    const series = trendSeries([
      revenue('a', 2022, 5e10),
      revenue('undated', null, 7e10),
      project({ id: 'p', year: 2020 }),
    ]);
    expect(series).toEqual([]);
  });

  it('keeps the same measure of different places, or in different units, apart', () => {
    const elsewhere = figure({ ...revenue('x', 2021, 1), place: 'district:changping' });
    const inPercent = figure({ ...revenue('y', 2023, 12), unit: 'percent' });
    expect(trendSeries([revenue('a', 2022, 5e10), elsewhere, inPercent])).toEqual([]);
  });

  it('keeps one point when two documents state the same value for a year', () => {
    const series = trendSeries([
      revenue('first', 2022, 5e10),
      revenue('again', 2022, 5e10),
      revenue('r', 2023, 6e10),
    ]);
    expect(series[0]?.actual.map((p) => p.fact.id)).toEqual(['first', 'r']);
  });

  it('drops a group with two different values for one year, as it mixes quantities', () => {
    expect(
      trendSeries([revenue('a', 2021, 4e10), revenue('b', 2022, 5e10), revenue('c', 2022, 8e10)]),
    ).toEqual([]);
    const targets = [
      revenue('a', 2021, 4e10),
      revenue('t1', 2025, 8e10, 'target'),
      revenue('t2', 2025, 9e10, 'target'),
    ];
    expect(trendSeries(targets)).toEqual([]);
  });

  it('never joins figures that only share a measure key: a trend needs a reviewed series', () => {
    const firms = (id: string, year: number, value: number) =>
      figure({ id, year, value, measure: 'enterprises', place: 'life-valley' });
    expect(trendSeries([firms('a', 2021, 63), firms('b', 2023, 600)])).toEqual([]);
  });

  it('joins differently worded figures that curation names as one series', () => {
    const energy = (
      id: string,
      year: number,
      value: number,
      label_zh: string,
      status: 'actual' | 'target',
    ) =>
      figure({
        id,
        year,
        value,
        status,
        unit: 'CNY',
        place: 'district:changping',
        label_zh,
        series: 'advanced-energy-revenue',
      });
    const [series] = trendSeries([
      energy('a', 2021, 2.2e11, '能源产业收入', 'actual'),
      energy('b', 2023, 2.3e11, '先进能源产业收入', 'actual'),
      energy('c', 2030, 4.5e11, '产业收入', 'target'),
    ]);
    expect(series?.actual.map((p) => p.fact.id)).toEqual(['a', 'b']);
    expect(series?.target.map((p) => p.fact.id)).toEqual(['c']);
  });

  it('keeps different series apart', () => {
    const health = (id: string, year: number) =>
      figure({ ...revenue(id, year, year * 2), series: 'health-revenue' });
    const series = trendSeries([
      revenue('e1', 2021, 1),
      health('h1', 2021),
      revenue('e2', 2023, 2),
      health('h2', 2024),
    ]);
    expect(series.map((s) => s.actual.map((p) => p.fact.id))).toEqual([
      ['e1', 'e2'],
      ['h1', 'h2'],
    ]);
  });

  it('ignores figures without a series', () => {
    expect(trendSeries([figure({ id: 'a', year: 2020 }), figure({ id: 'b', year: 2021 })])).toEqual(
      [],
    );
  });
});
