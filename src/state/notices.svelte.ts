import type { Lang } from '../i18n/lang';
import { noticeKey, noticeText, type AppNotice, type AppNoticeCode } from './notice-text';
import type { UrlNotice } from './url-codec';

/**
 * What the notice bar shows: what the URL held that could not be honoured, and problems the app
 * raises itself (the online basemap failed, a part could not be fetched). Dismissing hides the
 * notices shown at that moment; a problem raised again later shows again.
 */
export class Notices {
  #raised = $state.raw<AppNoticeCode[]>([]);
  /** Keys of the notices dismissed so far. */
  #dismissed = $state.raw<string[]>([]);
  readonly #fromUrl: () => readonly UrlNotice[];

  /** `fromUrl` reads the URL's notices (`UrlState.notices`), so they follow Back and Forward. */
  constructor(fromUrl: () => readonly UrlNotice[]) {
    this.#fromUrl = fromUrl;
  }

  get current(): AppNotice[] {
    const all: AppNotice[] = [...this.#fromUrl(), ...this.#raised.map((code) => ({ code }))];
    return all.filter((notice) => !this.#dismissed.includes(noticeKey(notice)));
  }

  /** The current notices as sentences in `lang`. */
  text(lang: Lang): string[] {
    return this.current.map((notice) => noticeText(notice, lang));
  }

  raise(code: AppNoticeCode): void {
    if (!this.#raised.includes(code)) this.#raised = [...this.#raised, code];
    if (this.#dismissed.includes(code)) this.#dismissed = this.#dismissed.filter((k) => k !== code);
  }

  clear(code: AppNoticeCode): void {
    if (this.#raised.includes(code)) this.#raised = this.#raised.filter((c) => c !== code);
  }

  /** Raises the notice when `failed`, clears it otherwise. */
  set(code: AppNoticeCode, failed: boolean): void {
    if (failed) this.raise(code);
    else this.clear(code);
  }

  dismiss(): void {
    this.#dismissed = [...this.#dismissed, ...this.current.map(noticeKey)];
  }
}
