import type { Dataset, DocumentEntry, Fact, SourceMeta } from '../model/dataset';
import type { RawDocument } from './types';
import { runPipeline } from './run-pipeline';
import { applyCuration, type CurationOverride } from './curate/apply-curation';
import type { Glossary } from './curate/translate-label';
import { trimRepairDetails } from './curate/trim-repair-details';
import { validateDataset } from './validate/schema';

/** Inputs of {@link buildDataset}: documents with their manifest metadata, and the curation files. */
export interface BuildOptions {
  glossary: Glossary;
  overrides: readonly CurationOverride[];
}

/** The dataset plus everything the CLI reports. */
export interface BuildResult {
  dataset: Dataset;
  /** Curation overrides that matched nothing, and schema problems: any of these fails the build. */
  errors: string[];
  /** Facts per document before curation, for the report. */
  normalized: Record<string, string>;
}

function compareFacts(a: Fact, b: Fact): number {
  return (
    a.doc.localeCompare(b.doc) ||
    a.span[0] - b.span[0] ||
    a.kind.localeCompare(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

function withMeta(document: DocumentEntry, meta: Partial<SourceMeta> | undefined): DocumentEntry {
  if (!meta) return document;
  const { id, file, status, error, encoding, repairs } = document;
  return {
    id,
    file,
    status,
    ...(error ? { error } : {}),
    ...(encoding ? { encoding } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    repairs,
  };
}

/**
 * Runs the pipeline over every document, applies curation, sorts facts stably, keeps the repair details
 * near facts and validates the result. Documents carry the `encoding` their bytes were decoded with, not
 * their text: fact spans index `new TextDecoder(encoding).decode(bytes)`. Deterministic: the same inputs always give the same dataset.
 *
 * @example
 * buildDataset([{ id: '000', file: 'a.txt', bytes }], { glossary, overrides: [] }).dataset.facts.length
 */
export function buildDataset(
  documents: readonly (RawDocument & { meta?: Partial<SourceMeta> })[],
  options: BuildOptions,
): BuildResult {
  const entries: DocumentEntry[] = [];
  const facts: Fact[] = [];
  const normalized: Record<string, string> = {};
  for (const doc of documents) {
    const title = doc.title ?? doc.meta?.title;
    const result = runPipeline(title ? { ...doc, title } : doc, { glossary: options.glossary });
    entries.push(withMeta(result.document, doc.meta));
    facts.push(...result.facts);
    normalized[doc.id] = result.normalized;
  }
  const present = new Set(documents.map((d) => d.id));
  const curated = applyCuration(
    facts,
    options.overrides.filter((o) => present.has(o.doc)),
  );
  const sorted = curated.facts.sort(compareFacts);
  const documentsOut = entries.map((entry) => {
    const own = sorted.filter((f) => f.doc === entry.id);
    const unplaced = own.filter((f) => f.place === null).length;
    return {
      ...entry,
      ...(unplaced > 0 ? { unplaced } : {}),
      repairs: trimRepairDetails(
        entry.repairs,
        own.map((f) => f.span),
      ),
    };
  });
  const dataset: Dataset = { documents: documentsOut, facts: sorted };
  return { dataset, errors: [...curated.errors, ...validateDataset(dataset)], normalized };
}
