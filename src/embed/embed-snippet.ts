import { formatAppUrl, parseAppUrl } from '../state/url-codec';

/** An iframe's size in CSS pixels. */
export interface EmbedSize {
  width: number;
  height: number;
}

/**
 * The sizes the share menu offers: a wide box for an article column and a narrow one for a
 * phone-first page or a sidebar. The embed's layout is made for both.
 */
export const EMBED_SIZES = {
  wide: { width: 600, height: 400 },
  narrow: { width: 360, height: 480 },
} as const satisfies Record<string, EmbedSize>;

export type EmbedSizeName = keyof typeof EMBED_SIZES;

/**
 * The address that embeds the atlas as it is at `href`: the same zone, comparison, sectors,
 * language and basemap, with `embed=1`. The camera and the search are left out, so the embed
 * fits its zone to whatever box the host page gives it.
 *
 * @example
 * embedAddress('https://atlas.example/?zone=huitian&lang=en&q=HEPS#map=11/40.1/116.3')
 * // → 'https://atlas.example/?zone=huitian&lang=en&embed=1'
 */
export function embedAddress(href: string): string {
  const url = new URL(href);
  const { state } = parseAppUrl(url.search, url.hash);
  return url.origin + url.pathname + formatAppUrl({ ...state, q: '', view: null, embed: true });
}

export interface EmbedSnippetOptions extends EmbedSize {
  /** The embed's address (`embedAddress`). */
  src: string;
  /** Names the frame for screen readers, e.g. "Science City Atlas: Huitian Area". */
  title: string;
}

/**
 * The `<iframe>` a host page pastes to embed the atlas. Only plain attributes: no inline
 * `style`, which a host page's own Content-Security-Policy may refuse, and no `sandbox`, whose
 * opaque origin would stop the atlas loading its own data and map worker. `loading="lazy"` keeps
 * the map from loading until the reader scrolls near it.
 *
 * @example
 * embedSnippet({ src: 'https://atlas.example/?zone=huitian&embed=1', title: 'Huitian', width: 600, height: 400 })
 * // → '<iframe src="https://atlas.example/?zone=huitian&amp;embed=1" title="Huitian" width="600" height="400" loading="lazy"></iframe>'
 */
export function embedSnippet({ src, title, width, height }: EmbedSnippetOptions): string {
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(title)}"`,
    `width="${Math.round(width)}"`,
    `height="${Math.round(height)}"`,
    'loading="lazy"',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

/** Makes text safe inside a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
