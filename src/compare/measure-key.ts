import type { FigureFact, Unit } from '../model/dataset';

/**
 * The reviewed series that holds a zone's whole area (data/curation/overrides.json). Its figures
 * fill the comparison's area row, beside the zone file's documented area, not a row of their own.
 */
export const ZONE_AREA_SERIES = 'zone-area';

/**
 * The measures a comparison shows even when only one of the zones reports them (the others say
 * "not reported"), in the order their rows come, with the units that make them a headline: a
 * count of researchers is one, a percentage labelled with `researchers` is not. Any other figure
 * gets a row only when two compared zones report the same measure.
 */
export const HEADLINE_MEASURES: readonly (readonly [measure: string, units: readonly Unit[]])[] = [
  ['population', ['count']],
  ['employment', ['count']],
  ['enterprises', ['count']],
  ['researchers', ['count']],
  ['research-institutions', ['count']],
  ['laboratories', ['count']],
  ['universities', ['count']],
  ['science-facilities', ['count']],
  ['investment', ['CNY', 'USD']],
  ['fixed-asset-investment', ['CNY', 'USD']],
  ['industry-revenue', ['CNY', 'USD']],
  ['output-value', ['CNY', 'USD']],
  ['gdp', ['CNY', 'USD']],
  ['fiscal-revenue', ['CNY', 'USD']],
];

/**
 * What a figure measures, as a key two figures share exactly when they state the same quantity,
 * so that they may sit in one row of a comparison. The pipeline's `measure` alone is too coarse
 * for that ('enterprises' covers industry-leading firms, firms helped by a policy and units of
 * state-owned groups alike), so the key is, as for trend charts (docs/contracts.md#facts-values-and-units):
 * - the reviewed `series`, when the figure has one: curation has judged its figures one quantity
 *   whatever their labels (常住人口 and 规划常住人口);
 * - otherwise the measure, the unit and the exact Chinese label together.
 * Status and year are not part of it: a target and an actual of one quantity share a row, each
 * value showing which it is.
 *
 * @example
 * measureKey({ measure: 'enterprises', unit: 'count', label_zh: '规上先进能源企业' }) // → 'enterprises:count:规上先进能源企业'
 * measureKey({ series: 'resident-population', unit: 'count', label_zh: '常住人口' }) // → 'series:resident-population:count'
 */
export function measureKey(
  figure: Pick<FigureFact, 'series' | 'measure' | 'unit' | 'label_zh'>,
): string {
  if (figure.series) return `series:${figure.series}:${figure.unit}`;
  return `${figure.measure ?? 'figure'}:${figure.unit}:${figure.label_zh.replace(/\s+/g, '')}`;
}

/** Whether two figures state the same quantity (see `measureKey`). */
export function isSameMeasure(
  a: Pick<FigureFact, 'series' | 'measure' | 'unit' | 'label_zh'>,
  b: Pick<FigureFact, 'series' | 'measure' | 'unit' | 'label_zh'>,
): boolean {
  return measureKey(a) === measureKey(b);
}

/**
 * Where a figure's row stands among the headline measures (`HEADLINE_MEASURES`), or -1 when it
 * is not one. A reviewed series counts as a headline under its measure, or after them all.
 */
export function headlineRank(figure: Pick<FigureFact, 'series' | 'measure' | 'unit'>): number {
  const rank = HEADLINE_MEASURES.findIndex(
    ([measure, units]) => measure === figure.measure && units.includes(figure.unit),
  );
  if (rank === -1 && figure.series) return HEADLINE_MEASURES.length;
  return rank;
}
