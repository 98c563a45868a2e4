import type { Dataset } from '../model/dataset';

/**
 * Serialises the dataset the way `public/data/atlas.json` stores it: one document or fact per line, so
 * the file stays small (no deep indentation) while a diff still shows which fact changed. Same dataset,
 * same bytes.
 *
 * @example
 * formatDataset({ documents: [], facts: [] }) // '{\n"documents": [\n],\n"facts": [\n]\n}\n'
 */
export function formatDataset(dataset: Dataset): string {
  const rows = (items: readonly unknown[]): string =>
    items.map((item) => JSON.stringify(item)).join(',\n');
  const documents = rows(dataset.documents);
  const facts = rows(dataset.facts);
  return (
    `{\n"documents": [\n${documents}${documents ? '\n' : ''}],\n` +
    `"facts": [\n${facts}${facts ? '\n' : ''}]\n}\n`
  );
}
