import { describe, expect, it } from 'vitest';
import { isLang, preferredLang } from './lang';

describe('preferredLang', () => {
  it('chooses English for an English-first browser', () => {
    expect(preferredLang(['en-GB', 'zh-CN'])).toBe('en');
  });
  it('chooses Chinese for a Chinese-first browser', () => {
    expect(preferredLang(['zh-TW', 'en'])).toBe('zh');
  });
  it('skips languages the atlas does not speak', () => {
    expect(preferredLang(['fr-FR', 'en-US'])).toBe('en');
  });
  it('falls back to Chinese when nothing matches', () => {
    expect(preferredLang(['de'])).toBe('zh');
  });
});

describe('isLang', () => {
  it('accepts only zh and en', () => {
    expect(['zh', 'en', 'EN', '', null].map(isLang)).toEqual([true, true, false, false, false]);
  });
});
