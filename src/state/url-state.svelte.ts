import { createSubscriber } from 'svelte/reactivity';
import { formatAppUrl, parseAppUrl, type AppUrlState, type UrlNotice } from './url-codec';

/**
 * The one owner of the address bar. `.current` is the state the URL describes and follows
 * Back/Forward through `popstate`; `push` records a selection as a history entry, `replace`
 * updates the camera without one. MapLibre's own `hash` option stays off: it would drop the
 * other parameters.
 */
export class UrlState {
  #subscribe: () => void;
  #update: (() => void) | null = null;
  #cached: { href: string; state: AppUrlState; notices: UrlNotice[] } | null = null;

  constructor() {
    this.#subscribe = createSubscriber((update) => {
      this.#update = update;
      window.addEventListener('popstate', update);
      return () => {
        window.removeEventListener('popstate', update);
        this.#update = null;
      };
    });
  }

  get current(): AppUrlState {
    this.#subscribe();
    return this.#read().state;
  }

  /** What the URL held that could not be honoured, for the notice bar. */
  get notices(): UrlNotice[] {
    this.#subscribe();
    return this.#read().notices;
  }

  push(next: AppUrlState): void {
    this.#write(next, 'push');
  }

  replace(next: AppUrlState): void {
    this.#write(next, 'replace');
  }

  /** Re-parses only when the address changed, so reads during one render agree. */
  #read() {
    const href = window.location.href;
    if (this.#cached?.href !== href) {
      this.#cached = { href, ...parseAppUrl(window.location.search, window.location.hash) };
    }
    return this.#cached;
  }

  #write(next: AppUrlState, mode: 'push' | 'replace'): void {
    const target = formatAppUrl(next) || window.location.pathname;
    if (mode === 'push') window.history.pushState(null, '', target);
    else window.history.replaceState(null, '', target);
    const notices = mode === 'replace' ? (this.#cached?.notices ?? []) : [];
    this.#cached = { href: window.location.href, state: next, notices };
    this.#update?.();
  }
}
