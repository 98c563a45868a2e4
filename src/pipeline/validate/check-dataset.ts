import * as v from 'valibot';
import type { Dataset, Fact } from '../../model/dataset';
import { DatasetSchema } from './schema';

/** One problem of a dataset: the fact or document it concerns (null for the whole file) and why. */
export interface DatasetProblem {
  id: string | null;
  message: string;
}

/** The decoded text of each document's source file, by document id; missing when the file is. */
export type SourceTexts = Readonly<Record<string, string | undefined>>;

/** Markup or script that must never reach the app's strings (the pipeline strips it). */
const MARKUP = /<[a-zA-Z/!]|javascript:|\bon[a-z]+\s*=/i;

/** The id of the document or fact an issue path points into, else its position. */
function ownerOf(path: readonly v.IssuePathItem[]): string | null {
  const [list, item] = path;
  if (list?.key !== 'documents' && list?.key !== 'facts') return null;
  if (typeof item?.key !== 'number') return null;
  const id = (item.value as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : `${String(list.key)}[${item.key}]`;
}

function schemaProblem(issue: v.BaseIssue<unknown>): DatasetProblem {
  const path = issue.path ?? [];
  const field = path
    .slice(typeof path[1]?.key === 'number' ? 2 : 0)
    .map((p) => String(p.key))
    .join('.');
  const reason =
    issue.type === 'picklist' || issue.type === 'variant'
      ? `unknown value ${issue.received}`
      : issue.received === 'undefined'
        ? 'missing'
        : issue.message;
  return { id: ownerOf(path), message: field ? `${field}: ${reason}` : reason };
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => seen.has(id) || !seen.add(id));
}

function spanProblem([start, end]: readonly [number, number], length: number): string | null {
  if (start > end) return `span [${start}, ${end}] ends before it starts`;
  if (end > length) return `span [${start}, ${end}] is past the end of the source text (${length})`;
  return null;
}

function factStrings(fact: Fact): [string, string | null | undefined][] {
  const strings: [string, string | null | undefined][] = [
    ['quote', fact.quote],
    ['label_zh', fact.label_zh],
    ['label_en', fact.label_en],
  ];
  if (fact.kind === 'project') strings.push(['name_zh', fact.name_zh], ['name_en', fact.name_en]);
  return strings;
}

function checkFacts(dataset: Dataset, sources: SourceTexts): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  for (const fact of dataset.facts) {
    const add = (message: string) => problems.push({ id: fact.id, message });
    const doc = documents.get(fact.doc);
    if (!doc) add(`doc: unknown document ${fact.doc}`);
    else if (doc.status !== 'ok') add(`doc: document ${fact.doc} failed and cannot have facts`);
    const text = sources[fact.doc];
    if (doc && text !== undefined) {
      const problem = spanProblem(fact.span, text.length);
      if (problem) add(problem);
    }
    for (const [field, value] of factStrings(fact)) {
      if (value && MARKUP.test(value)) add(`${field}: contains markup or script`);
    }
  }
  return problems;
}

function checkDocuments(dataset: Dataset, sources: SourceTexts): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const doc of dataset.documents) {
    const add = (message: string) => problems.push({ id: doc.id, message });
    if (doc.status === 'failed' && !doc.error) add('error: a failed document needs its error');
    if (doc.status !== 'ok') continue;
    const text = sources[doc.id];
    if (text === undefined) {
      add(`file: source text ${doc.file} not found`);
      continue;
    }
    const spans = [
      ...doc.repairs.unreadable,
      ...(doc.repairs.details ?? []).map((detail) => detail.span),
    ];
    for (const span of spans) {
      const problem = spanProblem(span, text.length);
      if (problem) add(`repairs: ${problem}`);
    }
  }
  return problems;
}

/**
 * Checks a dataset before the app may draw it: the valibot schema first, then what the schema cannot
 * see — unique document and fact ids, every fact's document present and read, spans within the
 * decoded source text, and no markup in the strings the app shows. Returns the problems, in file
 * order (empty when the dataset is sound).
 *
 * @example
 * checkDataset({ documents: [], facts: [{ id: 'f1' }] }, {})[0].id // 'f1'
 */
export function checkDataset(dataset: unknown, sources: SourceTexts): DatasetProblem[] {
  const parsed = v.safeParse(DatasetSchema, dataset);
  if (!parsed.success) return parsed.issues.map((issue) => schemaProblem(issue));
  const valid = dataset as Dataset;
  return [
    ...duplicates(valid.documents.map((d) => d.id)).map((id) => ({
      id,
      message: 'id: two documents share this id',
    })),
    ...duplicates(valid.facts.map((f) => f.id)).map((id) => ({
      id,
      message: 'id: two facts share this id',
    })),
    ...checkDocuments(valid, sources),
    ...checkFacts(valid, sources),
  ];
}
