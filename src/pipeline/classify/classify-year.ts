const TIME = /(20\d\d)年|(今年|本年|年内|全年|目前|现在|如今|当前)|(去年|上年)|(明年)/g;

/**
 * The year a figure refers to: the last time expression before the number in its sentence (2030年,
 * 今年, 去年, 明年, 目前), else the year of its section heading, else — for results — the year the
 * document was published. Targets without a stated year get null.
 *
 * @example
 * classifyYear('到2030年产业收入超过1800亿元', 9, { documentYear: 2025, status: 'target' }) // 2030
 * classifyYear('本年实现产值增长6%', 7, { documentYear: 2025, status: 'target' }) // 2025
 */
export function classifyYear(
  sentence: string,
  at: number,
  context: {
    documentYear: number | null;
    sectionYear?: number | null;
    status: 'actual' | 'target';
  },
): number | null {
  let year: number | null = null;
  for (const m of sentence.slice(0, at).matchAll(TIME)) {
    const doc = context.documentYear;
    if (m[1]) year = Number(m[1]);
    else if (m[2]) year = m[2] === '全年' || m[2] === '年内' ? (context.sectionYear ?? doc) : doc;
    else if (m[3]) year = doc === null ? null : doc - 1;
    else if (m[4]) year = doc === null ? null : doc + 1;
  }
  if (year !== null) return year;
  if (context.sectionYear) return context.sectionYear;
  return context.status === 'actual' ? context.documentYear : null;
}
