import { describe, expect, it } from 'vitest';
import { figure } from '../../explorer/test/facts';
import type { AnnotatedFigure, Annotation } from './annotation';
import { scoreFigures } from './score-figures';

const listed = (overrides: Partial<AnnotatedFigure> & { value: number }): AnnotatedFigure => ({
  place: 'district:changping',
  unit: 'count',
  status: 'actual',
  label: '数',
  ...overrides,
});
const annotation = (
  figures: AnnotatedFigure[],
  complete = true,
  notInZone: Annotation['notInZone'] = [],
): Annotation => ({
  doc: '000',
  complete,
  projectsComplete: false,
  figures,
  notInZone,
  projects: [],
});

describe('scoreFigures', () => {
  it('places a figure only with its value, unit, place and status', () => {
    const score = scoreFigures(
      annotation([
        listed({ value: 213, place: 'energy-valley' }),
        listed({ value: 420, place: 'energy-valley' }),
        listed({ value: 3, place: 'life-valley', status: 'target' }),
      ]),
      [
        figure({ id: 'a', value: 213, place: 'energy-valley' }),
        figure({ id: 'b', value: 420, place: 'district:changping' }),
        figure({ id: 'c', value: 3, place: 'life-valley', status: 'actual' }),
      ],
    );
    expect(score).toMatchObject({
      expected: 3,
      found: 3,
      placed: 1,
      zoneExpected: 3,
      zoneFound: 1,
    });
    expect(score.missed.map((e) => e.value)).toEqual([420, 3]);
  });

  it('pairs facts one to one: one fact does not serve two listed figures', () => {
    const score = scoreFigures(
      annotation([listed({ value: 2, place: 'huitian' }), listed({ value: 2, place: 'huitian' })]),
      [figure({ id: 'a', value: 2, place: 'huitian' })],
    );
    expect(score).toMatchObject({ found: 1, placed: 1, zoneFound: 1 });
  });

  it('judges every zone fact of a complete list, and only listed quantities otherwise', () => {
    const facts = [
      figure({ id: 'a', value: 60, place: 'energy-valley' }),
      figure({ id: 'b', value: 16.59, unit: 'm2', place: 'huitian' }),
      figure({ id: 'c', value: 8, place: 'huitian' }),
    ];
    const list = [
      listed({ value: 60, place: 'energy-valley' }),
      listed({ value: 8, place: 'huitian', status: 'target' }),
    ];
    const complete = scoreFigures(annotation(list), facts);
    expect(complete.zoneJudged).toBe(3);
    expect(complete.zoneWrong.map((f) => f.id)).toEqual(['b', 'c']);
    const partial = scoreFigures(annotation(list, false), facts);
    expect(partial.zoneJudged).toBe(2);
    expect(partial.zoneWrong.map((f) => f.id)).toEqual(['c']);
  });

  it('reports a district figure placed in a zone as a leak, unless the zone has the same number', () => {
    const list = [
      listed({ value: 220000000000, unit: 'CNY' }),
      listed({ value: 2, place: 'district:changping' }),
      listed({ value: 2, place: 'shahe-university-park' }),
    ];
    const score = scoreFigures(annotation(list), [
      figure({ id: 'a', value: 220000000000, unit: 'CNY', place: 'energy-valley' }),
      figure({ id: 'b', value: 2, place: 'shahe-university-park' }),
      figure({ id: 'c', value: 2, place: 'district:changping' }),
    ]);
    expect(score.districtExpected).toBe(2);
    expect(score.districtLeaks.map((f) => f.id)).toEqual(['a']);
  });

  it('reports facts in a zone that notInZone rules out', () => {
    const score = scoreFigures(
      annotation([], true, [
        { value: 22500, unit: 'count', zones: ['huairou-science-city'], why: '会都' },
      ]),
      [
        figure({ id: 'a', value: 22500, place: 'huairou-science-city' }),
        figure({ id: 'b', value: 22500, place: null }),
      ],
    );
    expect(score.notInZoneHits.map((f) => f.id)).toEqual(['a']);
  });

  it('counts a known miss as missed, without holding a matching fact against precision', () => {
    const known = listed({
      value: 1000000000,
      unit: 'CNY',
      place: null,
      knownMiss: 'placed in the district',
    });
    const score = scoreFigures(annotation([known]), [
      figure({ id: 'a', value: 1000000000, unit: 'CNY', place: null }),
    ]);
    expect(score).toMatchObject({ placed: 0, missed: [known], zoneWrong: [] });
  });
});
