import type { Dataset } from '../model/dataset';

export interface DatasetStateOptions {
  /** Fetches the dataset (`loadDataset`); a rejection's message is shown beside a retry. */
  load: () => Promise<Dataset>;
  /**
   * Work that makes the first use of the data quick but that nobody is waiting for (indexing
   * facts, fetching on-demand parts); run once the page is idle after each successful load.
   */
  warm?: (dataset: Dataset) => void;
  /** When idle-time work runs; defaults to `whenIdle`. */
  idle?: (task: () => void) => void;
}

/**
 * The atlas dataset as the app sees it: not asked for yet, loading, loaded, or failed with a
 * message. It is asked for once the zones are on screen (`request`), so it never delays the
 * first paint; a failure is kept until `retry`.
 */
export class DatasetState {
  current = $state.raw<Dataset | null>(null);
  error = $state<string | null>(null);
  requested = $state(false);
  readonly #options: DatasetStateOptions;

  constructor(options: DatasetStateOptions) {
    this.#options = options;
  }

  /** Whether the data has been asked for and neither arrived nor failed yet. */
  get loading(): boolean {
    return this.requested && this.current === null && this.error === null;
  }

  /** Starts the first load; later calls do nothing. */
  request(): void {
    if (this.requested) return;
    this.requested = true;
    this.#fetch();
  }

  /** Loads again after a failure. */
  retry(): void {
    this.requested = true;
    this.#fetch();
  }

  #fetch(): void {
    this.error = null;
    const { load, warm, idle = whenIdle } = this.#options;
    load().then(
      (dataset) => {
        this.current = dataset;
        if (warm) idle(() => warm(dataset));
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error.message : String(error);
      },
    );
  }
}

/** Runs work the user is not waiting for once the page has nothing else to do. */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
