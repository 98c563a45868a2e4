import { pinyin } from 'pinyin-pro';
import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

const TONE_VOWEL = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;
/** A Han character (or a lost "?" character) followed by a pinyin syllable in parentheses (ASCII or full-width). */
const GLOSS =
  /(?<=[^\sA-Za-z0-9()（）])[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})[)）]|(?<=[?\ufffd])([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\)/g;
/**
 * The space a toneless gloss is set off with (儀(yi) 式), before a character that is not Latin; a
 * space after a tone-marked gloss is the text's own (北京日報(bào) 文/…).
 */
const SPACE_AFTER = /^ (?=[^\sA-Za-z0-9])/;

/** Whether a toneless syllable is one of the character's readings (儀 → yi, 行 → xing, hang). */
function readsAs(character: string, syllable: string): boolean {
  if (!/[\u3400-\u9fff]/.test(character)) return false;
  const readings = pinyin(character, { toneType: 'none', multiple: true, type: 'array' });
  const plain = syllable.replace(/ü/g, 'v');
  return readings.some((r) => r.replace(/ü/g, 'v') === plain);
}

/**
 * Removes pinyin glosses written after characters, such as 區(qū) → 區. A syllable with a tone mark
 * counts; one without counts only when it is a reading of the character before it, so "(DCT)", "(一)"
 * or "(b)" stay, and goes with the space it is set off with (儀(yi) 式 → 儀式). A gloss whose "(" was lost to
 * mojibake (`?yōu)`) is removed too.
 *
 * @example
 * stripPinyin('昌平區(qū)').text // '昌平區'
 * stripPinyin('啟動儀(yi) 式').text // '啟動儀式'
 */
export function stripPinyin(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  for (const match of text.matchAll(GLOSS)) {
    const syllable = match[1] ?? match[2] ?? '';
    const toned = TONE_VOWEL.test(syllable);
    if (!toned && !(match[1] && readsAs(text[match.index - 1] ?? '', syllable))) continue;
    const start = match.index;
    let end = start + match[0].length;
    if (!toned) end += SPACE_AFTER.exec(text.slice(end))?.[0].length ?? 0;
    edits.push({ start, end, replacement: '' });
    repairs.push({ kind: 'pinyin', span: [start, end], before: text.slice(start, end), after: '' });
  }
  return { ...applyEdits(text, edits), repairs };
}
