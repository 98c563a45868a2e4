import type { RepairReport } from '../../model/dataset';

/** How far (in characters of the original text) a repair may lie outside a fact's sentence and still be kept. */
const NEAR = 10;

/**
 * Keeps the repair details a reader can meet in the source viewer: those within or near the sentences
 * that facts quote, plus every unreadable (mojibake) passage. The counts stay complete; the details left
 * out are added to `detailsTruncated`, so the dataset stays small without hiding how much was repaired.
 *
 * @example
 * trimRepairDetails({ ...report, details: [{ kind: 'spam', span: [900, 905], before: 'ag百家乐', after: '' }] }, [[0, 40]])
 *   // { ...report, details: [], detailsTruncated: 1 }
 */
export function trimRepairDetails(
  report: RepairReport,
  factSpans: readonly (readonly [number, number])[],
): RepairReport {
  const details = report.details ?? [];
  const isNearFact = ([start, end]: readonly [number, number]): boolean =>
    factSpans.some(([a, b]) => start < b + NEAR && end > a - NEAR);
  const kept = details.filter((d) => d.kind === 'mojibake' || isNearFact(d.span));
  const dropped = details.length - kept.length + (report.detailsTruncated ?? 0);
  const counts: RepairReport = { ...report };
  delete counts.details;
  delete counts.detailsTruncated;
  return {
    ...counts,
    ...(kept.length > 0 ? { details: kept } : {}),
    ...(dropped > 0 ? { detailsTruncated: dropped } : {}),
  };
}
