import { createSubscriber } from 'svelte/reactivity';
import { formatAppUrl, parseAppUrl, type AppUrlState, type UrlNotice } from './url-codec';
import { HistoryQueue, type HistoryMode, type Schedule } from './history-queue';

export interface UrlStateOptions {
  /**
   * When history writes run (default: at once). The app passes a schedule that waits for the
   * next paint, so a selection's panel is not held back by the browser redrawing its address bar.
   */
  schedule?: Schedule;
}

export interface PatchOptions {
  /** Amend the current history entry instead of adding one (the camera, the search text). */
  replace?: boolean;
}

/**
 * The one owner of the address bar. `.current` is the state the URL describes and follows
 * Back/Forward through `popstate`; `patch` changes part of it, as a new history entry (a
 * selection) or, with `replace`, amending the current one (the camera). `push` and `replace`
 * write a whole state. `.current` and `.href` change at once; the history itself may
 * be written a moment later (see `HistoryQueue`). MapLibre's own `hash` option stays off: it
 * would drop the other parameters.
 *
 * An embedded atlas (`embed`) only ever amends its entry: an iframe's entries join the host
 * page's history, and the reader's Back button should leave the article, not step back through
 * the zones clicked in the map.
 */
export class UrlState {
  #subscribe: () => void;
  #update: (() => void) | null = null;
  #cached: { href: string; state: AppUrlState; notices: UrlNotice[] } | null = null;
  #history: HistoryQueue;

  constructor(options: UrlStateOptions = {}) {
    this.#history = new HistoryQueue(window.history, options.schedule);
    const flush = () => this.#history.flush();
    window.addEventListener('pagehide', flush);
    this.#subscribe = createSubscriber((update) => {
      const onPopState = () => {
        this.#history.discard();
        update();
      };
      this.#update = update;
      window.addEventListener('popstate', onPopState);
      return () => {
        window.removeEventListener('popstate', onPopState);
        this.#update = null;
      };
    });
  }

  get current(): AppUrlState {
    this.#subscribe();
    return this.#read().state;
  }

  /** The address of the current state, for copying, even before the history has it. */
  get href(): string {
    this.#subscribe();
    return this.#read().href;
  }

  /** What the URL held that could not be honoured, for the notice bar. */
  get notices(): UrlNotice[] {
    this.#subscribe();
    return this.#read().notices;
  }

  /**
   * Changes the given parts of the state and keeps the rest. It reads the state without
   * subscribing to it, so calling it from an effect or a map event does not make that effect
   * depend on the URL.
   */
  patch(changes: Partial<AppUrlState>, options: PatchOptions = {}): void {
    const next = { ...this.#read().state, ...changes };
    this.#write(next, options.replace ? 'replace' : 'push');
  }

  /** The absolute address of another state, e.g. the full atlas an embed opens. */
  hrefOf(state: AppUrlState): string {
    return pageAddress() + formatAppUrl(state);
  }

  push(next: AppUrlState): void {
    this.#write(next, 'push');
  }

  replace(next: AppUrlState): void {
    this.#write(next, 'replace');
  }

  /**
   * Re-parses only when the address changed, so reads during one render agree. While a write is
   * queued the state it carries is the current one.
   */
  #read() {
    if (this.#cached && this.#history.pending) return this.#cached;
    const href = window.location.href;
    if (this.#cached?.href !== href) {
      this.#cached = { href, ...parseAppUrl(window.location.search, window.location.hash) };
    }
    return this.#cached;
  }

  #write(next: AppUrlState, requested: HistoryMode): void {
    const mode = next.embed ? 'replace' : requested;
    const query = formatAppUrl(next);
    // The path keeps a state with no query from inheriting the previous query ('#map=…' alone would).
    const target = window.location.pathname + query;
    const page = pageAddress();
    const notices = mode === 'replace' ? (this.#cached?.notices ?? []) : [];
    this.#cached = { href: page + query, state: next, notices };
    this.#history.write(mode, target);
    this.#update?.();
  }
}

/** The page's address without its query and hash. */
function pageAddress(): string {
  return window.location.href.split(/[?#]/, 1)[0] ?? '';
}
