import { MediaQuery } from 'svelte/reactivity';
import {
  chooseLayout,
  mapPadding,
  NARROW_QUERY,
  type LayoutVariant,
  type MapPadding,
} from './layout';

export interface AppLayoutOptions {
  /** Whether the browser can draw the map (checked once, before the map is built). */
  webgl: boolean;
  /** Reads whether the URL asks for embed mode; followed as the URL changes. */
  embed: () => boolean;
}

/**
 * The layout the window calls for right now: the variant, whether the screen is narrow, and the
 * map padding, which follows the window's size as it is resized or turned.
 */
export class AppLayout {
  readonly #narrow = new MediaQuery(NARROW_QUERY);
  #height = $state(window.innerHeight);
  readonly #options: AppLayoutOptions;

  /** Lives as long as the page: the window's resize listener is never removed. */
  constructor(options: AppLayoutOptions) {
    this.#options = options;
    window.addEventListener('resize', () => (this.#height = window.innerHeight));
  }

  get variant(): LayoutVariant {
    return chooseLayout({
      webgl: this.#options.webgl,
      embed: this.#options.embed(),
      narrow: this.#narrow.current,
    });
  }

  /** A narrow screen: the compact header, and a selected zone's panel first in the sidebar. */
  get compact(): boolean {
    return this.#narrow.current;
  }

  get padding(): MapPadding {
    return mapPadding(this.variant, this.#height);
  }
}
