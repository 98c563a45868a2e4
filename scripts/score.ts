import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, SourceMeta } from '../src/model/dataset';
import type { DistrictKey } from '../src/model/zones';
import { buildDataset } from '../src/pipeline/build-dataset';
import type { CurationOverride } from '../src/pipeline/curate/apply-curation';
import type { Glossary } from '../src/pipeline/curate/translate-label';
import type { Annotation } from '../src/pipeline/score/annotation';
import { formatScores } from '../src/pipeline/score/format-scores';
import { readingAsFacts } from '../src/pipeline/score/reading-as-facts';
import { scoreDataset, type DocumentScore } from '../src/pipeline/score/score-dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run score -- [--dataset FILE | --second] [--details] [DOC_ID ...]';

function fail(message: string): never {
  console.error(`score: ${message} (${USAGE})`);
  process.exit(2);
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function parseArgs(argv: readonly string[]) {
  let datasetFile: string | null = null;
  let details = false;
  let second = false;
  const ids: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dataset') datasetFile = argv[++i] ?? fail('--dataset needs a file');
    else if (arg === '--details') details = true;
    else if (arg === '--second') second = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else ids.push(arg);
  }
  if (second && datasetFile) fail('--second and --dataset exclude each other');
  return { datasetFile, details, second, ids };
}

/**
 * The annotations of the requested documents in a folder (all it holds when none is named):
 * `data/annotations`, or `data/annotations/second` for the second readings.
 */
function readAnnotations(
  ids: readonly string[],
  folder = join(ROOT, 'data/annotations'),
): Annotation[] {
  const available = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
  for (const id of ids)
    if (!available.includes(id))
      fail(`no annotation ${relative(ROOT, join(folder, `${id}.json`))}`);
  return (ids.length > 0 ? ids : available).map((id) =>
    readJson<Annotation>(join(folder, `${id}.json`)),
  );
}

/** A fresh pipeline run over the annotated documents, with the shipped curation. */
function buildFresh(ids: ReadonlySet<string>): Dataset {
  const manifest = readJson<{ documents: SourceMeta[] }>(join(ROOT, 'data/sources/manifest.json'));
  const documents = manifest.documents
    .filter((meta) => ids.has(meta.id))
    .map((meta) => ({
      id: meta.id,
      file: `data/sources/${meta.file}`,
      bytes: new Uint8Array(readFileSync(join(ROOT, 'data/sources', meta.file))),
      ...(meta.district ? { district: meta.district as DistrictKey } : {}),
      date: meta.date,
      meta,
    }));
  const missing = [...ids].filter((id) => !documents.some((d) => d.id === id));
  if (missing.length > 0) fail(`not in data/sources/manifest.json: ${missing.join(', ')}`);
  const glossary = readJson<Glossary>(join(ROOT, 'data/curation/glossary.json'));
  const overrides = readJson<CurationOverride[]>(join(ROOT, 'data/curation/overrides.json'));
  return buildDataset(documents, { glossary, overrides }).dataset;
}

function main(): void {
  const { datasetFile, details, second, ids } = parseArgs(process.argv.slice(2));
  if (second) {
    // The second readings, scored against the first readings of the same documents.
    const seconds = readAnnotations(ids, join(ROOT, 'data/annotations/second'));
    const firsts = readAnnotations(seconds.map((a) => a.doc));
    const facts = seconds.flatMap((reading, i) => readingAsFacts(reading, firsts[i]!));
    report(scoreDataset({ facts }, firsts), details);
    return;
  }
  const annotations = readAnnotations(ids);
  if (datasetFile && !existsSync(datasetFile)) fail(`no such file: ${datasetFile}`);
  const dataset = datasetFile
    ? readJson<Dataset>(datasetFile)
    : buildFresh(new Set(annotations.map((a) => a.doc)));
  report(scoreDataset(dataset, annotations), details);
}

/** Prints the per-document table and, with `details`, what each document's scores leave out. */
function report(scores: readonly DocumentScore[], details: boolean): void {
  console.log(formatScores(scores));
  if (!details) return;
  for (const { doc, projects, figures } of scores) {
    console.log(`\n${doc}`);
    for (const p of projects.missed) console.log(`  project missed: ${p.name_zh} (${p.place})`);
    for (const m of projects.misplaced)
      console.log(
        `  project misplaced: ${m.project.name_zh} → ${m.places.join(', ')} (reader: ${m.project.place})`,
      );
    for (const name of projects.wrong) console.log(`  project not listed: ${name}`);
    for (const e of figures.missed)
      console.log(`  figure missed: ${e.value} ${e.unit} ${e.status} ${e.place} ${e.label}`);
    for (const f of figures.zoneWrong)
      console.log(
        `  zone figure not listed: ${f.value} ${f.unit} ${f.status} ${f.place} ${f.label_zh}`,
      );
    for (const f of figures.districtLeaks)
      console.log(`  district figure in a zone: ${f.value} ${f.unit} → ${f.place} ${f.label_zh}`);
  }
}

main();
