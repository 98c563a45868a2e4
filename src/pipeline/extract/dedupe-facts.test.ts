import { describe, expect, it } from 'vitest';
import type { FigureFact } from '../../model/dataset';
import { dedupeFacts, withUniqueIds } from './dedupe-facts';

const figure = (over: Partial<FigureFact>): FigureFact => ({
  id: 'x-f-1',
  doc: 'x',
  kind: 'figure',
  place: 'huitian',
  sectors: [],
  value: 91,
  unit: 'count',
  approx: false,
  status: 'target',
  year: null,
  label_zh: '民生项目',
  label_en: 'Projects',
  quote: '“回天”地区计划实施91个民生项目,',
  span: [0, 18],
  ...over,
});

describe('dedupeFacts', () => {
  it('keeps one figure when one mention dates it and another does not, and keeps the dated one', () => {
    const summary = figure({
      quote: '说起人才高地、“回天”地区计划实施91个民生项目,',
      span: [155, 190],
    });
    const body = figure({
      year: 2020,
      quote: '今年“回天”地区计划实施91个民生项目,',
      span: [631, 651],
    });
    expect(dedupeFacts([summary, body])).toEqual([body]);
  });

  it('keeps figures apart when both are dated and the years differ', () => {
    const a = figure({ year: 2020, quote: '2020年“回天”地区计划实施91个民生项目,' });
    const b = figure({
      year: 2021,
      quote: '2021年“回天”地区计划实施91个民生项目,',
      span: [40, 60],
    });
    expect(dedupeFacts([a, b])).toHaveLength(2);
  });
});

describe('withUniqueIds', () => {
  it('gives a later fact with a taken id a numbered suffix and leaves the first as it was', () => {
    const facts = [figure({}), figure({ value: 3 }), figure({ value: 4 }), figure({ id: 'x-f-2' })];
    expect(withUniqueIds(facts).map((f) => f.id)).toEqual(['x-f-1', 'x-f-1-2', 'x-f-1-3', 'x-f-2']);
  });
});
