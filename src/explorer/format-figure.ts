import type { FigureFact, Unit } from '../model/dataset';
import type { Lang } from '../i18n/lang';

/** A figure as display strings; `text` is the whole phrase, the parts let a card style each. */
export interface FormattedFigure {
  /** "over", "about" … or 超过, 约 …; empty when the document gives an exact number. */
  qualifier: string;
  /** The number with any English scale word ("230 billion", "4.8"). */
  value: string;
  /** The unit with any Chinese scale word ("CNY", "亿元", "km²"); may be empty for counts. */
  unit: string;
  /** The unit goes before the number (currencies in English). */
  unitFirst: boolean;
  text: string;
}

const UNIT_NAMES: Record<Unit, Record<Lang, string>> = {
  CNY: { zh: '元', en: 'CNY' },
  USD: { zh: '美元', en: 'USD' },
  km2: { zh: '平方公里', en: 'km²' },
  m2: { zh: '平方米', en: 'm²' },
  mu: { zh: '亩', en: 'mu' },
  ha: { zh: '公顷', en: 'ha' },
  km: { zh: '公里', en: 'km' },
  percent: { zh: '%', en: '%' },
  count: { zh: '', en: '' },
};

const QUALIFIERS: Record<NonNullable<FigureFact['qualifier']>, Record<Lang, string>> = {
  over: { zh: '超过', en: 'over' },
  about: { zh: '约', en: 'about' },
  nearly: { zh: '近', en: 'nearly' },
  'at-least': { zh: '至少', en: 'at least' },
  'up-to': { zh: '最高', en: 'up to' },
};

const SCALES: Record<Lang, [number, string][]> = {
  zh: [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ],
  en: [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
  ],
};

/** Scales only when no digit is lost at two decimals: 48000 → 4.8万, but 23456 stays whole. */
function scale(value: number, lang: Lang, unit: Unit): { mantissa: number; word: string } {
  if (unit === 'percent' || unit === 'km2' || unit === 'km') return { mantissa: value, word: '' };
  for (const [size, word] of SCALES[lang]) {
    const mantissa = value / size;
    const exact = Math.abs(Math.round(mantissa * 100) - mantissa * 100) < 1e-6;
    if (Math.abs(mantissa) >= 1 && exact) return { mantissa, word };
  }
  return { mantissa: value, word: '' };
}

/** One formatter per language: making an `Intl.NumberFormat` costs far more than using one. */
const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true }),
};

/** A number for the language: grouped in English (48,000), ungrouped in Chinese (2300). */
export function formatNumber(value: number, lang: Lang): string {
  return NUMBER_FORMATS[lang].format(value);
}

const METRES: Record<Lang, string> = { zh: '米', en: 'm' };

/**
 * A value and unit without qualifier, e.g. for chart axes. A length under a kilometre reads in
 * metres (红线宽45米, not 0.05 km), so that no digit of what the document says is rounded away.
 */
export function formatQuantity(
  value: number,
  unit: Unit,
  lang: Lang,
): Omit<FormattedFigure, 'qualifier'> {
  const inMetres = unit === 'km' && value !== 0 && Math.abs(value) < 1;
  const { mantissa, word } = inMetres
    ? { mantissa: value * 1000, word: '' }
    : scale(value, lang, unit);
  const number = formatNumber(mantissa, lang);
  const name = inMetres ? METRES[lang] : UNIT_NAMES[unit][lang];
  if (lang === 'zh')
    return { value: number, unit: word + name, unitFirst: false, text: number + word + name };
  const unitFirst = unit === 'CNY' || unit === 'USD';
  const value_ = number + word;
  const text = unitFirst
    ? `${name} ${value_}`
    : name === ''
      ? value_
      : unit === 'percent'
        ? value_ + name
        : `${value_} ${name}`;
  return { value: value_, unit: name, unitFirst, text };
}

/**
 * A figure in the language's own style, qualifier kept; an approximate figure without a stated
 * qualifier reads "about".
 *
 * @example
 * formatFigure({ value: 230000000000, unit: 'CNY', approx: false }, 'zh').text // → '2300亿元'
 * formatFigure({ value: 230000000000, unit: 'CNY', approx: false }, 'en').text // → 'CNY 230 billion'
 * formatFigure({ value: 48000, unit: 'count', approx: true, qualifier: 'over' }, 'en').text // → 'over 48,000'
 */
export function formatFigure(
  fact: Pick<FigureFact, 'value' | 'unit' | 'approx' | 'qualifier'>,
  lang: Lang,
): FormattedFigure {
  const quantity = formatQuantity(fact.value, fact.unit, lang);
  const key = fact.qualifier ?? (fact.approx ? 'about' : undefined);
  const qualifier = key === undefined ? '' : QUALIFIERS[key][lang];
  const text =
    qualifier === ''
      ? quantity.text
      : lang === 'zh'
        ? qualifier + quantity.text
        : `${qualifier} ${quantity.text}`;
  return { ...quantity, qualifier, text };
}
