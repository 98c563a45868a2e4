/** The two `History` methods the atlas writes with. */
export interface HistoryWriter {
  pushState(data: unknown, unused: string, url: string): void;
  replaceState(data: unknown, unused: string, url: string): void;
}

/** Queues `task` for later and returns a function that cancels it. */
export type Schedule = (task: () => void) => () => void;

export type HistoryMode = 'push' | 'replace';

interface HistoryWrite {
  mode: HistoryMode;
  target: string;
}

/** Runs the task at once: history is written as soon as the state changes. */
export const immediately: Schedule = (task) => {
  task();
  return () => {};
};

/**
 * Writes to the browser history later, in order, leaving the same entries as writing at once.
 *
 * Changing the address makes the browser redraw its own window (the address bar, page actions)
 * and, without a GPU, that frame is drawn on the same thread that rasterizes the page. Written
 * in the click that selects a zone, it holds back the frame that paints the zone's panel; queued
 * until that frame has been painted, it does not. A `replace` after a queued write amends that
 * write instead of adding one, exactly as `replaceState` amends the current entry.
 */
export class HistoryQueue {
  #writes: HistoryWrite[] = [];
  #cancel: (() => void) | null = null;
  readonly #history: HistoryWriter;
  readonly #schedule: Schedule;

  constructor(history: HistoryWriter, schedule: Schedule = immediately) {
    this.#history = history;
    this.#schedule = schedule;
  }

  /** Whether some write has not reached the history yet. */
  get pending(): boolean {
    return this.#writes.length > 0;
  }

  write(mode: HistoryMode, target: string): void {
    const last = this.#writes.at(-1);
    if (mode === 'replace' && last) last.target = target;
    else this.#writes.push({ mode, target });
    if (this.#cancel) return;
    const cancel = this.#schedule(() => this.flush());
    // A schedule that ran the task already has nothing left to cancel.
    if (this.pending) this.#cancel = cancel;
  }

  /** Writes everything queued now (e.g. before the page is left). */
  flush(): void {
    this.#cancel?.();
    this.#cancel = null;
    const writes = this.#writes;
    this.#writes = [];
    for (const { mode, target } of writes) {
      if (mode === 'push') this.#history.pushState(null, '', target);
      else this.#history.replaceState(null, '', target);
    }
  }

  /** Drops what is queued: the user moved through history, which now decides the state. */
  discard(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#writes = [];
  }
}
