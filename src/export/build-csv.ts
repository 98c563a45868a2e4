import { EXPORT_COLUMNS, type ExportColumn, type ExportRecord } from './export-records';

/** The byte-order mark that tells spreadsheet programs the file is UTF-8, so Chinese reads right. */
export const BOM = '\uFEFF';

/** Columns that hold numbers written by the atlas itself: never text a spreadsheet could run. */
const NUMERIC = new Set<ExportColumn>(['value', 'year', 'span_start', 'span_end']);

/**
 * A text field made safe for spreadsheet programs, which run a cell beginning with `=`, `+`, `-`
 * or `@` (or a tab or carriage return before one) as a formula: such a field gets a leading
 * apostrophe, which they show as text. Numbers do not pass through here, so a negative value
 * stays a negative number.
 *
 * @example
 * neutralizeFormula('=HYPERLINK("http://x")') // → '\'=HYPERLINK("http://x")'
 * neutralizeFormula('能源谷') // → '能源谷'
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A field as RFC 4180 writes it: in double quotes, with quotes doubled, when it holds a comma, a
 * quote or a line break; as it is otherwise.
 *
 * @example
 * quoteField('a "b", c') // → '"a ""b"", c"'
 */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(record: ExportRecord, column: ExportColumn): string {
  const value = record[column];
  if (value === null || value === undefined) return '';
  if (NUMERIC.has(column) && typeof value === 'number') return String(value);
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return quoteField(neutralizeFormula(text));
}

/**
 * The CSV file of docs/contracts.md#export-files: a byte-order mark, a header row of
 * `EXPORT_COLUMNS`, one row per record, CRLF line ends, RFC 4180 quoting, sectors joined by `;`,
 * and text fields that cannot run as formulas.
 *
 * @example
 * buildCsv([record]) // → '\uFEFFfact_id,kind,place,…\r\n003-f-1uvvkci,figure,future-science-city,…\r\n'
 */
export function buildCsv(records: readonly ExportRecord[]): string {
  const lines = [
    EXPORT_COLUMNS.join(','),
    ...records.map((r) => EXPORT_COLUMNS.map((c) => cell(r, c)).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
