import { describe, expect, it } from 'vitest';
import type { FigureFact, ProjectFact } from '../../model/dataset';
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

/** A project mention; the defaults are a school named after the whole zone. */
const project = (over: Partial<ProjectFact>): ProjectFact => ({
  id: 'x-p-1',
  doc: 'x',
  kind: 'project',
  place: 'future-science-city',
  sectors: [],
  project: 'p-abc',
  name_zh: '甲城第二中学',
  name_en: 'Jia City No. 2 Middle School',
  label_zh: '甲城第二中学',
  label_en: 'Jia City No. 2 Middle School',
  status: 'completed',
  year: 2019,
  quote: '甲城第二中学建成后,',
  span: [40, 50],
  ...over,
});

describe('dedupeFacts', () => {
  it('keeps the mention of a project that places it in a zone over one that gives the district', () => {
    const park = {
      name_zh: '甲科技园',
      name_en: 'Jia Science Park',
      status: 'signed',
      year: 2007,
    } as const;
    const inTitle = project({
      ...park,
      place: 'district:changping',
      quote: '甲科技园正式落户昌平',
      span: [0, 10],
    });
    const inBody = project({ ...park, quote: '在乙基地建设甲科技园,', span: [40, 51] });
    expect(dedupeFacts([inTitle, inBody])).toEqual([inBody]);
  });

  it('keeps the mention of a project in a zone’s part over one in the whole zone', () => {
    const alone = project({});
    const inEast = project({
      place: 'energy-valley',
      status: 'under-construction',
      quote: '东区两所在建学校分别为甲城第二中学、乙学校。',
      span: [60, 82],
    });
    expect(dedupeFacts([inEast, alone])).toEqual([inEast]);
  });

  it('keeps the exact figure when a headline rounds it with a qualifier (四千余个 and 4140个)', () => {
    const headline = figure({
      value: 4000,
      approx: true,
      qualifier: 'over',
      label_zh: '新增学位',
      quote: '甲地区今年将新增学位四千余个、停车位五千余个、公园绿地近七百亩',
      span: [0, 31],
    });
    const body = figure({
      value: 4140,
      label_zh: '增加学位',
      quote: '全年增加学位4140个,',
      span: [200, 212],
    });
    const other = figure({
      value: 4140,
      label_zh: '停车位',
      quote: '停车位4140个,',
      span: [300, 309],
    });
    expect(dedupeFacts([headline, body])).toEqual([body]);
    expect(dedupeFacts([headline, other])).toEqual([headline, other]);
    expect(dedupeFacts([headline, figure({ ...body, value: 5200 })])).toHaveLength(2);
  });

  it('keeps one figure, placed outside the zone, when a summary line repeats the sentence', () => {
    const quote = '昌平将完成工业幼儿园等40所中小学校和幼儿园的避雷设施,';
    const summary = figure({ value: 40, place: 'energy-valley', label_zh: '中小学校', quote });
    const body = figure({
      value: 40,
      place: 'district:changping',
      label_zh: '中小学校',
      quote,
      span: [183, 211],
    });
    expect(dedupeFacts([summary, body])).toEqual([body]);
    expect(dedupeFacts([body, summary])).toEqual([body]);
  });

  it('keeps two shares of one sentence apart, one rounded (甲地区80%左右…;乙地区85%…)', () => {
    const rounded = figure({
      value: 80,
      unit: 'percent',
      approx: true,
      qualifier: 'about',
      label_zh: '居住人口就业地',
      quote: '甲地区80%左右的居住人口就业地在外;',
      span: [100, 119],
    });
    const exact = figure({
      value: 85,
      unit: 'percent',
      label_zh: '居住人口就业地',
      quote: '乙地区85%的居住人口就业地在外。',
      span: [119, 136],
    });
    expect(dedupeFacts([rounded, exact])).toEqual([rounded, exact]);
    // the same two told far apart: the rounded one restates the exact one
    expect(dedupeFacts([rounded, { ...exact, span: [400, 417] }])).toHaveLength(1);
  });

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

describe('dedupeFacts: lengths', () => {
  const length = (over: Partial<FigureFact>) =>
    figure({ unit: 'km', status: 'actual', quote: '甲路全长约3.8公里,', ...over });

  it('keeps one length with a fraction said twice of a place, but two roads both 40 m wide', () => {
    const a = length({ value: 3.8, label_zh: '甲路全长' });
    const b = length({ value: 3.8, label_zh: '全长', quote: '该路全长3.8公里,', span: [40, 49] });
    expect(dedupeFacts([a, b])).toEqual([a]);
    const c = length({ value: 0.04, label_zh: '甲路红线宽', quote: '甲路红线宽40米,' });
    const d = length({
      value: 0.04,
      label_zh: '乙路红线宽',
      quote: '乙路红线宽40米,',
      span: [40, 49],
    });
    expect(dedupeFacts([c, d])).toEqual([c, d]);
  });
});

describe('withUniqueIds', () => {
  it('gives a later fact with a taken id a numbered suffix and leaves the first as it was', () => {
    const facts = [figure({}), figure({ value: 3 }), figure({ value: 4 }), figure({ id: 'x-f-2' })];
    expect(withUniqueIds(facts).map((f) => f.id)).toEqual(['x-f-1', 'x-f-1-2', 'x-f-1-3', 'x-f-2']);
  });
});
