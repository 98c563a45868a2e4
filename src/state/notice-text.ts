import type { Lang } from '../i18n/lang';
import { t, type MessageKey } from '../i18n/messages';
import type { UrlNotice } from './url-codec';

/** Problems the app itself reports, beside what the URL held (`UrlNotice`). */
export type AppNoticeCode = 'online-failed' | 'part-failed';

/** One line of the notice bar. */
export type AppNotice = UrlNotice | { code: AppNoticeCode };

const NOTICE_TEXT: Record<AppNotice['code'], MessageKey> = {
  'unknown-zone': 'noticeUnknownZone',
  'unknown-sector': 'noticeUnknownSector',
  'bad-lang': 'noticeBadLang',
  'bad-view': 'noticeBadView',
  'bad-encoding': 'noticeBadEncoding',
  'too-long': 'noticeTooLong',
  'bad-basemap': 'noticeBadBasemap',
  'bad-compare': 'noticeBadCompare',
  'bad-embed': 'noticeBadEmbed',
  'online-failed': 'noticeOnlineFailed',
  'part-failed': 'noticePartFailed',
};

/**
 * The sentence a notice shows, in the interface language. A URL notice ends with the value it
 * ignored, which the notice bar renders as text, never as markup.
 *
 * @example
 * noticeText({ code: 'unknown-zone', value: 'mars' }, 'en')
 * // → 'The link names an unknown zone, ignored: mars'
 */
export function noticeText(notice: AppNotice, lang: Lang): string {
  const text = t(lang, NOTICE_TEXT[notice.code]);
  return 'value' in notice ? text + notice.value : text;
}

/** Tells notices apart, so that a dismissed one stays dismissed. */
export function noticeKey(notice: AppNotice): string {
  return 'value' in notice ? `${notice.code}:${notice.value}` : notice.code;
}
