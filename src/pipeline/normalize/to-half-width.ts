import type { NormalizeResult } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

/** Full-width digits and Latin letters (２０１９, ＨＥＰＳ), and a full-width point between digits (２．５). */
const FULL_WIDTH =
  /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|(?<=[\uff10-\uff19])\uff0e(?=[\uff10-\uff19])/g;
/** A year written digit by digit in Chinese numerals (二〇二三年, 二零一九年). */
const CHINESE_YEAR = /[一二][〇零○][〇零○一二三四五六七八九]{2}(?=年)/g;
const CHINESE_DIGIT: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * Writes full-width digits and Latin letters as ASCII, one character for one (２．５万平方米 → 2.5万平方米,
 * ２０１９年 → 2019年), and a year written digit by digit in Chinese numerals in Arabic digits
 * (二〇二三年 → 2023年), so numbers and years read alike however a page typed them. Chinese
 * punctuation (，：（）) is left as it is. It mends no damage, so it records no repair.
 *
 * @example
 * toHalfWidth('建筑面积２．５万平方米').text // '建筑面积2.5万平方米'
 * toHalfWidth('二〇二三年').text // '2023年'
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
  for (const match of text.matchAll(CHINESE_YEAR)) {
    const digits = [...match[0]].map((c) => CHINESE_DIGIT[c]!).join('');
    edits.push({ start: match.index, end: match.index + digits.length, replacement: digits });
  }
  edits.sort((a, b) => a.start - b.start);
  return { ...applyEdits(text, edits), repairs: [] };
}
