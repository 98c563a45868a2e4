import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildDataset } from '../src/pipeline/build-dataset';

/** What `measureLargeDocument()` reports: one 5 MB document against a tenth of it. */
export interface LargeDocumentResult {
  smallBytes: number;
  bigBytes: number;
  /** Median build time of each, ms. */
  smallMs: number;
  bigMs: number;
  /** Heap still in use after the big build, with its dataset alive, over the heap before it. */
  retainedBytes: number;
  facts: number;
}

const RUNS = 3;
const SEED = new URL('../data/sources/000-beijing-daily-2023-07.txt', import.meta.url);

/** The seed article repeated to at least `bytes` bytes of UTF-8, as one document. */
function repeatSeed(bytes: number): Uint8Array {
  const seed = readFileSync(SEED, 'utf8');
  const copies = Math.ceil(bytes / Buffer.byteLength(seed));
  return new TextEncoder().encode(Array.from({ length: copies }, () => seed).join('\n\n'));
}

function build(bytes: Uint8Array) {
  return buildDataset([{ id: 'big', file: 'big.txt', bytes }], {
    glossary: { terms: [] },
    overrides: [],
  }).dataset;
}

function medianMs(bytes: Uint8Array): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    build(bytes);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/**
 * Builds one 5 MB document and one of 512 kB through the whole pipeline: a stage that is not
 * linear in the length of one document shows as a time ratio far above the 10× of the input,
 * and a stage that keeps copies of the text as retained heap far above the input.
 *
 * @example
 * const r = measureLargeDocument(); // { smallMs: 240, bigMs: 2600, retainedBytes: 9e6, … }
 */
export function measureLargeDocument(): LargeDocumentResult {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const small = repeatSeed(512 * 1024);
  const big = repeatSeed(5 * 1024 * 1024);
  build(small);
  const smallMs = medianMs(small);
  const bigMs = medianMs(big);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const dataset = build(big);
  gc();
  const retainedBytes = process.memoryUsage().heapUsed - heapBefore;
  return {
    smallBytes: small.length,
    bigBytes: big.length,
    smallMs,
    bigMs,
    retainedBytes,
    facts: dataset.facts.length,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(measureLargeDocument());
}
