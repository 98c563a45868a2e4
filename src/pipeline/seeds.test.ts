import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact, FigureFact, SourceMeta } from '../model/dataset';
import type { Annotation } from './score/annotation';
import { formatScores } from './score/format-scores';
import { scoreDataset, totalScores } from './score/score-dataset';
import type { DistrictKey } from '../model/zones';
import { buildDataset } from './build-dataset';
import { formatDataset } from './format-dataset';
import type { CurationOverride } from './curate/apply-curation';
import type { Glossary } from './curate/translate-label';
import manifest from '../../data/sources/manifest.json';
import glossary from '../../data/curation/glossary.json';
import overrides from '../../data/curation/overrides.json';
import shipped from '../../public/data/atlas.json?raw';

const bytesOf = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../data/sources/${file}`, import.meta.url)));
/**
 * The size budget of atlas.json, which grows with the corpus (src/pipeline/README.md, "Size"): a
 * fact's line averages about 420 bytes (ids, place, sectors, labels in two languages, a quote of at
 * most a clause), a document's about 1.9 kB (metadata, repair counts, the repair details near quoted
 * sentences); both with about a tenth to spare.
 */
const BYTES_PER_FACT = 460;
const BYTES_PER_DOCUMENT = 2_500;

/** The five seed documents (SPEC §4), on which the quality gates are set. */
const SEEDS = new Set(['000', '001', '002', '003', '004']);
const annotations = Object.values(
  import.meta.glob<Annotation>('../../data/annotations/*.json', { import: 'default', eager: true }),
).filter((a) => SEEDS.has(a.doc));
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

  it('meets the quality gates on the hand annotations of the seeds (issue 13 targets)', () => {
    const scores = scoreDataset(result.dataset, annotations);
    const total = totalScores(scores);
    console.info(`seed quality:\n${formatScores(scores)}`);
    expect(annotations.every((a) => a.complete && a.projectsComplete)).toBe(true);
    expect(total.zoneProjectsFound).toBeGreaterThanOrEqual(0.9);
    expect(total.projectsFound).toBeGreaterThanOrEqual(0.9);
    expect(total.projectPrecision).toBeGreaterThanOrEqual(0.95);
    expect(total.figuresPlaced).toBeGreaterThanOrEqual(0.85);
    expect(total.zoneFigureRecall).toBeGreaterThanOrEqual(0.95);
    expect(total.zoneFigurePrecision).toBeGreaterThanOrEqual(0.97);
    expect(total.districtLeak).toBeLessThanOrEqual(0.02);
    expect(
      scores.flatMap(({ figures }) =>
        figures.notInZoneHits.map((f) => `${f.doc} ${f.label_zh} ${f.value} → ${f.place}`),
      ),
    ).toEqual([]);
  });

  it('ships a lean dataset: encodings instead of texts, within its budget per fact and document', () => {
    for (const doc of result.dataset.documents) {
      expect(doc.encoding, doc.id).toBe('utf-8');
      expect(doc, doc.id).not.toHaveProperty('text');
    }
    const { facts, documents: entries } = result.dataset;
    const budget = BYTES_PER_FACT * facts.length + BYTES_PER_DOCUMENT * entries.length;
    expect(new TextEncoder().encode(shipped).length).toBeLessThanOrEqual(budget);
  });

  // A second run over every document: seconds on a fast machine, so the limit is a hang guard
  // sized for a machine several times slower, not a speed target (that is `npm run bench`).
  it(
    'is deterministic, and public/data/atlas.json equals a fresh run',
    { timeout: 120_000 },
    () => {
      const again = buildDataset(documents, {
        glossary: glossary as unknown as Glossary,
        overrides: overrides as CurationOverride[],
      });
      const json = formatDataset(result.dataset);
      expect(formatDataset(again.dataset)).toBe(json);
      expect(shipped.replace(/"file":"[^"]*data\/sources\//g, '"file":"data/sources/')).toBe(json);
    },
  );
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
