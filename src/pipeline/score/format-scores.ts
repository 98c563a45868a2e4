import type { DocumentScore } from './score-dataset';

/** Column title and the [part, whole] it shows for one document. */
const COLUMNS: readonly [string, (s: DocumentScore) => [number, number]][] = [
  ['projects found', ({ projects: p }) => [p.found, p.expected]],
  ['projects placed', ({ projects: p }) => [p.placed, p.expected]],
  ['zone projects in zone', ({ projects: p }) => [p.zoneFound, p.zoneExpected]],
  ['project precision', ({ projects: p }) => [p.judged - p.wrong.length, p.judged]],
  ['figures found', ({ figures: f }) => [f.found, f.expected]],
  ['figures placed', ({ figures: f }) => [f.placed, f.expected]],
  ['zone figures found', ({ figures: f }) => [f.zoneFound, f.zoneExpected]],
  ['zone figure precision', ({ figures: f }) => [f.zoneJudged - f.zoneWrong.length, f.zoneJudged]],
  ['district leak', ({ figures: f }) => [f.districtLeaks.length, f.districtExpected]],
];

const cell = ([part, whole]: [number, number]): string =>
  whole === 0 ? '—' : `${part}/${whole} (${Math.round((100 * part) / whole)} %)`;

/**
 * The per-document score table as Markdown, with a total row when there are several documents:
 * the form in which the pipeline README records first-pass scores.
 *
 * @example
 * formatScores(scoreDataset(dataset, annotations))
 * // '| document | projects found | … |\n|---|…|\n| 000 | 12/14 (86 %) | … |'
 */
export function formatScores(scores: readonly DocumentScore[]): string {
  const header = ['document', ...COLUMNS.map(([title]) => title)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const s of scores)
    lines.push(`| ${[s.doc, ...COLUMNS.map(([, get]) => cell(get(s)))].join(' | ')} |`);
  if (scores.length > 1) {
    const totals = COLUMNS.map(([, get]) =>
      scores.map(get).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]),
    );
    lines.push(`| ${['total', ...totals.map(cell)].join(' | ')} |`);
  }
  return lines.join('\n');
}
