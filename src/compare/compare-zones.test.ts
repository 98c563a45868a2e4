import { describe, expect, it } from 'vitest';
import type { Dataset, Fact } from '../model/dataset';
import { compareZones } from './compare-zones';
import { documentEntry, figure, project } from '../explorer/test/facts';
import { ZONES, zoneProperties } from '../explorer/test/zones';

const data = (facts: Fact[]): Dataset => ({
  documents: [
    documentEntry({ id: '000', date: '2023-07' }),
    documentEntry({ id: '003', date: '2021-06' }),
  ],
  facts,
});
const PAIR = ['energy-valley', 'life-valley'] as const;
const ids = (values: { facts: { id: string }[] }[]) => values.map((v) => v.facts.map((f) => f.id));

describe('compareZones: figure rows', () => {
  it('puts a measure two zones report in one row, each cell with its own zone’s values', () => {
    const c = compareZones(
      data([
        figure({ id: 'ev', place: 'energy-valley', measure: 'parks', label_zh: '公园', value: 3 }),
        figure({ id: 'lv', place: 'life-valley', measure: 'parks', label_zh: '公园', value: 5 }),
      ]),
      ZONES,
      PAIR,
      [],
    );
    expect(c.measures.map((r) => r.key)).toEqual(['parks:count:公园']);
    expect(c.measures[0]?.cells.map((cell) => [cell.zone, ids(cell.values)])).toEqual([
      ['energy-valley', [['ev']]],
      ['life-valley', [['lv']]],
    ]);
  });

  it('shows a headline measure only one zone reports, with the other cell empty, and drops other one-zone figures', () => {
    const c = compareZones(
      data([
        figure({ id: 'r', place: 'energy-valley', measure: 'researchers', label_zh: '科研人才' }),
        figure({ id: 'p', place: 'energy-valley', measure: 'parks', label_zh: '公园' }),
      ]),
      ZONES,
      PAIR,
      [],
    );
    expect(c.measures.map((r) => r.key)).toEqual(['researchers:count:科研人才']);
    expect(c.measures[0]?.cells[1]?.values).toEqual([]);
  });

  it('does not line up two kinds of enterprise count, however alike their measure', () => {
    const c = compareZones(
      data([
        figure({
          id: 'a',
          place: 'energy-valley',
          measure: 'enterprises',
          label_zh: '规上先进能源企业',
        }),
        figure({ id: 'b', place: 'life-valley', measure: 'enterprises', label_zh: '行业领军企业' }),
      ]),
      ZONES,
      PAIR,
      [],
    );
    expect(c.measures).toHaveLength(2);
    for (const row of c.measures) {
      expect(row.cells.filter((cell) => cell.values.length > 0)).toHaveLength(1);
    }
  });

  it('says when the zones’ figures are from different years or statuses, and not otherwise', () => {
    const row = (evYear: number | null, status: 'actual' | 'target' = 'actual') =>
      compareZones(
        data([
          figure({
            id: 'a',
            place: 'energy-valley',
            series: 'resident-population',
            year: evYear,
            status,
          }),
          figure({ id: 'b', place: 'life-valley', series: 'resident-population', year: 2021 }),
        ]),
        ZONES,
        PAIR,
        [],
      ).measures[0];
    expect(row(2023)).toMatchObject({ yearsDiffer: true, statusesDiffer: false });
    expect(row(2021)).toMatchObject({ yearsDiffer: false, statusesDiffer: false });
    expect(row(null, 'target')).toMatchObject({ yearsDiffer: true, statusesDiffer: true });
  });

  it('shows every value documents give for one zone, flags a disagreement, and cites a repeated value twice', () => {
    const c = compareZones(
      data([
        figure({
          id: 'x1',
          doc: '000',
          place: 'energy-valley',
          measure: 'researchers',
          label_zh: '人才',
          value: 9000,
          year: 2021,
        }),
        figure({
          id: 'x2',
          doc: '003',
          place: 'energy-valley',
          measure: 'researchers',
          label_zh: '人才',
          value: 9500,
          year: 2021,
        }),
        figure({
          id: 'y1',
          doc: '000',
          place: 'life-valley',
          measure: 'researchers',
          label_zh: '人才',
          value: 700,
          year: 2021,
        }),
        figure({
          id: 'y2',
          doc: '003',
          place: 'life-valley',
          measure: 'researchers',
          label_zh: '人才',
          value: 700,
          year: 2021,
        }),
      ]),
      ZONES,
      PAIR,
      [],
    );
    const [ev, lv] = c.measures[0]!.cells;
    expect(ids(ev!.values)).toEqual([['x1'], ['x2']]);
    expect(ev!.conflict).toBe(true);
    expect(ids(lv!.values)).toEqual([['y1', 'y2']]);
    expect(lv!.conflict).toBe(false);
  });

  it('keeps district figures and a child zone’s figures out of a zone’s column', () => {
    const c = compareZones(
      data([
        figure({ id: 'd', place: 'district:changping', measure: 'researchers', label_zh: '人才' }),
        figure({ id: 'child', place: 'energy-valley', measure: 'researchers', label_zh: '人才' }),
      ]),
      ZONES,
      ['future-science-city', 'huitian'],
      [],
    );
    expect(c.measures).toEqual([]);
  });
});

describe('compareZones: area row', () => {
  const zones = [
    {
      ...zoneProperties('energy-valley', '能源谷', 'Energy Valley'),
      documented_area_km2: 43.5,
      area_source: 'plan',
    },
    {
      ...zoneProperties('huitian', '回天地区', 'Huitian Area'),
      documented_area_km2: 63,
      area_source: '北京商报',
    },
    zoneProperties('life-valley', '生命谷', 'Life Valley'),
  ];
  const c = compareZones(
    data([
      figure({ id: 'ev', place: 'energy-valley', series: 'zone-area', unit: 'km2', value: 44.3 }),
      figure({ id: 'ht', place: 'huitian', series: 'zone-area', unit: 'km2', value: 63 }),
    ]),
    zones,
    ['energy-valley', 'huitian', 'life-valley'],
    [],
  );
  const [ev, ht, lv] = c.area.cells;

  it('shows the cited area and the zone file’s when they differ, as a disagreement', () => {
    expect(ids(ev!.values)).toEqual([['ev']]);
    expect(ev).toMatchObject({ zoneFile: 43.5, conflict: true, source: 'plan' });
  });

  it('shows the zone file’s area only when no cited figure states it', () => {
    expect(ht).toMatchObject({ zoneFile: null, conflict: false });
  });

  it('leaves a zone with no documented area and no area figure empty', () => {
    expect(lv).toMatchObject({ values: [], zoneFile: null });
  });

  it('keeps the zone-area series out of the figure rows', () => {
    expect(c.measures).toEqual([]);
  });
});

describe('compareZones: project rows', () => {
  const facts = [
    project({
      id: 'a1',
      project: 'hospital',
      doc: '003',
      place: 'huitian',
      name_zh: '医院二期',
      sectors: ['public-services'],
      status: 'under-construction',
    }),
    project({
      id: 'a2',
      project: 'hospital',
      doc: '000',
      place: 'huitian',
      name_zh: '医院二期',
      sectors: ['public-services'],
      status: 'completed',
    }),
    project({
      id: 'b',
      place: 'huitian',
      name_zh: '体育馆',
      sectors: ['culture-tourism', 'public-services'],
      status: 'completed',
    }),
    project({ id: 'c', place: 'huitian', name_zh: '回南北路', sectors: [], status: 'planned' }),
    project({
      id: 'd',
      place: 'life-valley',
      name_zh: '实验室',
      sectors: ['research-education'],
      status: 'planned',
    }),
    figure({
      id: 'f',
      place: 'huitian',
      measure: 'population',
      label_zh: '常住人口',
      sectors: ['public-services'],
    }),
  ];
  const count = (row: { cells: { projects: unknown[] }[] } | undefined) =>
    row?.cells.map((cell) => cell.projects.length);

  it('counts projects, not mentions, by sector and by status', () => {
    const c = compareZones(data(facts), ZONES, ['huitian', 'life-valley'], []);
    expect(count(c.projects)).toEqual([3, 1]);
    expect(c.bySector.map((r) => [r.key, ...count(r)!])).toEqual([
      ['projects-sector:research-education', 0, 1],
      ['projects-sector:public-services', 2, 0],
      ['projects-sector:culture-tourism', 1, 0],
      ['projects-sector:none', 1, 0],
    ]);
    expect(c.byStatus.map((r) => [r.key, ...count(r)!])).toEqual([
      ['projects-status:completed', 2, 0],
      ['projects-status:planned', 1, 1],
    ]);
  });

  it('applies the sector filter to the project rows and not to the figures', () => {
    const c = compareZones(data(facts), ZONES, ['huitian', 'life-valley'], ['culture-tourism']);
    expect(count(c.projects)).toEqual([1, 0]);
    expect(c.bySector.map((r) => r.key)).toEqual(['projects-sector:culture-tourism']);
    expect(c.byStatus.map((r) => r.key)).toEqual(['projects-status:completed']);
    expect(c.measures.map((r) => r.key)).toEqual(['population:count:常住人口']);
  });

  it('keeps a filtered sector’s row when no compared zone has a project in it', () => {
    const c = compareZones(data(facts), ZONES, ['huitian', 'life-valley'], ['energy']);
    expect(c.bySector.map((r) => [r.key, ...count(r)!])).toEqual([
      ['projects-sector:energy', 0, 0],
    ]);
  });
});

describe('compareZones: row order', () => {
  it('orders headline measures by their rank, shared rows and reviewed series first within one', () => {
    const c = compareZones(
      data([
        figure({ id: 'a', place: 'huitian', measure: 'researchers', label_zh: '人才' }),
        figure({ id: 'b', place: 'huitian', measure: 'population', label_zh: '直接服务人口' }),
        figure({ id: 'c', place: 'huitian', measure: 'population', series: 'resident-population' }),
        figure({ id: 'd', place: 'huitian', measure: 'population', label_zh: '受益人口' }),
        figure({ id: 'e', place: 'life-valley', measure: 'population', label_zh: '受益人口' }),
      ]),
      ZONES,
      ['huitian', 'life-valley'],
      [],
    );
    expect(c.measures.map((r) => r.key)).toEqual([
      'population:count:受益人口',
      'series:resident-population:count',
      'population:count:直接服务人口',
      'researchers:count:人才',
    ]);
  });
});
