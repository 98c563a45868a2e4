import { describe, expect, it } from 'vitest';
import { layoutTrend } from './layout-trend';
import type { TrendSeries } from './trend-series';
import { figure } from './test/facts';

const box = { width: 120, height: 70, padding: { top: 10, right: 10, bottom: 10, left: 10 } };
const point = (year: number, value: number, status: 'actual' | 'target' = 'actual') => ({
  year,
  value,
  fact: figure({ id: `${status}${year}`, year, value, status }),
});
const series = (actual: TrendSeries['actual'], target: TrendSeries['target']): TrendSeries => ({
  key: 'k',
  measure: 'revenue',
  place: 'energy-valley',
  unit: 'CNY',
  label_zh: '营收',
  label_en: 'Revenue',
  actual,
  target,
});

describe('layoutTrend', () => {
  it('spaces years by time and scales values from zero to 110% of the largest', () => {
    const layout = layoutTrend(
      series([point(2020, 50), point(2021, 100)], [point(2025, 110, 'target')]),
      box,
    );
    expect(layout.maxValue).toBeCloseTo(121);
    expect(layout.yearTicks.map((t) => [t.year, t.x])).toEqual([
      [2020, 10],
      [2021, 30],
      [2025, 110],
    ]);
    expect(layout.baseline).toBe(60);
    expect(layout.points[1]?.y).toBeCloseTo(10 + (1 - 100 / 121) * 50);
  });

  it('joins actuals with a solid path and leads the dashed path from the last actual', () => {
    const layout = layoutTrend(
      series([point(2020, 50), point(2021, 100)], [point(2025, 110, 'target')]),
      box,
    );
    expect(layout.actualPath.startsWith('M10.0,')).toBe(true);
    expect(layout.actualPath.split(' ')).toHaveLength(2);
    expect(layout.targetPath.startsWith('M30.0,')).toBe(true);
    expect(layout.points.map((p) => p.status)).toEqual(['actual', 'actual', 'target']);
  });

  it('draws no lines where there is nothing to join', () => {
    const layout = layoutTrend(series([point(2020, 50)], []), box);
    expect(layout.actualPath).toBe('');
    expect(layout.targetPath).toBe('');
  });

  it('copes with all-zero values', () => {
    const layout = layoutTrend(series([point(2020, 0), point(2022, 0)], []), box);
    expect(layout.maxValue).toBe(1);
    expect(layout.points.every((p) => p.y === 60)).toBe(true);
  });
});
