/**
 * How the atlas arranges itself:
 * - `page`: header across the top, the sidebar beside the map (desktop);
 * - `sheet`: header and map, the sidebar as a bottom sheet over the map (phone);
 * - `list`: no map (no WebGL), the sidebar as a single column under the header;
 * - `embed`: the map and a compact panel for another page's iframe, no page chrome.
 */
export type LayoutVariant = 'page' | 'sheet' | 'list' | 'embed';

/** The parts of the screen a variant places; a variant without a region does not render it. */
export type Region = 'header' | 'sidebar' | 'map' | 'overlays';

export const LAYOUT_REGIONS: Readonly<Record<LayoutVariant, readonly Region[]>> = {
  page: ['header', 'sidebar', 'map', 'overlays'],
  sheet: ['header', 'sidebar', 'map', 'overlays'],
  list: ['header', 'sidebar', 'overlays'],
  embed: ['sidebar', 'map', 'overlays'],
};

/** Screens at most this wide get the compact header, and the bottom sheet when there is a map. */
export const NARROW_QUERY = '(max-width: 760px)';

/** The share of the window's height the bottom sheet may take (its CSS `max-height`). */
export const SHEET_SHARE = 0.5;

export interface LayoutInput {
  /** Whether the browser can draw the map; without it every variant is the list. */
  webgl: boolean;
  /** `embed=1` in the URL. */
  embed: boolean;
  /** Whether `NARROW_QUERY` matches. */
  narrow: boolean;
}

/**
 * Picks the variant: no WebGL gives the list, an embed stays an embed at any width, and a
 * narrow screen gets the bottom sheet.
 *
 * @example
 * chooseLayout({ webgl: true, embed: false, narrow: true }) // → 'sheet'
 */
export function chooseLayout({ webgl, embed, narrow }: LayoutInput): LayoutVariant {
  if (!webgl) return 'list';
  if (embed) return 'embed';
  return narrow ? 'sheet' : 'page';
}

/** Pixels kept clear at each edge of the map when a zone is fitted (MapLibre's padding). */
export interface MapPadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The room a variant's panels and controls take over the map, so that a fitted zone is not
 * drawn under them. The bottom sheet covers `SHEET_SHARE` of the window, so its padding follows
 * the window's height.
 *
 * @example
 * mapPadding('sheet', 844) // → { top: 24, bottom: 438, left: 24, right: 24 }
 */
export function mapPadding(variant: LayoutVariant, windowHeight: number): MapPadding {
  if (variant === 'sheet') {
    return { top: 24, bottom: Math.round(windowHeight * SHEET_SHARE) + 16, left: 24, right: 24 };
  }
  // An embed's map may be a few hundred pixels across: a small margin, and the zoom buttons.
  if (variant === 'embed') return { top: 20, bottom: 28, left: 20, right: 48 };
  return { top: 72, bottom: 72, left: 72, right: 88 };
}
