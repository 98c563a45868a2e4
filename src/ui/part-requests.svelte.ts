import type { LazyPart } from './lazy-part.svelte';

/**
 * Opens on-demand parts when the user asks for them. A part that cannot be fetched is reported
 * (the app shows a notice) and the request is withdrawn, so the same button asks again; a later
 * success clears the report. An idle-time preload failing is not reported: nobody asked yet.
 */
export class PartRequests {
  readonly #report: (failed: boolean) => void;

  constructor(report: (failed: boolean) => void) {
    this.#report = report;
  }

  /**
   * Loads `part` whenever `asked()` turns true. Call it while a component initialises.
   *
   * @example
   * parts.follow(sourceViewerPart, () => cited !== null, () => (cited = null));
   */
  follow<T>(part: LazyPart<T>, asked: () => boolean, withdraw: () => void): void {
    $effect(() => {
      if (!asked()) return;
      void part.load().then((loaded) => {
        this.#report(loaded === null);
        if (loaded === null) withdraw();
      });
    });
  }
}
