type Module<T> = { default: T };

const ADDRESS = /\b(https?:\/\/[^\s'"]+)/;

/** The address a failed import names (Chromium: "Failed to fetch dynamically imported module: URL"). */
function failedAddress(error: unknown): URL | null {
  const message = error instanceof Error ? error.message : String(error);
  const found = ADDRESS.exec(message)?.[1];
  return found ? new URL(found) : null;
}

/** The script a failed dynamic import names, or null when the message names none or a stylesheet. */
export function failedScriptUrl(error: unknown): string | null {
  const address = failedAddress(error);
  return address && /\.m?js$/.test(address.pathname) ? address.href : null;
}

/** The same script under a new address, so a browser that keeps a failed import's result fetches it again. */
export function retryUrl(url: string, attempt: number): string {
  return `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`;
}

/**
 * Removes the stylesheet link a failed part's styles left behind, so that the next attempt adds
 * and fetches it again instead of finding it present.
 */
function forgetFailedStylesheet(error: unknown): void {
  const address = failedAddress(error);
  if (!address || !address.pathname.endsWith('.css') || typeof document === 'undefined') return;
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (link.href === address.href) link.remove();
  }
}

const importUrl = <T>(url: string): Promise<Module<T>> =>
  import(/* @vite-ignore */ url) as Promise<Module<T>>;

/**
 * Code kept out of the first-screen bundle and fetched when first needed (or earlier, in idle
 * time): a component, or a module of functions, given as a module's default export. `current`
 * is null until it arrives; a failed fetch sets `error` and the next `load()` tries again, so a
 * dropped connection costs one retry, not the feature.
 *
 * Some browsers keep a failed dynamic import's result for the page's life. When the import fails
 * naming its script, the same load asks for that script once more under a fresh query, which such
 * a browser fetches anew; a stylesheet that failed is removed so the next load fetches it again.
 */
export class LazyPart<T> {
  current = $state.raw<T | null>(null);
  error = $state<string | null>(null);
  #pending: Promise<T | null> | null = null;
  #retries = 0;
  readonly #fetch: () => Promise<Module<T>>;
  readonly #importUrl: (url: string) => Promise<Module<T>>;

  constructor(
    fetch: () => Promise<Module<T>>,
    importAgain: (url: string) => Promise<Module<T>> = importUrl,
  ) {
    this.#fetch = fetch;
    this.#importUrl = importAgain;
  }

  load(): Promise<T | null> {
    if (this.current) return Promise.resolve(this.current);
    if (!this.#pending) this.error = null;
    this.#pending ??= this.#attempt().then(
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

  async #attempt(): Promise<Module<T>> {
    try {
      return await this.#fetch();
    } catch (error) {
      forgetFailedStylesheet(error);
      const script = failedScriptUrl(error);
      if (!script) throw error;
      this.#retries += 1;
      return this.#importUrl(retryUrl(script, this.#retries));
    }
  }
}
