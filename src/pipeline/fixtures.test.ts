import { describe, expect, it } from 'vitest';
import type { DistrictKey } from '../model/zones';
import type { NormalizeResult } from './types';
import { stripPinyin } from './normalize/strip-pinyin';
import { toHalfWidth } from './normalize/to-half-width';
import { detectMojibake } from './normalize/detect-mojibake';
import { detectLatin1Mojibake } from './normalize/detect-latin1-mojibake';
import { toSimplified } from './normalize/to-simplified';
import { despin } from './normalize/despin';
import { stripSpam } from './normalize/strip-spam';
import { stripMarkup } from './normalize/strip-markup';
import { splitSentences } from './segment/split-sentences';
import { extractFigures } from './extract/extract-figures';
import { extractProjects } from './extract/extract-projects';
import { runPipeline } from './run-pipeline';
import { expectGolden } from './test/expect-golden';

interface FixtureOptions {
  district?: DistrictKey;
  documentYear?: number;
  /** The document's title, for the link stage (a zone it names alone is the document's topic). */
  title?: string;
}

/** A fact as a fixture records it; `knownMiss` marks what is right where the pipeline is known to be wrong. */
interface RecordedFact {
  kind: string;
  place: string | null;
  label_zh: string;
  value: number | null;
  unit: string | null;
  knownMiss?: string;
}

const inputs = import.meta.glob<string>('./fixtures/*/*/input.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const options = import.meta.glob<FixtureOptions>('./fixtures/*/*/options.json', {
  import: 'default',
  eager: true,
});
const recorded = import.meta.glob<RecordedFact[]>('./fixtures/holdout/*/expected.json', {
  import: 'default',
  eager: true,
});

const sameFact = (a: RecordedFact, b: RecordedFact): boolean =>
  a.kind === b.kind && a.label_zh === b.label_zh && a.value === b.value && a.unit === b.unit;

/**
 * A holdout's output with each known miss written as what is right: the fact the pipeline gets wrong
 * is replaced by the expectation's entry (right place, `knownMiss` saying what the pipeline does). A
 * known miss the pipeline now gets right fails, so the mark cannot outlive the bug.
 */
function withKnownMisses(
  output: RecordedFact[],
  expected: readonly RecordedFact[],
): RecordedFact[] {
  const misses = expected.filter((e) => e.knownMiss !== undefined);
  return output.map((fact) => {
    const miss = misses.find((e) => sameFact(e, fact));
    if (!miss) return fact;
    expect(fact.place, `known miss now right, remove knownMiss: ${miss.label_zh}`).not.toBe(
      miss.place,
    );
    return miss;
  });
}

const normalizeOutput = (result: NormalizeResult) => ({
  text: result.text,
  repairs: result.repairs,
});

/** What each stage's fixture records: the stage's own output, reduced to what a reviewer checks. */
const STAGES: Record<string, (input: string, o: FixtureOptions) => unknown> = {
  'strip-pinyin': (input) => normalizeOutput(stripPinyin(input)),
  'to-half-width': (input) => normalizeOutput(toHalfWidth(input)),
  'detect-mojibake': (input) => normalizeOutput(detectMojibake(input)),
  'detect-latin1-mojibake': (input) => normalizeOutput(detectLatin1Mojibake(input)),
  'to-simplified': (input) => normalizeOutput(toSimplified(input)),
  despin: (input) => normalizeOutput(despin(input)),
  'strip-spam': (input) => normalizeOutput(stripSpam(input)),
  'strip-markup': (input) => normalizeOutput(stripMarkup(input)),
  segment: (input) =>
    splitSentences(input).map(({ text, paragraph, isHeading, headings }) => ({
      text,
      paragraph,
      isHeading,
      headings,
    })),
  'extract-figures': (input, o) =>
    extractFigures(splitSentences(input), { documentYear: o.documentYear ?? null }).map((f) => ({
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      qualifier: f.qualifier ?? null,
      status: f.status,
      year: f.year,
      label_zh: f.label_zh,
    })),
  'extract-projects': (input, o) =>
    extractProjects(splitSentences(input), { documentYear: o.documentYear ?? null }).map((p) => ({
      name_zh: p.name_zh,
      status: p.status,
      year: p.year,
    })),
  holdout: (input, o) => STAGES.link!(input, o),
  link: (input, o) =>
    runPipeline(
      {
        id: 'fixture',
        file: 'input.txt',
        bytes: new TextEncoder().encode(input),
        ...(o.district ? { district: o.district } : {}),
        ...(o.documentYear ? { date: String(o.documentYear) } : {}),
        ...(o.title ? { title: o.title } : {}),
      },
      { glossary: { terms: [] } },
    ).facts.map((f) => ({
      kind: f.kind,
      place: f.place,
      label_zh: f.label_zh,
      value: 'value' in f ? (f.value ?? null) : null,
      unit: 'unit' in f ? (f.unit ?? null) : null,
      status: f.status,
      year: f.year,
    })),
};

describe('stage fixtures', () => {
  for (const [path, input] of Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b))) {
    const [, stage = '', name = ''] = /fixtures\/([^/]+)\/([^/]+)\/input\.txt$/.exec(path) ?? [];
    const run = STAGES[stage];
    it(`${stage}: ${name}`, async () => {
      expect(run, `no runner for stage "${stage}"`).toBeDefined();
      const o = options[path.replace('input.txt', 'options.json')] ?? {};
      const expected = recorded[path.replace('input.txt', 'expected.json')] ?? [];
      const output =
        stage === 'holdout'
          ? withKnownMisses(run!(input, o) as RecordedFact[], expected)
          : run!(input, o);
      await expectGolden(
        `${JSON.stringify(output, null, 2)}\n`,
        path.replace('input.txt', 'expected.json'),
      );
    });
  }
});
