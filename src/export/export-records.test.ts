import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import { exportedFacts, exportRecords } from './export-records';
import { documentEntry, figure, project } from '../explorer/test/facts';
import { ZONES } from '../explorer/test/zones';

const dataset: Dataset = {
  documents: [
    documentEntry({
      id: '000',
      title: '标题',
      publisher: '北京日报',
      date: '2023-07',
      url: 'https://example.org/a',
    }),
    documentEntry({ id: '003', title: '聚焦高精尖', publisher: '北京商报', date: '2021-06' }),
  ],
  facts: [
    figure({
      id: 'ev-area',
      doc: '003',
      place: 'energy-valley',
      sectors: [],
      unit: 'km2',
      value: 44.3,
    }),
    figure({ id: 'ev-firms', place: 'energy-valley', sectors: ['energy'], value: 213 }),
    figure({ id: 'ev-schools', place: 'energy-valley', sectors: ['public-services'], value: 8 }),
    project({
      id: 'ht-hospital',
      doc: '003',
      place: 'huitian',
      sectors: ['public-services'],
      name_zh: '清华长庚医院二期',
      status: 'under-construction',
    }),
    project({
      id: 'ht-gym',
      place: 'huitian',
      sectors: ['culture-tourism'],
      name_zh: '天通苑体育馆',
    }),
    figure({ id: 'district', place: 'district:changping', sectors: ['energy'] }),
    figure({ id: 'fsc', place: 'future-science-city', sectors: ['energy'] }),
  ],
};
const ids = (facts: { id: string }[]) => facts.map((f) => f.id);

describe('exportedFacts', () => {
  it('exports what documents tie to the zone itself, not its district or its parent', () => {
    expect(ids(exportedFacts(dataset, ['energy-valley'], []))).toEqual([
      'ev-area',
      'ev-firms',
      'ev-schools',
    ]);
  });

  it('exports a comparison zone by zone, in the comparison’s order', () => {
    expect(ids(exportedFacts(dataset, ['huitian', 'energy-valley'], []))).toEqual([
      'ht-hospital',
      'ht-gym',
      'ev-area',
      'ev-firms',
      'ev-schools',
    ]);
  });

  it('applies the sector filter as the panel does: figures with no sector stay, projects follow strictly', () => {
    expect(ids(exportedFacts(dataset, ['energy-valley', 'huitian'], ['energy']))).toEqual([
      'ev-area',
      'ev-firms',
    ]);
    expect(ids(exportedFacts(dataset, ['huitian'], ['public-services']))).toEqual(['ht-hospital']);
  });
});

describe('exportRecords', () => {
  const records = exportRecords(dataset.facts, dataset, ZONES);

  it('gives each fact its place names and its document’s metadata', () => {
    expect(records[0]).toMatchObject({
      fact_id: 'ev-area',
      place: 'energy-valley',
      place_zh: '能源谷',
      place_en: 'Energy Valley',
      document: '003',
      title: '聚焦高精尖',
      publisher: '北京商报',
      date: '2021-06',
      url: null,
      value: 44.3,
      unit: 'km2',
      name_zh: null,
    });
    expect(records[1]).toMatchObject({ url: 'https://example.org/a', publisher: '北京日报' });
    expect(records.find((r) => r.fact_id === 'district')).toMatchObject({
      place_zh: '昌平区',
      place_en: 'Changping',
    });
  });

  it('writes a project’s name and status, with no value when it has none', () => {
    expect(records.find((r) => r.fact_id === 'ht-hospital')).toMatchObject({
      kind: 'project',
      name_zh: '清华长庚医院二期',
      status: 'under-construction',
      value: null,
      unit: null,
      approx: false,
    });
  });

  it('carries the span of the original text', () => {
    expect(records[0]).toMatchObject({ span_start: 0, span_end: 3 });
  });
});
