import type { RepairDetail, RepairReport } from '../../model/dataset';
import type { Repair } from '../types';

const MAX_DETAILS = 400;
const MAX_TEXT = 60;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Merges script conversions line by line: one detail per line instead of one per character run. */
function mergeScript(repairs: readonly Repair[], original: string): RepairDetail[] {
  const byLine = new Map<number, [number, number]>();
  for (const r of repairs) {
    const line = original.lastIndexOf('\n', r.span[0]);
    const range = byLine.get(line);
    byLine.set(line, range ? [range[0], Math.max(range[1], r.span[1])] : [r.span[0], r.span[1]]);
  }
  return [...byLine.values()].map(([start, end]) => ({
    kind: 'script',
    span: [start, end],
    before: clip(original.slice(start, end)),
    after: '(simplified)',
  }));
}

/**
 * Turns the repairs of a document (spans already in original offsets) into the report the app shows:
 * counts by kind, unreadable ranges, and details sorted by position (script conversions summarised per
 * line, long texts clipped, at most 400 details).
 *
 * @example
 * summarizeRepairs([{ kind: 'spam', span: [3, 8], before: 'ag百家乐', after: '' }]).spamRemoved // 1
 */
export function summarizeRepairs(repairs: readonly Repair[], original = ''): RepairReport {
  const of = (kind: Repair['kind']): Repair[] => repairs.filter((r) => r.kind === kind);
  const details: RepairDetail[] = [
    ...repairs
      .filter((r) => r.kind !== 'script')
      .map((r) => ({ ...r, before: clip(r.before), after: clip(r.after) })),
    ...mergeScript(of('script'), original),
  ].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.kind.localeCompare(b.kind));
  const report: RepairReport = {
    pinyinGlosses: of('pinyin').length,
    traditionalChars: of('script').reduce((sum, r) => sum + r.before.length, 0),
    spunWords: of('spin').length,
    spamRemoved: of('spam').length,
    markupRemoved: of('markup').length,
    unreadable: of('mojibake').map((r) => r.span),
    details: details.slice(0, MAX_DETAILS),
  };
  if (details.length > MAX_DETAILS) report.detailsTruncated = details.length - MAX_DETAILS;
  return report;
}
