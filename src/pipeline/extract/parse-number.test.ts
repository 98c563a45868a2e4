import { describe, expect, it } from 'vitest';
import { parseNumber, scaleDecimal } from './parse-number';

describe('scaleDecimal', () => {
  it('moves the decimal point in the digit string for a power of ten', () => {
    expect(scaleDecimal('288.6', 1e8)).toBe(28860000000);
    expect(scaleDecimal('0.07', 1e4)).toBe(700);
    expect(scaleDecimal('1,234.5678', 1e2)).toBe(123456.78);
    expect(scaleDecimal('12.5', 1)).toBe(12.5);
  });

  it('reads a Chinese numeral before scaling it', () => {
    expect(scaleDecimal('三千五百', 1e4)).toBe(35000000);
  });

  it('gives the same value through parseNumber', () => {
    expect(parseNumber('288.6亿')).toBe(28860000000);
    expect(parseNumber('4.8万')).toBe(48000);
  });
});
