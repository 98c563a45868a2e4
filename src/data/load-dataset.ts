import type { Dataset, DocumentEntry } from '../model/dataset';

/** Where the build puts the dataset written by `npm run extract` (public/data/atlas.json). */
export const DATASET_URL = 'data/atlas.json';

/**
 * Fetches the atlas dataset. It is loaded beside the first screen, not before it: the map and
 * zones draw while this is in flight. A response that is not a dataset is an error with a
 * message the UI shows beside a retry button.
 */
export async function loadDataset(fetcher: typeof fetch = fetch): Promise<Dataset> {
  const response = await fetcher(DATASET_URL);
  if (!response.ok) throw new Error(`The dataset could not be loaded (HTTP ${response.status}).`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new Error('The dataset is not valid JSON.');
  }
  if (!isDatasetShape(data)) throw new Error('The dataset does not have the expected shape.');
  return data;
}

/** A cheap structural check; the full schema is enforced when the dataset is written. */
export function isDatasetShape(data: unknown): data is Dataset {
  if (typeof data !== 'object' || data === null) return false;
  const { documents, facts } = data as Record<string, unknown>;
  return (
    Array.isArray(documents) &&
    Array.isArray(facts) &&
    facts.every(
      (fact) =>
        typeof fact === 'object' &&
        fact !== null &&
        typeof (fact as Record<string, unknown>).id === 'string' &&
        Array.isArray((fact as Record<string, unknown>).span),
    )
  );
}

/**
 * Fetches a source document's original text for the source viewer, decoded the way the
 * pipeline decoded it, so that fact spans index the same characters.
 */
export async function loadSourceText(doc: DocumentEntry, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(`data/sources/${encodeURIComponent(doc.file.replace(/^.*\//, ''))}`);
  if (!response.ok) throw new Error(`The document could not be loaded (HTTP ${response.status}).`);
  const bytes = await response.arrayBuffer();
  return new TextDecoder(doc.encoding ?? 'utf-8').decode(bytes);
}
