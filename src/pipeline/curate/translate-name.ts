import { pinyin } from 'pinyin-pro';
import { parseNumber } from '../extract/parse-number';
import type { Glossary } from './translate-label';

/** Small words that stay lower-case inside a title-cased name. */
const MINOR = new Set(['a', 'an', 'and', 'of', 'for', 'the', 'in', 'on', 'to', 'at', 'with']);
/** Units, which keep their own case in a title (220 kV, 8 km). */
const UNITS = new Set(['kV', 'kW', 'MW', 'MVA', 'km', 'm']);
/** A plot named by a letter (B地块): Plot B. */
const PLOT = /^([A-Z])地块/;
/** A thing numbered with 号 (1号主场馆, 5号线): its number goes after its kind (Main Arena 1, Line 5). */
const NUMBERED = /^(\d+)号/;
/** A bus route named by its number (963路): Bus Route 963. */
const BUS_ROUTE = /^(\d+)路/;
/** A part of a phase numbered in brackets (二期(一)): Part 1. */
const PART = /^[(（]([一二三四五六七八九])[)）]/;

/** Brackets and quotes as English writes them. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '(': ' (',
  '（': ' (',
  ')': ') ',
  '）': ') ',
  '“': " '",
  '”': "' ",
  '"': "'",
  '·': ' ',
  '、': ', ',
  '-': '–',
  '—': '–',
};

/**
 * A run of characters no glossary term covers, romanized as a proper name (梧桐星辰 → Wutong Xingchen):
 * one word up to three syllables, else words of two syllables (the last may take three), as
 * Chinese names of places and firms are written in pinyin.
 */
function romanize(run: string): string {
  const syllables = pinyin(run, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map(
    (s) => s.replace(/ü/g, 'u').replace(/v/g, 'u'),
  );
  const words: string[][] = [];
  if (syllables.length <= 3) words.push(syllables);
  else
    for (let i = 0; i < syllables.length; i += 2) {
      const rest = syllables.length - i;
      words.push(syllables.slice(i, rest === 3 ? i + 3 : i + 2));
      if (rest === 3) break;
    }
  return words.map((w) => capitalize(w.join(''))).join(' ');
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Title case for a name: every word capitalized but small words inside it and units. */
function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => ((i > 0 && MINOR.has(word)) || UNITS.has(word) ? word : capitalize(word)))
    .join(' ');
}

/**
 * An English name for a project: the glossary's words for what it knows (whole names of places and
 * institutions, the words for kinds of facility: 公园 → Park, 中心 → Centre), and the proper names it
 * does not know romanized in pinyin (梧桐星辰项目 → Wutong Xingchen Project). Terms in `names` win
 * over the label terms, since a figure's label is a phrase (parks) and a project's name a title
 * (Park). Never null for a name with Chinese characters in it.
 *
 * @example
 * translateName('梧桐星辰项目', { terms: [], names: [['项目', 'Project']] }) // 'Wutong Xingchen Project'
 */
export function translateName(name: string, glossary: Glossary): string {
  const terms = [...(glossary.names ?? []), ...glossary.terms].sort(
    (a, b) => b[0].length - a[0].length,
  );
  const parts: string[] = [];
  let run = '';
  const flush = () => {
    if (run) parts.push(romanize(run));
    run = '';
  };
  const termAt = (i: number) => terms.find(([zh]) => name.startsWith(zh, i));
  for (let i = 0; i < name.length;) {
    const route = i === 0 ? BUS_ROUTE.exec(name) : null;
    if (route) {
      parts.push(`Bus Route ${route[1]}`);
      i += route[0].length;
      continue;
    }
    const numbered = NUMBERED.exec(name.slice(i));
    const kind = numbered
      ? name.startsWith('线', i + numbered[0].length)
        ? (['线', 'Line'] as const)
        : termAt(i + numbered[0].length)
      : undefined;
    if (numbered && kind) {
      flush();
      parts.push(`${kind[1]} ${numbered[1]}`);
      i += numbered[0].length + kind[0].length;
      continue;
    }
    const part = PART.exec(name.slice(i));
    if (part) {
      flush();
      parts.push(`(Part ${parseNumber(part[1]!)})`);
      i += part[0].length;
      continue;
    }
    const plot = PLOT.exec(name.slice(i));
    const term = termAt(i);
    if (plot || term) {
      flush();
      parts.push(plot ? `Plot ${plot[1]}` : term![1]);
      i += plot ? plot[0].length : term![0].length;
      continue;
    }
    const latin = /^[A-Za-z0-9.]+/.exec(name.slice(i))?.[0];
    if (latin) {
      flush();
      parts.push(latin);
      i += latin.length;
      continue;
    }
    const c = name[i]!;
    if (/[\u4e00-\u9fff]/.test(c)) run += c;
    else {
      flush();
      const mark = PUNCTUATION[c] ?? c;
      // a dash written twice (——) is one dash
      if (mark === '–' && parts[parts.length - 1] === '–') {
        i++;
        continue;
      }
      parts.push(mark);
    }
    i++;
  }
  flush();
  const text = titleCase(
    parts
      .filter((p) => p !== '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/' ([^']*?) '/g, "'$1'")
    .replace(/ ,/g, ',');
  return capitalize(text);
}
