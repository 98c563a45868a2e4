import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceMeta } from '../src/model/dataset';
import type { DistrictKey } from '../src/model/zones';
import { buildDataset } from '../src/pipeline/build-dataset';
import type { CurationOverride } from '../src/pipeline/curate/apply-curation';
import type { Glossary } from '../src/pipeline/curate/translate-label';
import { formatReport } from '../src/pipeline/curate/format-report';
import { formatDataset } from '../src/pipeline/format-dataset';
import type { RawDocument } from '../src/pipeline/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = join(ROOT, 'public/data/atlas.json');
const DEFAULT_SOURCES = join(ROOT, 'data/sources');
const USAGE = 'usage: npm run extract -- [--out FILE] [PATH ...]';
/** Larger files fail unread, which keeps time and memory bounded (the seeds are under 50 kB). */
const MAX_BYTES = 16 * 1024 * 1024;

type Input = RawDocument & { meta?: Partial<SourceMeta> };

/** A usage error: one line on stderr, exit 2, nothing written. */
function fail(message: string): never {
  console.error(`extract: ${message} (${USAGE})`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { out: string; paths: string[] } {
  let out = DEFAULT_OUT;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const value = argv[++i];
      if (!value || value.startsWith('-')) fail('--out needs a file name');
      out = resolve(value);
    } else if (arg.startsWith('--out=')) {
      if (arg === '--out=') fail('--out needs a file name');
      out = resolve(arg.slice(6));
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else {
      if (!existsSync(arg)) fail(`no such file or folder: ${arg}`);
      paths.push(resolve(arg));
    }
  }
  if (existsSync(out) && statSync(out).isDirectory()) fail(`--out is a folder: ${out}`);
  return { out, paths: paths.length > 0 ? paths : [DEFAULT_SOURCES] };
}

function readManifest(folder: string): Map<string, SourceMeta> {
  const file = join(folder, 'manifest.json');
  if (!existsSync(file)) return new Map();
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { documents: SourceMeta[] };
  return new Map(manifest.documents.map((d) => [d.file, d]));
}

/** The file's bytes, or why they were not read: a failed document, never a crash. */
function readBytes(file: string): { bytes: Uint8Array; error?: string } {
  const size = statSync(file).size;
  if (size > MAX_BYTES) {
    return { bytes: new Uint8Array(), error: `file too large (${size} bytes; limit ${MAX_BYTES})` };
  }
  try {
    return { bytes: new Uint8Array(readFileSync(file)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { bytes: new Uint8Array(), error: `cannot read file: ${reason}` };
  }
}

function toInput(file: string, meta: SourceMeta | undefined): Input {
  const name = basename(file);
  return {
    id: meta?.id ?? name.replace(/\.[^.]+$/, ''),
    file: relative(ROOT, file).split('\\').join('/'),
    ...readBytes(file),
    ...(meta?.district ? { district: meta.district as DistrictKey } : {}),
    ...(meta?.date ? { date: meta.date } : {}),
    ...(meta ? { meta } : {}),
  };
}

function collect(paths: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      const manifest = readManifest(path);
      const files = readdirSync(path)
        .filter((f) => f !== 'manifest.json' && !/\.md$/i.test(f) && !f.startsWith('.'))
        .filter((f) => statSync(join(path, f)).isFile())
        .sort();
      for (const f of files) inputs.push(toInput(join(path, f), manifest.get(f)));
    } else inputs.push(toInput(path, readManifest(dirname(path)).get(basename(path))));
  }
  if (inputs.length === 0) fail(`no documents in ${paths.join(', ')}`);
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const other = seen.get(input.id);
    if (other) fail(`two documents share the id ${input.id}: ${other} and ${input.file}`);
    seen.set(input.id, input.file);
  }
  return inputs;
}

function readJson<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

function main(): number {
  const { out, paths } = parseArgs(process.argv.slice(2));
  const inputs = collect(paths);
  const glossary = readJson<Glossary>(join(ROOT, 'data/curation/glossary.json'), { terms: [] });
  const overrides = readJson<CurationOverride[]>(join(ROOT, 'data/curation/overrides.json'), []);
  const { dataset, errors } = buildDataset(inputs, { glossary, overrides });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, formatDataset(dataset));
  console.error(formatReport(dataset));
  console.error(`wrote ${relative(process.cwd(), out) || out}`);
  for (const error of errors) console.error(`error: ${error}`);
  const failed = dataset.documents.some((d) => d.status === 'failed');
  return errors.length > 0 || failed ? 1 : 0;
}

process.exitCode = main();
