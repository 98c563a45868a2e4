const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Reads a number written in Arabic digits (with optional thousands commas) or Chinese numerals,
 * including scale characters: '2.3万' → 23000, '十' → 10, '三千五百' → 3500, '万' → 10000.
 * Returns null for anything else.
 *
 * @example
 * parseNumber('4.8万') // 48000
 * parseNumber('一百二十') // 120
 */
export function parseNumber(raw: string): number | null {
  const text = raw.replace(/,/g, '');
  const arabic = /^(\d+(?:\.\d+)?)([万亿千]*)$/.exec(text);
  if (arabic) return scaleDecimal(arabic[1]!, scaleOf(arabic[2] ?? ''));
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char]!;
    else if (char in SMALL_UNITS) {
      section += (digit || 1) * SMALL_UNITS[char]!;
      digit = 0;
    } else {
      total = (total + section + digit || 1) * BIG_UNITS[char]!;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Multiplier of a run of scale characters, e.g. '万' → 1e4, '千亿' → 1e11. */
export function scaleOf(scale: string): number {
  let factor = 1;
  for (const char of scale)
    factor *= char === '万' ? 1e4 : char === '亿' ? 1e8 : char === '千' ? 1e3 : 1;
  return factor;
}

/**
 * Scales a number written in digits by a factor with the precision the text gives: for a power of
 * ten the decimal point is moved in the digit string, so 288.6 × 1e8 is 28860000000 and not
 * 28860000000.000004 (the product of the binary fractions); a Chinese numeral is read first.
 *
 * @example
 * scaleDecimal('288.6', 1e8) // 28860000000
 * scaleDecimal('1,200.5', 1e4) // 12005000
 */
export function scaleDecimal(number: string, factor: number): number {
  const digits = /^(\d+)(?:\.(\d+))?$/.exec(number.replace(/,/g, ''));
  if (!digits) {
    const value = parseNumber(number);
    return value === null ? NaN : roundScaled(value * factor);
  }
  const power = Math.round(Math.log10(factor));
  if (factor <= 0 || 10 ** power !== factor)
    return roundScaled(Number(number.replace(/,/g, '')) * factor);
  const whole = digits[1]!;
  const fraction = digits[2] ?? '';
  const all = whole + fraction;
  const point = whole.length + power;
  if (point <= 0) return Number(`0.${'0'.repeat(-point)}${all}`);
  if (point >= all.length) return Number(all + '0'.repeat(point - all.length));
  return Number(`${all.slice(0, point)}.${all.slice(point)}`);
}

/** Removes floating-point noise from scaled values (2.3 × 1e4 = 22999.999…). */
export function roundScaled(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
