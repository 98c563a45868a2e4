import type { Fact, FigureFact, Unit } from '../model/dataset';
import type { PlaceKey } from '../model/zones';

/** One dated value of a measure, with the fact that states it. */
export interface TrendPoint {
  year: number;
  value: number;
  fact: FigureFact;
}

/** The same measure of the same place over the years, actuals and targets kept apart. */
export interface TrendSeries {
  key: string;
  measure: string;
  place: PlaceKey | null;
  unit: Unit;
  label_zh: string;
  label_en: string | null;
  /** Reported values, oldest first. */
  actual: TrendPoint[];
  /** Targets, oldest first: drawn apart, never joined to the actual line as if achieved. */
  target: TrendPoint[];
}

const byYear = (a: TrendPoint, b: TrendPoint) => a.year - b.year || a.value - b.value;

function points(facts: FigureFact[]): TrendPoint[] {
  const seen = new Set<string>();
  return facts
    .filter((fact) => {
      const key = `${fact.year}|${fact.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((fact) => ({ year: fact.year as number, value: fact.value, fact }))
    .sort(byYear);
}

/** Two different values for one year and status: the facts measure different things. */
function isConsistent(group: FigureFact[]): boolean {
  const values = new Map<string, number>();
  return group.every((fact) => {
    const key = `${fact.status}|${fact.year}`;
    const seen = values.get(key);
    values.set(key, fact.value);
    return seen === undefined || seen === fact.value;
  });
}

/**
 * Groups dated figures by their curated `series` (one quantity tracked across documents, set in
 * data/curation/), place and unit, keeping groups reported for at least two different years
 * (targets count as years). Extracted measure keys alone are too coarse to prove two figures
 * measure the same thing, so uncurated figures never form a trend. The same value stated twice
 * for one year is kept once, with its first fact; a group with two different values for one year
 * and status is dropped, since it cannot be one quantity over time.
 *
 * @example
 * trendSeries([revenue2021, revenue2022, revenueTarget2025])
 * // → [{ measure: 'advanced-energy-revenue', actual: [2021, 2022], target: [2025], … }]
 */
export function trendSeries(facts: readonly Fact[]): TrendSeries[] {
  const groups = new Map<string, FigureFact[]>();
  for (const fact of facts) {
    if (fact.kind !== 'figure' || !fact.series || fact.year === null) continue;
    const key = `${fact.place ?? ''}|${fact.series}|${fact.unit}`;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return [...groups.entries()]
    .filter(([, group]) => new Set(group.map((fact) => fact.year)).size >= 2 && isConsistent(group))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => {
      const actual = points(group.filter((fact) => fact.status === 'actual'));
      const target = points(group.filter((fact) => fact.status === 'target'));
      const named = actual.at(-1)?.fact ?? (group[0] as FigureFact);
      return {
        key,
        measure: named.series as string,
        place: named.place,
        unit: named.unit,
        label_zh: named.label_zh,
        label_en: named.label_en,
        actual,
        target,
      };
    });
}
