import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, neutralizeFormula, quoteField } from './build-csv';
import { EXPORT_COLUMNS, type ExportRecord } from './export-records';
import { csvObjects, parseCsv } from './test/parse-csv';

const record = (overrides: Partial<ExportRecord> = {}): ExportRecord => ({
  fact_id: '003-f-19j4cl2',
  kind: 'figure',
  place: 'energy-valley',
  place_zh: '能源谷',
  place_en: 'Energy Valley',
  label_zh: '东区规划面积',
  label_en: 'East area planned area',
  name_zh: null,
  value: 44.3,
  unit: 'km2',
  approx: false,
  status: 'actual',
  year: 2021,
  sectors: [],
  document: '003',
  title: '聚焦高精尖 昌平打造科创生态双引擎',
  publisher: '北京商报',
  date: '2021-06',
  url: null,
  quote: '据悉,东区规划面积44.3平方公里,“能源谷”核心区占地10平方公里。',
  span_start: 10,
  span_end: 40,
  project: null,
  ...overrides,
});

describe('buildCsv', () => {
  it('starts with a byte-order mark and a header of the contract’s columns, with CRLF line ends', () => {
    const csv = buildCsv([record()]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one row per record that reads back to the record’s fields', () => {
    const csv = buildCsv([
      record(),
      record({
        fact_id: 'p',
        kind: 'project',
        name_zh: '清华长庚医院二期',
        value: null,
        unit: null,
      }),
    ]);
    const rows = csvObjects(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      fact_id: '003-f-19j4cl2',
      value: '44.3',
      approx: 'false',
      year: '2021',
      sectors: '',
      url: '',
      quote: '据悉,东区规划面积44.3平方公里,“能源谷”核心区占地10平方公里。',
      span_start: '10',
      span_end: '40',
    });
    expect(rows[1]).toMatchObject({
      kind: 'project',
      name_zh: '清华长庚医院二期',
      value: '',
      unit: '',
    });
  });

  it('quotes commas, quotes and line breaks as RFC 4180 does', () => {
    const quote = 'He said "yes", then\r\nleft,\nagain';
    const csv = buildCsv([record({ quote })]);
    expect(csv).toContain('"He said ""yes"", then\r\nleft,\nagain"');
    expect(csvObjects(csv.slice(1))[0]?.quote).toBe(quote);
  });

  it('joins sectors with semicolons', () => {
    const csv = buildCsv([record({ sectors: ['energy', 'research-education'] })]);
    expect(csvObjects(csv.slice(1))[0]?.sectors).toBe('energy;research-education');
  });

  it('keeps text from running as a formula, and negative numbers as numbers', () => {
    const csv = buildCsv([
      record({ label_zh: '=1+2', label_en: '+SUM(A1)', quote: '-2+3', title: '@cmd', value: -5 }),
    ]);
    const row = parseCsv(csv.slice(1))[1]!;
    const at = (column: string) => row[EXPORT_COLUMNS.indexOf(column as never)];
    expect(at('label_zh')).toBe("'=1+2");
    expect(at('label_en')).toBe("'+SUM(A1)");
    expect(at('quote')).toBe("'-2+3");
    expect(at('title')).toBe("'@cmd");
    expect(at('value')).toBe('-5');
  });

  it('ends each row with the project key, empty for a figure', () => {
    const csv = buildCsv([record(), record({ kind: 'project', project: 'k1' })]);
    expect(parseCsv(csv.slice(1))[0]?.at(-1)).toBe('project');
    expect(csvObjects(csv.slice(1)).map((r) => r.project)).toEqual(['', 'k1']);
  });
});

describe('neutralizeFormula and quoteField', () => {
  it('leaves ordinary text alone', () => {
    expect(neutralizeFormula('能源谷 = Energy Valley')).toBe('能源谷 = Energy Valley');
    expect(quoteField('能源谷')).toBe('能源谷');
  });

  it('neutralizes a formula hidden behind a tab or carriage return', () => {
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeFormula('\r=1')).toBe("'\r=1");
  });
});
