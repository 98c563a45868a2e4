import { describe, expect, it } from 'vitest';
import { classifyMeasure } from './classify-measure';

describe('classifyMeasure', () => {
  it('gives a sum of money a measure of money, and a count no measure of money', () => {
    expect(classifyMeasure('甲大学2010年计划投资', 'CNY')).toBe('investment');
    expect(classifyMeasure('甲大学', 'count')).toBe('universities');
    expect(classifyMeasure('规上企业收入', 'CNY')).toBe('industry-revenue');
    expect(classifyMeasure('投资企业', 'count')).toBe('enterprises');
    expect(classifyMeasure('产业收入增长', 'percent')).toBe('industry-revenue-growth');
  });

  it('reads a place’s population, not the residents a facility serves, as population', () => {
    expect(classifyMeasure('常住人口', 'count')).toBe('population');
    expect(classifyMeasure('回天居民', 'count')).toBeUndefined();
    expect(classifyMeasure('直接服务人口', 'count')).toBeUndefined();
    expect(classifyMeasure('通勤人口', 'count')).toBeUndefined();
    expect(classifyMeasure('外来人口', 'count')).toBeUndefined();
    expect(classifyMeasure('户籍人口', 'count', '据了解,回龙观村')).toBeUndefined();
    expect(classifyMeasure('户籍人口', 'count', '据了解,回天地区')).toBe('population');
  });

  it('keeps a measure of size to its own units: roads counted are no road length', () => {
    expect(classifyMeasure('道路', 'km')).toBe('road-length');
    expect(classifyMeasure('道路', 'count')).toBe('roads');
    expect(classifyMeasure('高铁站房总建筑面积', 'count')).toBeUndefined();
    expect(classifyMeasure('总建筑面积', 'm2')).toBe('floor-area');
  });

  it("keeps a town's rural income and a rail network's length apart from industry revenue and road length", () => {
    expect(classifyMeasure('全镇农村经济总收入', 'CNY')).toBe('rural-income');
    expect(classifyMeasure('农民人均劳动所得', 'CNY')).toBe('rural-income');
    expect(classifyMeasure('全市轨道交通路网里程', 'km')).toBe('rail-length');
    expect(classifyMeasure('道路里程', 'km')).toBe('road-length');
    expect(classifyMeasure('先进能源产业收入', 'CNY')).toBe('industry-revenue');
  });
});
