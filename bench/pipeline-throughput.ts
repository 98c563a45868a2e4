import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DistrictKey } from '../src/model/zones';
import { buildDataset } from '../src/pipeline/build-dataset';
import type { Glossary } from '../src/pipeline/curate/translate-label';
import type { RawDocument } from '../src/pipeline/types';

/** One row of the throughput table. */
export interface ThroughputRow {
  copies: 1 | 10 | 100;
  bytes: number;
  ms: number;
  mbPerSec: number;
  heapMB: number;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
/** The five seed documents: the corpus the throughput row is measured on, whatever else data/sources holds. */
const SEED_IDS = new Set(['000', '001', '002', '003', '004']);

function loadCorpus(): { docs: RawDocument[]; glossary: Glossary } {
  const folder = join(ROOT, 'data/sources');
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
    documents: { id: string; file: string; date: string; district?: string }[];
  };
  const files = new Set(readdirSync(folder));
  const docs = manifest.documents
    .filter((d) => SEED_IDS.has(d.id) && files.has(d.file))
    .map((d) => ({
      id: d.id,
      file: d.file,
      bytes: new Uint8Array(readFileSync(join(folder, d.file))),
      date: d.date,
      ...(d.district ? { district: d.district as DistrictKey } : {}),
    }));
  const glossary = JSON.parse(
    readFileSync(join(ROOT, 'data/curation/glossary.json'), 'utf8'),
  ) as Glossary;
  return { docs, glossary };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs the whole pipeline (decode to validated dataset, curation excluded) over 1, 10 and 100 copies
 * of the seed corpus and reports the median time of a few runs, throughput and heap in use afterwards.
 *
 * @example
 * const rows = await measurePipelineThroughput(); // [{ copies: 1, bytes: 83395, ms: …, mbPerSec: …, heapMB: … }, …]
 */
export async function measurePipelineThroughput(): Promise<ThroughputRow[]> {
  const { docs, glossary } = loadCorpus();
  const rows: ThroughputRow[] = [];
  for (const copies of [1, 10, 100] as const) {
    const corpus = Array.from({ length: copies }, (_, c) =>
      docs.map((d) => ({ ...d, id: `${d.id}-${c}` })),
    ).flat();
    const bytes = corpus.reduce((sum, d) => sum + d.bytes.length, 0);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      buildDataset(corpus, { glossary, overrides: [] });
      times.push(performance.now() - start);
      await Promise.resolve();
    }
    const ms = median(times);
    rows.push({
      copies,
      bytes,
      ms: Math.round(ms * 10) / 10,
      mbPerSec: Math.round((bytes / 1e6 / (ms / 1000)) * 100) / 100,
      heapMB: Math.round((process.memoryUsage().heapUsed / 1e6) * 10) / 10,
    });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(await measurePipelineThroughput());
}
