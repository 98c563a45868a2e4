/**
 * Code kept out of the first-screen bundle and fetched when first needed (or earlier, in idle
 * time): a component, or a module of functions, given as a module's default export. `current`
 * is null until it arrives; a failed fetch sets `error` and the next `load()` tries again, so a
 * dropped connection costs one retry, not the feature.
 */
export class LazyPart<T> {
  current = $state.raw<T | null>(null);
  error = $state<string | null>(null);
  #pending: Promise<T | null> | null = null;
  readonly #fetch: () => Promise<{ default: T }>;

  constructor(fetch: () => Promise<{ default: T }>) {
    this.#fetch = fetch;
  }

  load(): Promise<T | null> {
    if (this.current) return Promise.resolve(this.current);
    if (!this.#pending) this.error = null;
    this.#pending ??= this.#fetch().then(
      (module) => {
        this.current = module.default;
        this.error = null;
        return module.default;
      },
      (error: unknown) => {
        this.#pending = null;
        this.error = error instanceof Error ? error.message : String(error);
        return null;
      },
    );
    return this.#pending;
  }
}
