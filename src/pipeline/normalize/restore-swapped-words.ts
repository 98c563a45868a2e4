import type { NormalizeResult, Repair } from '../types';
import { PLACES } from '../link/gazetteer';
import { applyEdits, type TextEdit } from './offset-map';

/**
 * A gambling site's name that a content farm writes in place of a word of the text, every time that
 * word occurs (怀柔科学城 → 怀柔明升体育app城, 生物医学成像 → 生物明升手机版成像): a brand (明升, 开云,
 * 美高梅, 威尼斯9499…) with what it sells, or a bare "app" glued into Chinese text.
 */
const SWAP_TOKEN =
  /(?:明升|开云|美高梅|威尼斯|金沙|新葡京|永利)(?:\d+)?(?:中国)?(?:体育)?(?:app|APP|手机版|官网|登录入口|mgm)*|(?<=[\u4e00-\u9fff])(?:app|APP)(?=[\u4e00-\u9fff])/g;
/** A brand word: a token holding one is spam wherever it stands; a bare "app" needs two witnesses. */
const BRAND = /明升|开云|美高梅|威尼斯|金沙|新葡京|永利/;

/** Names the gazetteer knows, long enough to witness a word (怀柔科学城, 北京生命科学研究所). */
const KNOWN_NAMES: readonly string[] = [
  ...new Set(PLACES.flatMap((place) => place.names).filter((name) => name.length >= 4)),
];

/** How many characters of a known name must stand on each side of the word it witnesses, at least. */
const CONTEXT = 2;

/**
 * The words a known name says the token at `start` stands for: for each name that, with one of its
 * words taken out, fits the text around the token (怀柔 + ? + 城 → 科学 from 怀柔科学城).
 */
function witnessedWords(text: string, start: number, end: number): string[] {
  const left = text.slice(Math.max(0, start - 12), start);
  const right = text.slice(end, end + 12);
  const words: string[] = [];
  for (const name of KNOWN_NAMES) {
    for (let i = 1; i < name.length; i++) {
      for (let j = i + 1; j <= Math.min(name.length, i + 4); j++) {
        const before = name.slice(0, i);
        const after = name.slice(j);
        if (before.length + after.length < CONTEXT * 2 - 1) continue;
        if (before.length < 1 || (after.length < 1 && before.length < CONTEXT * 2)) continue;
        if (left.endsWith(before) && right.startsWith(after)) words.push(name.slice(i, j));
      }
    }
  }
  return words;
}

/**
 * Puts back the words a content farm swapped for a gambling site's name. Each distinct token is
 * matched against the names the gazetteer knows: where the text around one of its occurrences, with
 * a word in the token's place, spells a known name (怀柔明升体育app城 → 怀柔科学城), that word is what
 * the token stands for, and it is put back at every occurrence of the token. A brand token needs one
 * witness, a bare "app" two that agree, and tokens whose witnesses disagree or that no name witnesses
 * are left for the spam stage to see (a site's name in a credit line, 明升头条号).
 *
 * @example
 * restoreSwappedWords('怀柔明升体育app城将新增道路,怀柔明升体育app城核心区').text
 * // '怀柔科学城将新增道路,怀柔科学城核心区'
 */
export function restoreSwappedWords(text: string): NormalizeResult {
  const occurrences = new Map<string, { start: number; end: number }[]>();
  for (const m of text.matchAll(SWAP_TOKEN)) {
    const list = occurrences.get(m[0]) ?? [];
    list.push({ start: m.index, end: m.index + m[0].length });
    occurrences.set(m[0], list);
  }
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  for (const [token, spans] of occurrences) {
    const votes = new Map<string, number>();
    for (const { start, end } of spans)
      for (const word of new Set(witnessedWords(text, start, end)))
        votes.set(word, (votes.get(word) ?? 0) + 1);
    const [best, ...others] = [...votes].sort((a, b) => b[1] - a[1]);
    if (!best || (others[0] && others[0][1] === best[1])) continue;
    if (best[1] < (BRAND.test(token) ? 1 : 2)) continue;
    for (const { start, end } of spans) {
      edits.push({ start, end, replacement: best[0] });
      repairs.push({ kind: 'spam', span: [start, end], before: token, after: best[0] });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  repairs.sort((a, b) => a.span[0] - b.span[0]);
  return { ...applyEdits(text, edits), repairs };
}
