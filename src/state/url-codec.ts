import { isZoneId, type ZoneId } from '../model/zones';
import { isSectorId, type SectorId } from '../model/sectors';
import { isLang, type Lang } from '../i18n/lang';

/** The map camera as it appears in `#map=<zoom>/<lat>/<lng>`. */
export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** Everything a shared link reproduces (docs/contracts.md#url-scheme). */
export interface AppUrlState {
  zone: ZoneId | null;
  /** Zones shown side by side: two or three distinct ids, or none (no comparison). */
  compare: ZoneId[];
  sectors: SectorId[];
  lang: Lang | null;
  q: string;
  view: MapView | null;
  /** The opt-in online basemap; null keeps the embedded one (the default, no third party). */
  basemap: 'online' | null;
  /** The atlas inside another page's iframe: map and a compact panel, no page chrome. */
  embed: boolean;
}

/** Why part of a URL was ignored; the UI turns the code into a sentence in the user's language. */
export interface UrlNotice {
  code:
    | 'unknown-zone'
    | 'unknown-sector'
    | 'bad-lang'
    | 'bad-view'
    | 'bad-encoding'
    | 'too-long'
    | 'bad-basemap'
    | 'bad-compare'
    | 'bad-embed';
  /** The offending value, cut short; shown only as text, never as markup. */
  value: string;
}

export const EMPTY_URL_STATE: AppUrlState = {
  zone: null,
  compare: [],
  sectors: [],
  lang: null,
  q: '',
  view: null,
  basemap: null,
  embed: false,
};

/** How many zones a comparison shows at least and at most. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 3;

const MAX_VALUE_LENGTH = 200;
const MAX_QUERY_LENGTH = 100;

/**
 * Reads the atlas state from a URL's search and hash. Never throws: anything it cannot honour is
 * dropped and reported as a notice, so a hand-edited link still opens a working atlas.
 *
 * @example
 * parseAppUrl('?zone=huitian&sectors=energy,xx&lang=en', '#map=11/40.1/116.3')
 * // → state { zone: 'huitian', sectors: ['energy'], lang: 'en', view: {zoom: 11, …} },
 * //   notices [{ code: 'unknown-sector', value: 'xx' }]
 */
export function parseAppUrl(
  search: string,
  hash: string,
): { state: AppUrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const params = readParams(search, notices);
  const state: AppUrlState = { ...EMPTY_URL_STATE, compare: [], sectors: [] };

  const zone = params.get('zone');
  if (zone !== undefined && zone !== '') {
    if (isZoneId(zone)) state.zone = zone;
    else notices.push({ code: 'unknown-zone', value: clip(zone) });
  }

  const compare = params.get('compare');
  if (compare) state.compare = readCompare(compare, notices);

  const sectors = params.get('sectors');
  if (sectors) {
    for (const id of sectors.split(',')) {
      if (id === '') continue;
      if (!isSectorId(id)) notices.push({ code: 'unknown-sector', value: clip(id) });
      else if (!state.sectors.includes(id)) state.sectors.push(id);
    }
  }

  const lang = params.get('lang');
  if (lang !== undefined && lang !== '') {
    if (isLang(lang)) state.lang = lang;
    else notices.push({ code: 'bad-lang', value: clip(lang) });
  }

  const q = params.get('q');
  if (q) {
    if (q.length > MAX_QUERY_LENGTH) notices.push({ code: 'too-long', value: clip(q) });
    state.q = stripControls(q).slice(0, MAX_QUERY_LENGTH).trim();
  }

  const basemap = params.get('basemap');
  if (basemap !== undefined && basemap !== '') {
    if (basemap === 'online') state.basemap = 'online';
    else notices.push({ code: 'bad-basemap', value: clip(basemap) });
  }

  const embed = params.get('embed');
  if (embed !== undefined && embed !== '') {
    if (embed === '1') state.embed = true;
    else notices.push({ code: 'bad-embed', value: clip(embed) });
  }

  const view = readView(hash, notices);
  if (view) state.view = view;
  return { state, notices };
}

/**
 * Writes the atlas state as `?…#map=…`, in a fixed key order so that equal states give equal links.
 *
 * @example
 * formatAppUrl({ ...EMPTY_URL_STATE, zone: 'huitian', lang: 'en' }) // → '?zone=huitian&lang=en'
 */
export function formatAppUrl(state: AppUrlState): string {
  const parts: string[] = [];
  if (state.zone) parts.push(`zone=${state.zone}`);
  if (state.compare.length > 0) parts.push(`compare=${state.compare.join(',')}`);
  if (state.sectors.length > 0) parts.push(`sectors=${state.sectors.join(',')}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  if (state.basemap) parts.push(`basemap=${state.basemap}`);
  if (state.embed) parts.push('embed=1');
  const search = parts.length > 0 ? `?${parts.join('&')}` : '';
  return search + (state.view ? `#map=${formatView(state.view)}` : '');
}

/**
 * The link an embedded atlas offers to open the full atlas: the same zone, comparison, sectors,
 * language, search, basemap and view, without `embed`.
 *
 * @example
 * fullAtlasUrl({ ...EMPTY_URL_STATE, zone: 'huitian', embed: true }) // → '?zone=huitian'
 */
export function fullAtlasUrl(state: AppUrlState): string {
  return formatAppUrl({ ...state, embed: false });
}

/** `zoom/lat/lng` with the precision a view needs at that zoom (about a pixel). */
export function formatView(view: MapView): string {
  const digits = Math.max(
    2,
    Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10),
  );
  return [view.zoom.toFixed(2), view.lat.toFixed(digits), view.lng.toFixed(digits)]
    .map((s) => s.replace(/\.?0+$/, ''))
    .join('/');
}

/** Reads the first value of each known key; repeated keys keep the first one. */
function readParams(search: string, notices: UrlNotice[]): Map<string, string> {
  const params = new Map<string, string>();
  const body = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq), notices);
    const raw = eq === -1 ? '' : pair.slice(eq + 1);
    if (key === null || params.has(key)) continue;
    if (raw.length > MAX_VALUE_LENGTH * 3 && key !== 'q') {
      notices.push({ code: 'too-long', value: clip(raw) });
      continue;
    }
    const value = decode(raw, notices);
    if (value !== null) params.set(key, value);
  }
  return params;
}

/**
 * Reads `compare=<id,id[,id]>`. Unknown ids and ids past the third are dropped with a notice,
 * repeats silently; fewer than two distinct known zones is no comparison, with one notice.
 */
function readCompare(value: string, notices: UrlNotice[]): ZoneId[] {
  const zones: ZoneId[] = [];
  const dropped: UrlNotice[] = [];
  for (const id of value.split(',')) {
    if (id === '' || zones.includes(id as ZoneId)) continue;
    if (!isZoneId(id)) dropped.push({ code: 'unknown-zone', value: clip(id) });
    else if (zones.length === COMPARE_MAX) dropped.push({ code: 'bad-compare', value: clip(id) });
    else zones.push(id);
  }
  if (zones.length < COMPARE_MIN) {
    notices.push({ code: 'bad-compare', value: clip(value) });
    return [];
  }
  notices.push(...dropped);
  return zones;
}

function decode(text: string, notices: UrlNotice[]): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    notices.push({ code: 'bad-encoding', value: clip(text) });
    return null;
  }
}

function readView(hash: string, notices: UrlNotice[]): MapView | null {
  const match = /(?:^#|&)map=([^&]*)/.exec(hash);
  if (!match) return null;
  const fields = (match[1] ?? '').split('/');
  const [zoom, lat, lng] = fields.map((f) => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : NaN));
  const valid =
    fields.length === 3 &&
    zoom !== undefined &&
    lat !== undefined &&
    lng !== undefined &&
    zoom >= 0 &&
    zoom <= 22 &&
    lat >= -85 &&
    lat <= 85 &&
    lng >= -180 &&
    lng <= 180;
  if (!valid) {
    notices.push({ code: 'bad-view', value: clip(match[1] ?? '') });
    return null;
  }
  return { zoom, lat, lng };
}

function stripControls(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, '');
}

function clip(text: string): string {
  const clean = stripControls(text);
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
