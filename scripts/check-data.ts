import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataset, type SourceTexts } from '../src/pipeline/validate/check-dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_NAME = 'public/data/atlas.json';

/** The decoded source text of each document, as the app's source viewer decodes it. */
function readSources(dataset: unknown): SourceTexts {
  const documents = (dataset as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) return {};
  const texts: Record<string, string> = {};
  for (const doc of documents as { id?: unknown; file?: unknown; encoding?: unknown }[]) {
    if (typeof doc?.id !== 'string' || typeof doc.file !== 'string') continue;
    const file = resolve(ROOT, doc.file);
    if (!existsSync(file)) continue;
    const encoding = typeof doc.encoding === 'string' ? doc.encoding : 'utf-8';
    try {
      texts[doc.id] = new TextDecoder(encoding).decode(readFileSync(file));
    } catch {
      continue;
    }
  }
  return texts;
}

function summary(dataset: unknown): string {
  const { documents, facts } = dataset as {
    documents: { status: string }[];
    facts: { kind: string }[];
  };
  const ok = documents.filter((d) => d.status === 'ok').length;
  const figures = facts.filter((f) => f.kind === 'figure').length;
  return (
    `${documents.length} documents (${ok} ok, ${documents.length - ok} failed), ` +
    `${facts.length} facts (${figures} figures, ${facts.length - figures} projects) OK`
  );
}

/**
 * Checks the dataset the app will load (default public/data/atlas.json, or the file given): one line
 * per problem as `file: id: reason` and exit 1, else a one-line summary and exit 0.
 */
function main(argv: readonly string[]): number {
  const name = argv[0] ?? DEFAULT_NAME;
  let dataset: unknown;
  try {
    dataset = JSON.parse(readFileSync(resolve(argv[0] ? process.cwd() : ROOT, name), 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`${name}: (file): cannot read as JSON: ${reason}`);
    return 1;
  }
  const problems = checkDataset(dataset, readSources(dataset));
  for (const { id, message } of problems)
    console.error(`${name}: ${id ?? '(dataset)'}: ${message}`);
  if (problems.length > 0) return 1;
  console.log(`${name}: ${summary(dataset)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
