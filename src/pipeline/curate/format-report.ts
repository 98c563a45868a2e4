import type { Dataset } from '../../model/dataset';

/**
 * A plain-text report of what each document yielded and what was repaired, for the terminal.
 *
 * @example
 * formatReport({ documents: [], facts: [] }) // 'document  status  figures  projects  repairs\n(total 0 figures, 0 projects)'
 */
export function formatReport(dataset: Dataset): string {
  const lines = ['document  status  figures  projects  repairs'];
  for (const doc of dataset.documents) {
    const facts = dataset.facts.filter((f) => f.doc === doc.id);
    const figures = facts.filter((f) => f.kind === 'figure').length;
    const projects = facts.length - figures;
    const r = doc.repairs;
    const repairs = [
      r.pinyinGlosses && `${r.pinyinGlosses} pinyin glosses`,
      r.traditionalChars && `${r.traditionalChars} traditional chars`,
      r.spunWords && `${r.spunWords} spun words`,
      r.spamRemoved && `${r.spamRemoved} spam`,
      r.markupRemoved && `${r.markupRemoved} markup`,
      r.unreadable.length && `${r.unreadable.length} unreadable spans`,
    ].filter(Boolean);
    const status = doc.status === 'ok' ? 'ok' : `FAILED (${doc.error ?? 'unknown error'})`;
    lines.push(
      `${doc.id.padEnd(8)}  ${status.padEnd(6)}  ${String(figures).padStart(7)}  ${String(projects).padStart(8)}  ${repairs.join(', ') || '-'}`,
    );
  }
  const figures = dataset.facts.filter((f) => f.kind === 'figure').length;
  lines.push(`(total ${figures} figures, ${dataset.facts.length - figures} projects)`);
  return lines.join('\n');
}
