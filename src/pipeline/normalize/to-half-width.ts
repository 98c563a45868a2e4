import type { NormalizeResult } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

/** Full-width digits and Latin letters (２０１９, ＨＥＰＳ), and a full-width point between digits (２．５). */
const FULL_WIDTH =
  /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|(?<=[\uff10-\uff19])\uff0e(?=[\uff10-\uff19])/g;

/**
 * Writes full-width digits and Latin letters as ASCII, one character for one (２．５万平方米 → 2.5万平方米,
 * ２０１９年 → 2019年), so numbers and years read alike however a page typed them. Chinese punctuation
 * (，：（）) is left as it is. It mends no damage, so it records no repair.
 *
 * @example
 * toHalfWidth('建筑面积２．５万平方米').text // '建筑面积2.5万平方米'
 */
export function toHalfWidth(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(FULL_WIDTH)) {
    const code = match[0].charCodeAt(0) - 0xfee0;
    edits.push({
      start: match.index,
      end: match.index + 1,
      replacement: String.fromCharCode(code),
    });
  }
  return { ...applyEdits(text, edits), repairs: [] };
}
