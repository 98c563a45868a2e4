/** Quotation marks and title marks a name may be written with: 小米“灯塔工厂”, 《…》. */
const QUOTES = /[“”"‘’'「」『』《》〈〉]/g;
/** Brackets around a phase or an aside: 奥北森林公园(一期), 奥北森林公园（一期）. */
const BRACKETS = /[()（）[\]【】〔〕]/g;

/**
 * A project name reduced to what identifies it: quotes and brackets dropped (their content kept),
 * whitespace removed, full-width letters and digits made half-width, Latin letters upper-cased. Two
 * spellings a reader takes for the same name compare equal.
 *
 * @example
 * normalizeName('小米“灯塔工厂”') // '小米灯塔工厂'
 * normalizeName('奥北森林公园（一期）') // '奥北森林公园一期'
 * normalizeName('首开 LONG街') // '首开LONG街'
 */
export function normalizeName(name: string): string {
  return name
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(QUOTES, '')
    .replace(BRACKETS, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}
