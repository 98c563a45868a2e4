import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact, FigureFact, SourceMeta } from '../model/dataset';
import type { DistrictKey } from '../model/zones';
import { buildDataset } from './build-dataset';
import { formatDataset } from './format-dataset';
import type { CurationOverride } from './curate/apply-curation';
import type { Glossary } from './curate/translate-label';
import manifest from '../../data/sources/manifest.json';
import glossary from '../../data/curation/glossary.json';
import overrides from '../../data/curation/overrides.json';
import shipped from '../../public/data/atlas.json?raw';

interface ExpectedFigure {
  place: string | null;
  value: number;
  unit: string;
  status: string;
  label: string;
}
interface Expected {
  doc: string;
  /** True when every figure a careful reader ties to a zone or district is listed. */
  complete: boolean;
  figures: ExpectedFigure[];
  notInZone: { value: number; unit: string; zones: string[]; why: string }[];
  projects: { name_zh: string; place?: string | null; status?: string }[];
}

const bytesOf = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../data/sources/${file}`, import.meta.url)));
const expectations = import.meta.glob<Expected>('../../data/annotations/*.json', {
  import: 'default',
  eager: true,
});
const documents = (manifest.documents as SourceMeta[]).map((meta) => ({
  id: meta.id,
  file: `data/sources/${meta.file}`,
  bytes: bytesOf(meta.file),
  ...(meta.district ? { district: meta.district as DistrictKey } : {}),
  date: meta.date,
  meta,
}));
const result = buildDataset(documents, {
  glossary: glossary as unknown as Glossary,
  overrides: overrides as CurationOverride[],
});
const figures = result.dataset.facts.filter((f): f is FigureFact => f.kind === 'figure');

const sameFigure = (f: FigureFact, e: ExpectedFigure): boolean =>
  f.value === e.value && f.unit === e.unit;

/** Matches expected figures to facts one to one (a fact counts once even if two expectations share a value). */
function score(expected: Expected) {
  const facts = figures.filter((f) => f.doc === expected.doc && f.place !== null);
  const used = new Set<FigureFact>();
  const missed: ExpectedFigure[] = [];
  for (const e of expected.figures) {
    const hit = facts.find(
      (f) => !used.has(f) && sameFigure(f, e) && f.place === e.place && f.status === e.status,
    );
    if (hit) used.add(hit);
    else missed.push(e);
  }
  const judged = facts.filter(
    (f) => expected.complete || expected.figures.some((e) => sameFigure(f, e)),
  );
  const wrong = judged.filter((f) => !used.has(f));
  const districtToZone = facts.filter(
    (f) =>
      !f.place!.startsWith('district:') &&
      (expected.figures.some(
        (e) =>
          sameFigure(f, e) &&
          e.place?.startsWith('district:') &&
          !expected.figures.some((z) => sameFigure(f, z) && z.place === f.place),
      ) ||
        expected.notInZone.some(
          (n) => n.value === f.value && n.unit === f.unit && n.zones.includes(f.place!),
        )),
  );
  return {
    expected: expected.figures.length,
    found: used.size,
    judged: judged.length,
    wrong,
    missed,
    districtToZone,
  };
}

describe('seed corpus', () => {
  it('builds without errors and validates against the schema', () => {
    expect(result.errors).toEqual([]);
    expect(result.dataset.documents.every((d) => d.status === 'ok')).toBe(true);
  });

  it('points every fact span at the original text, as the app decodes it, that states it', () => {
    const originals = new Map(
      result.dataset.documents.map((d) => {
        const bytes = documents.find((doc) => doc.id === d.id)!.bytes;
        return [d.id, new TextDecoder(d.encoding).decode(bytes)];
      }),
    );
    for (const fact of result.dataset.facts) {
      const original = originals.get(fact.doc) ?? '';
      const quoted = original.slice(fact.span[0], fact.span[1]);
      expect(quoted.length, fact.id).toBeGreaterThan(0);
      if (fact.kind !== 'figure' || !/\d/.test(fact.quote)) continue;
      const digits = /\d+(?:\.\d+)?/.exec(String(fact.value).replace(/0+$/, ''))
        ? digitsOf(fact, fact.quote)
        : null;
      if (digits) expect(quoted, `${fact.id} ${fact.label_zh}`).toContain(digits);
    }
  });

  it('finds nearly every hand-checked figure with the right place, value, unit and status', () => {
    const rows = Object.values(expectations).map(score);
    const expected = rows.reduce((s, r) => s + r.expected, 0);
    const found = rows.reduce((s, r) => s + r.found, 0);
    const judged = rows.reduce((s, r) => s + r.judged, 0);
    const wrong = rows.reduce((s, r) => s + r.wrong.length, 0);
    const recall = found / expected;
    const precision = (judged - wrong) / judged;
    console.info(
      `seed quality: recall ${recall.toFixed(3)} (${found}/${expected}), precision ${precision.toFixed(3)} (${judged - wrong}/${judged} judged facts), ` +
        `district→zone misattributions ${rows.reduce((s, r) => s + r.districtToZone.length, 0)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(
      rows.flatMap((r) =>
        r.districtToZone.map((f) => `${f.doc} ${f.label_zh} ${f.value} → ${f.place}`),
      ),
    ).toEqual([]);
  });

  it('finds the hand-checked projects', () => {
    const projects = result.dataset.facts.filter((f) => f.kind === 'project');
    for (const expected of Object.values(expectations)) {
      for (const p of expected.projects) {
        const hit = projects.find(
          (f) => f.doc === expected.doc && f.kind === 'project' && f.name_zh === p.name_zh,
        );
        expect(hit, `${expected.doc} ${p.name_zh}`).toBeDefined();
        if (p.place !== undefined) expect(hit!.place, p.name_zh).toBe(p.place);
        if (p.status !== undefined && hit!.kind === 'project')
          expect(hit!.status, p.name_zh).toBe(p.status);
      }
    }
  });

  it('ships a lean dataset: encodings instead of texts, at most 250 kB', () => {
    for (const doc of result.dataset.documents) {
      expect(doc.encoding, doc.id).toBe('utf-8');
      expect(doc, doc.id).not.toHaveProperty('text');
    }
    expect(new TextEncoder().encode(shipped).length).toBeLessThanOrEqual(250_000);
  });

  it('is deterministic, and public/data/atlas.json equals a fresh run', () => {
    const again = buildDataset(documents, {
      glossary: glossary as unknown as Glossary,
      overrides: overrides as CurationOverride[],
    });
    const json = formatDataset(result.dataset);
    expect(formatDataset(again.dataset)).toBe(json);
    expect(shipped.replace(/"file":"[^"]*data\/sources\//g, '"file":"data/sources/')).toBe(json);
  });
});

/** The digits of a figure as the quote writes them (the number before its unit). */
function digitsOf(fact: Fact, quote: string): string | null {
  if (fact.kind !== 'figure') return null;
  for (const m of quote.matchAll(/\d+(?:\.\d+)?/g)) {
    const n = Number(m[0]);
    const scaled = [1, 10, 1e3, 1e4, 1e8, 1e4 * 1e4].some(
      (k) => Math.abs(n * k - fact.value) < 1e-6,
    );
    if (scaled) return m[0];
  }
  return null;
}

describe('English glosses', () => {
  it('names every project in English and labels at least 95 % of figures', () => {
    const projects = result.dataset.facts.filter((f) => f.kind === 'project');
    expect(
      projects.filter((p) => p.kind === 'project' && !p.name_en).map((p) => p.label_zh),
    ).toEqual([]);
    const glossed = figures.filter((f) => f.label_en !== null).length;
    expect(glossed / figures.length).toBeGreaterThanOrEqual(0.95);
  });
});
