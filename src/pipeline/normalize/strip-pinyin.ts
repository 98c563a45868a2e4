import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

const TONE_VOWEL = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;
/** A Han character (or a lost "?" character) followed by a pinyin syllable in ASCII parentheses. */
const GLOSS =
  /(?<=[^\sA-Za-z0-9()])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\)|(?<=[?\ufffd])([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\)/g;

/**
 * Removes pinyin glosses written after characters, such as 區(qū) → 區. Only syllables with a tone mark
 * count, so "(DCT)" or "(一)" stay. A gloss whose "(" was lost to mojibake (`?yōu)`) is removed too.
 *
 * @example
 * stripPinyin('昌平區(qū)').text // '昌平區'
 */
export function stripPinyin(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  for (const match of text.matchAll(GLOSS)) {
    if (!TONE_VOWEL.test(match[1] ?? match[2] ?? '')) continue;
    const start = match.index;
    const end = start + match[0].length;
    edits.push({ start, end, replacement: '' });
    repairs.push({ kind: 'pinyin', span: [start, end], before: match[0], after: '' });
  }
  return { ...applyEdits(text, edits), repairs };
}
