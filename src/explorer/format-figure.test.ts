import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatQuantity } from './format-figure';

describe('formatFigure', () => {
  it('writes yuan with 亿 in Chinese and billions in English', () => {
    const fact = { value: 230000000000, unit: 'CNY', approx: false } as const;
    expect(formatFigure(fact, 'zh')).toEqual({
      qualifier: '',
      value: '2300',
      unit: '亿元',
      unitFirst: false,
      text: '2300亿元',
    });
    expect(formatFigure(fact, 'en')).toEqual({
      qualifier: '',
      value: '230 billion',
      unit: 'CNY',
      unitFirst: true,
      text: 'CNY 230 billion',
    });
  });

  it('keeps the qualifier of an approximate count', () => {
    const fact = { value: 48000, unit: 'count', approx: true, qualifier: 'over' } as const;
    expect(formatFigure(fact, 'zh').text).toBe('超过4.8万');
    expect(formatFigure(fact, 'en').text).toBe('over 48,000');
    expect(formatFigure(fact, 'en').qualifier).toBe('over');
  });

  it('reads an approximate figure with no stated qualifier as "about"', () => {
    const fact = { value: 23000, unit: 'count', approx: true } as const;
    expect(formatFigure(fact, 'zh').text).toBe('约2.3万');
    expect(formatFigure(fact, 'en').text).toBe('about 23,000');
  });

  it('writes other qualifiers in both languages', () => {
    expect(
      formatFigure({ value: 37, unit: 'count', approx: true, qualifier: 'nearly' }, 'zh').text,
    ).toBe('近37');
    expect(
      formatFigure({ value: 37, unit: 'count', approx: true, qualifier: 'at-least' }, 'en').text,
    ).toBe('at least 37');
  });

  it('formats percentages, areas and land', () => {
    expect(formatFigure({ value: 48.7, unit: 'percent', approx: false }, 'en').text).toBe('48.7%');
    expect(formatFigure({ value: 48.7, unit: 'percent', approx: false }, 'zh').text).toBe('48.7%');
    expect(formatFigure({ value: 3000000, unit: 'm2', approx: false }, 'en').text).toBe(
      '3 million m²',
    );
    expect(formatFigure({ value: 3000000, unit: 'm2', approx: false }, 'zh').text).toBe(
      '300万平方米',
    );
    expect(formatFigure({ value: 170.6, unit: 'km2', approx: false }, 'en').text).toBe('170.6 km²');
    expect(formatFigure({ value: 170.6, unit: 'km2', approx: false }, 'zh').text).toBe(
      '170.6平方公里',
    );
    expect(formatFigure({ value: 1000, unit: 'mu', approx: false }, 'en').text).toBe('1,000 mu');
    // a length under a kilometre in metres, every digit kept
    expect(formatFigure({ value: 0.0065, unit: 'km', approx: false }, 'en').text).toBe('6.5 m');
    expect(formatFigure({ value: 0.045, unit: 'km', approx: false }, 'zh').text).toBe('45米');
    expect(formatFigure({ value: 3.8, unit: 'km', approx: false }, 'zh').text).toBe('3.8公里');
    expect(formatFigure({ value: 1000, unit: 'mu', approx: false }, 'zh').text).toBe('1000亩');
  });

  it('writes dollars before the number in English and as 美元 in Chinese', () => {
    expect(formatFigure({ value: 1500000000, unit: 'USD', approx: false }, 'en').text).toBe(
      'USD 1.5 billion',
    );
    expect(formatFigure({ value: 1500000000, unit: 'USD', approx: false }, 'zh').text).toBe(
      '15亿美元',
    );
  });
});

describe('formatQuantity', () => {
  it('does not scale when digits would be lost', () => {
    expect(formatQuantity(23456, 'count', 'zh').text).toBe('23456');
    expect(formatQuantity(23456789, 'count', 'en').text).toBe('23,456,789');
  });

  it('uses 万亿 and trillion for the largest sums', () => {
    expect(formatQuantity(1.2e12, 'CNY', 'zh').text).toBe('1.2万亿元');
    expect(formatQuantity(1.2e12, 'CNY', 'en').text).toBe('CNY 1.2 trillion');
  });

  it('leaves small numbers unscaled', () => {
    expect(formatQuantity(227, 'count', 'zh').text).toBe('227');
    expect(formatQuantity(9500, 'count', 'en').text).toBe('9,500');
  });
});

describe('formatNumber', () => {
  it('groups digits in English only', () => {
    expect(formatNumber(12000, 'en')).toBe('12,000');
    expect(formatNumber(12000, 'zh')).toBe('12000');
    expect(formatNumber(0.125, 'en')).toBe('0.13');
  });
});
