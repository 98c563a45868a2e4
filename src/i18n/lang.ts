/** Interface languages. Chinese first: the sources are Chinese. */
export const LANGS = ['zh', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Picks the interface language from the browser's preferences when the URL names none. */
export function preferredLang(languages: readonly string[]): Lang {
  const first = languages.find((tag) => /^(zh|en)\b/i.test(tag));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
