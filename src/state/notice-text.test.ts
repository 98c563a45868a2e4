import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang';
import { noticeText, type AppNotice } from './notice-text';

describe('noticeText', () => {
  it('ends a URL notice with the value it ignored, as given', () => {
    const notice: AppNotice = { code: 'unknown-zone', value: '<img src=x onerror=alert(1)>' };
    expect(noticeText(notice, 'en')).toBe(
      'The link names an unknown zone, ignored: <img src=x onerror=alert(1)>',
    );
    expect(noticeText(notice, 'zh')).toBe(
      '链接中的区域不存在，已忽略：<img src=x onerror=alert(1)>',
    );
  });

  it('says what went wrong for problems the app raises', () => {
    expect(noticeText({ code: 'online-failed' }, 'en')).toContain('embedded basemap');
    expect(noticeText({ code: 'part-failed' }, 'en')).toContain('could not be loaded');
  });

  it('has a sentence in each language for every kind of notice', () => {
    const notices: AppNotice[] = [
      ...(
        [
          'unknown-zone',
          'unknown-sector',
          'bad-lang',
          'bad-view',
          'bad-encoding',
          'too-long',
          'bad-basemap',
          'bad-compare',
          'bad-embed',
        ] as const
      ).map((code) => ({ code, value: 'x' })),
      { code: 'online-failed' },
      { code: 'part-failed' },
    ];
    for (const lang of LANGS) {
      const texts = notices.map((notice) => noticeText(notice, lang));
      expect(new Set(texts).size, lang).toBe(notices.length);
      for (const text of texts) expect(text.trim().length, lang).toBeGreaterThan(2);
    }
  });
});
