import type { TrendPoint, TrendSeries } from './trend-series';

/** The drawing box of a trend chart, in SVG user units. */
export interface TrendLayoutOptions {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

/** A point placed on the chart. */
export interface PlacedPoint {
  x: number;
  y: number;
  point: TrendPoint;
  status: 'actual' | 'target';
}

/** Everything a chart component needs to draw, with no arithmetic left for the template. */
export interface TrendLayout {
  points: PlacedPoint[];
  /** Solid line through the actual values. Empty when there is fewer than two. */
  actualPath: string;
  /** Dashed line from the last actual value on to the targets. Empty when there are no targets. */
  targetPath: string;
  /** One tick per year that has a point. */
  yearTicks: { x: number; year: number }[];
  /** The value at the top of the plot area, and the y of the zero line. */
  maxValue: number;
  baseline: number;
}

const path = (points: PlacedPoint[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * Places a series on a chart from zero to a little above its largest value, years evenly
 * spaced by time (a gap of three years looks three times as wide as a gap of one).
 *
 * @example
 * layoutTrend(series, { width: 320, height: 140, padding: { top: 12, right: 12, bottom: 24, left: 12 } })
 * // → { points: [{ x: 12, y: 80.4, … }, …], actualPath: 'M12.0,80.4 L…', targetPath: '', … }
 */
export function layoutTrend(series: TrendSeries, options: TrendLayoutOptions): TrendLayout {
  const { width, height, padding } = options;
  const all = [...series.actual, ...series.target];
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const first = years[0] ?? 0;
  const span = Math.max(1, (years.at(-1) ?? first) - first);
  const maxValue = Math.max(0, ...all.map((p) => p.value)) * 1.1 || 1;
  const plotWidth = width - padding.left - padding.right;
  const plotHeight = height - padding.top - padding.bottom;
  const x = (year: number) => padding.left + ((year - first) / span) * plotWidth;
  const y = (value: number) => padding.top + (1 - value / maxValue) * plotHeight;
  const place = (status: PlacedPoint['status']) => (point: TrendPoint) => ({
    x: x(point.year),
    y: y(point.value),
    point,
    status,
  });

  const actual = series.actual.map(place('actual'));
  const target = series.target.map(place('target'));
  const last = actual.at(-1);
  const lead = last !== undefined && target.length > 0 ? [last] : [];
  return {
    points: [...actual, ...target],
    actualPath: actual.length >= 2 ? path(actual) : '',
    targetPath: target.length === 0 ? '' : path([...lead, ...target]),
    yearTicks: years.map((year) => ({ x: x(year), year })),
    maxValue,
    baseline: y(0),
  };
}
