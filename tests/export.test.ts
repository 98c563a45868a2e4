import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { valid } from 'geojson-validation';
import type { Dataset, Fact } from '../src/model/dataset';
import type { ZoneCollection } from '../src/model/zone-feature';
import { csvObjects, parseCsv } from '../src/export/test/parse-csv';
import { test, type Atlas } from './support/atlas-test';

const dataset = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Dataset;
const zones = JSON.parse(readFileSync('geo/zones.geojson', 'utf8')) as ZoneCollection;
const documents = new Map(dataset.documents.map((doc) => [doc.id, doc]));

/** The columns docs/contracts.md#export-files names, in order, then the project key. */
const COLUMNS = [
  'fact_id',
  'kind',
  'place',
  'place_zh',
  'place_en',
  'label_zh',
  'label_en',
  'name_zh',
  'value',
  'unit',
  'approx',
  'status',
  'year',
  'sectors',
  'document',
  'title',
  'publisher',
  'date',
  'url',
  'quote',
  'span_start',
  'span_end',
  'project',
];

/** Opens the atlas and records the Content-Security-Policy violations that follow. */
async function open(atlas: Atlas, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await atlas.open(path);
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { context, page };
}

/** Clicks an export button and reads the file the browser downloads. */
async function download(page: Page, button: 'export-csv' | 'export-geojson') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid="${button}"]`),
  ]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** A zone's own facts under a sector filter, as the zone panel shows them. */
function expectedFacts(zone: string, sectors: string[] = []): Fact[] {
  return dataset.facts.filter(
    (fact) =>
      fact.place === zone &&
      (sectors.length === 0 ||
        fact.sectors.some((s) => sectors.includes(s)) ||
        (fact.kind === 'figure' && fact.sectors.length === 0)),
  );
}

describe('exporting with sources', () => {
  test('downloads a zone as a UTF-8 CSV that reads back to the dataset, row for row', async ({
    atlas,
  }) => {
    const { context, page } = await open(atlas, '?zone=huitian&lang=en');
    await page.waitForSelector('[data-testid="zone-panel"] [data-testid="export-csv"]:enabled');
    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('science-city-atlas_huitian.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = csv.text.slice(1);
    expect(body).toContain('\r\n');
    expect(parseCsv(body)[0]).toEqual(COLUMNS);
    const rows = csvObjects(body);
    const facts = expectedFacts('huitian');
    expect(rows.map((row) => row.fact_id)).toEqual(facts.map((fact) => fact.id));
    for (const [i, fact] of facts.entries()) {
      const row = rows[i]!;
      const doc = documents.get(fact.doc)!;
      expect(row).toEqual({
        fact_id: fact.id,
        kind: fact.kind,
        place: 'huitian',
        place_zh: '回天地区',
        place_en: 'Huitian Area',
        label_zh: fact.label_zh,
        label_en: fact.label_en ?? '',
        name_zh: fact.kind === 'project' ? fact.name_zh : '',
        value: fact.value === undefined ? '' : String(fact.value),
        unit: fact.unit ?? '',
        approx: String(fact.approx ?? false),
        status: fact.status,
        year: fact.year === null ? '' : String(fact.year),
        sectors: fact.sectors.join(';'),
        document: fact.doc,
        title: doc.title ?? '',
        publisher: doc.publisher ?? '',
        date: doc.date ?? '',
        url: doc.url ?? '',
        quote: fact.quote,
        span_start: String(fact.span[0]),
        span_end: String(fact.span[1]),
        project: fact.kind === 'project' ? fact.project : '',
      });
    }
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });

  test('applies the sector filter to the zone’s file', async ({ atlas }) => {
    const { context, page } = await open(atlas, '?zone=huitian&sectors=public-services,ecology');
    await page.waitForSelector('[data-testid="zone-panel"] [data-testid="export-csv"]:enabled');
    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('science-city-atlas_huitian_sectors-public-services-ecology.csv');
    const rows = csvObjects(csv.text.slice(1));
    const facts = expectedFacts('huitian', ['public-services', 'ecology']);
    expect(rows.map((row) => row.fact_id)).toEqual(facts.map((fact) => fact.id));
    expect(rows.some((row) => row.kind === 'project')).toBe(true);
    for (const row of rows) {
      const sectors = row.sectors ? row.sectors.split(';') : [];
      const inFilter = sectors.some((s) => s === 'public-services' || s === 'ecology');
      expect(inFilter || (row.kind === 'figure' && sectors.length === 0), row.fact_id).toBe(true);
    }
    await context.close();
  });

  test('downloads a comparison as CSV and as valid GeoJSON with the zones’ polygons and every fact', async ({
    atlas,
  }) => {
    const { context, page } = await open(atlas, '?compare=energy-valley,huitian&lang=en');
    await page.waitForSelector('[data-testid="compare-view"] [data-testid="export-csv"]:enabled');
    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('science-city-atlas_energy-valley_huitian.csv');
    const rows = csvObjects(csv.text.slice(1));
    const facts = [...expectedFacts('energy-valley'), ...expectedFacts('huitian')];
    expect(rows.map((row) => row.fact_id)).toEqual(facts.map((fact) => fact.id));

    const geo = await download(page, 'export-geojson');
    expect(geo.name).toBe('science-city-atlas_energy-valley_huitian.geojson');
    const collection = JSON.parse(geo.text) as GeoJSON.FeatureCollection<GeoJSON.Geometry | null>;
    expect(valid(collection, true)).toEqual([]);
    const zoneFeatures = collection.features.filter((f) => f.properties?.kind === 'zone');
    expect(zoneFeatures.map((f) => f.id)).toEqual(['energy-valley', 'huitian']);
    for (const feature of zoneFeatures) {
      const source = zones.features.find((z) => z.properties.id === feature.id)!;
      expect(feature.geometry).toEqual(source.geometry);
      expect(feature.properties).toEqual({ ...source.properties, kind: 'zone' });
    }
    const factFeatures = collection.features.filter((f) => f.properties?.kind !== 'zone');
    expect(factFeatures.map((f) => f.id)).toEqual(rows.map((row) => row.fact_id));
    for (const [i, feature] of factFeatures.entries()) {
      expect(feature.geometry).toBeNull();
      expect(Object.keys(feature.properties ?? {})).toEqual(COLUMNS);
      expect(feature.properties).toMatchObject({
        quote: rows[i]!.quote,
        document: rows[i]!.document,
        span_start: Number(rows[i]!.span_start),
      });
    }
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });

  test('fetches the builders only when a download is asked for', async ({ atlas }) => {
    const { context, page } = await open(atlas, '?zone=energy-valley');
    await page.waitForSelector('[data-testid="zone-panel"] [data-testid="export-csv"]:enabled');
    const builders = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /\/assets\/export-file-[\w-]+\.js$/.test(entry.name)),
      );
    expect(await builders()).toBe(false);
    await download(page, 'export-geojson');
    expect(await builders()).toBe(true);
    await context.close();
  });
});
