import { describe, expect, it } from 'vitest';
import {
  EMPTY_URL_STATE,
  formatAppUrl,
  fullAtlasUrl,
  parseAppUrl,
  type AppUrlState,
} from './url-codec';
import { isZoneId } from '../model/zones';
import { isSectorId } from '../model/sectors';
import { isLang } from '../i18n/lang';
import { hostileUrls } from '../../tests/support/hostile-urls';

function roundTrip(state: AppUrlState): AppUrlState {
  const url = formatAppUrl(state);
  const hashAt = url.indexOf('#');
  const search = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  return parseAppUrl(search, hash).state;
}

describe('parseAppUrl / formatAppUrl', () => {
  it('round-trips a full state', () => {
    const state: AppUrlState = {
      zone: 'life-valley',
      compare: ['energy-valley', 'life-valley', 'huitian'],
      sectors: ['life-sciences', 'energy'],
      lang: 'en',
      q: '百济神州 & HEPS',
      view: { zoom: 11.5, lat: 40.0871, lng: 116.2993 },
      basemap: 'online',
      embed: true,
    };
    expect(roundTrip(state)).toEqual(state);
  });

  it('round-trips the empty state to an empty link', () => {
    const empty: AppUrlState = {
      zone: null,
      compare: [],
      sectors: [],
      lang: null,
      q: '',
      view: null,
      basemap: null,
      embed: false,
    };
    expect(formatAppUrl(empty)).toBe('');
    expect(roundTrip(empty)).toEqual(empty);
  });

  it('keeps the known parts of a link and reports the unknown ones', () => {
    const { state, notices } = parseAppUrl('?zone=mars&sectors=energy,bogus,energy&lang=fr', '');
    expect(state).toMatchObject({ zone: null, sectors: ['energy'], lang: null });
    expect(notices.map((n) => n.code)).toEqual(['unknown-zone', 'unknown-sector', 'bad-lang']);
  });

  it('turns the online basemap on only when asked for by name', () => {
    expect(parseAppUrl('?basemap=online', '').state.basemap).toBe('online');
    const { state, notices } = parseAppUrl('?basemap=https://evil.example/{z}', '');
    expect(state.basemap).toBeNull();
    expect(notices[0]?.code).toBe('bad-basemap');
  });

  it('takes the first of repeated keys', () => {
    expect(parseAppUrl('?zone=huitian&zone=life-valley', '').state.zone).toBe('huitian');
  });

  it('survives broken percent-encoding', () => {
    const { state, notices } = parseAppUrl('?zone=%E0%A4%A&lang=en', '');
    expect(state.lang).toBe('en');
    expect(notices).toEqual([{ code: 'bad-encoding', value: '%E0%A4%A' }]);
  });

  it('rejects views that are not finite numbers in range', () => {
    for (const hash of [
      '#map=NaN/40/116',
      '#map=11/95/116',
      '#map=11/40',
      '#map=1e3/40/116',
      '#map=99/40/116',
    ]) {
      const { state, notices } = parseAppUrl('', hash);
      expect(state.view, hash).toBeNull();
      expect(notices[0]?.code, hash).toBe('bad-view');
    }
  });

  it('does not treat prototype keys as state', () => {
    const { state } = parseAppUrl('?__proto__=x&constructor=y&zone=huitian', '');
    expect(state.zone).toBe('huitian');
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('strips control characters from the search text and bounds its length', () => {
    const { state } = parseAppUrl(`?q=${encodeURIComponent('\u202eabc\u0000')}`, '');
    expect(state.q).toBe('abc');
    expect(parseAppUrl(`?q=${'x'.repeat(6000)}`, '').state.q).toHaveLength(100);
  });

  it('writes views at a precision that grows with zoom', () => {
    const url = formatAppUrl({
      ...EMPTY_URL_STATE,
      view: { zoom: 10, lat: 40.123456, lng: 116.2 },
    });
    expect(url).toBe('#map=10/40.1235/116.2');
  });

  it('compares two or three distinct known zones, in the order the link gives', () => {
    expect(parseAppUrl('?compare=energy-valley,life-valley', '')).toEqual({
      state: { ...EMPTY_URL_STATE, compare: ['energy-valley', 'life-valley'] },
      notices: [],
    });
    const three = '?compare=huitian,huairou-science-city,future-science-city';
    expect(parseAppUrl(three, '').state.compare).toEqual([
      'huitian',
      'huairou-science-city',
      'future-science-city',
    ]);
    expect(formatAppUrl(parseAppUrl(three, '').state)).toBe(three);
  });

  it('drops unknown and surplus zones from a comparison with a notice, repeats silently', () => {
    const { state, notices } = parseAppUrl(
      '?compare=huitian,mars,huitian,life-valley,energy-valley,huairou-science-city',
      '',
    );
    expect(state.compare).toEqual(['huitian', 'life-valley', 'energy-valley']);
    expect(notices).toEqual([
      { code: 'unknown-zone', value: 'mars' },
      { code: 'bad-compare', value: 'huairou-science-city' },
    ]);
  });

  it('ignores a comparison of fewer than two distinct zones with one notice', () => {
    for (const value of ['huitian', 'huitian,huitian', 'mars,venus', ',,', '<b>x</b>,huitian']) {
      const { state, notices } = parseAppUrl(`?compare=${encodeURIComponent(value)}&lang=en`, '');
      expect(state, value).toEqual({ ...EMPTY_URL_STATE, lang: 'en' });
      expect(notices, value).toEqual([{ code: 'bad-compare', value }]);
    }
  });

  it('turns embed mode on only with embed=1', () => {
    expect(parseAppUrl('?zone=huitian&embed=1', '').state).toEqual({
      ...EMPTY_URL_STATE,
      zone: 'huitian',
      embed: true,
    });
    for (const value of ['0', 'true', 'yes', '1 ']) {
      const { state, notices } = parseAppUrl(`?embed=${encodeURIComponent(value)}`, '');
      expect(state.embed, value).toBe(false);
      expect(notices, value).toEqual([{ code: 'bad-embed', value }]);
    }
  });

  it('opens the full atlas in the same state, without embed', () => {
    const embedded = parseAppUrl(
      '?zone=energy-valley&sectors=energy&lang=en&embed=1',
      '#map=12/40.1/116.4',
    ).state;
    const full = fullAtlasUrl(embedded);
    expect(full).toBe('?zone=energy-valley&sectors=energy&lang=en#map=12/40.1/116.4');
    const hashAt = full.indexOf('#');
    expect(parseAppUrl(full.slice(0, hashAt), full.slice(hashAt)).state).toEqual({
      ...embedded,
      embed: false,
    });
    expect(embedded.embed).toBe(true);
  });

  it('reads each of 2000 hostile links as contract values only, which a link then reproduces', () => {
    for (const url of hostileUrls(2000)) {
      const hashAt = url.indexOf('#');
      const search = hashAt === -1 ? url : url.slice(0, hashAt);
      const hash = hashAt === -1 ? '' : url.slice(hashAt);
      const { state, notices } = parseAppUrl(search, hash);
      expect(state.zone === null || isZoneId(state.zone), url).toBe(true);
      expect(state.sectors.every(isSectorId), url).toBe(true);
      expect(new Set(state.sectors).size, url).toBe(state.sectors.length);
      expect(state.compare.every(isZoneId), url).toBe(true);
      expect([0, 2, 3], url).toContain(new Set(state.compare).size);
      expect(state.lang === null || isLang(state.lang), url).toBe(true);
      expect([null, 'online'], url).toContain(state.basemap);
      expect(state.q.length, url).toBeLessThanOrEqual(100);
      expect(state.q, url).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      if (state.view) {
        expect(state.view.zoom, url).toBeGreaterThanOrEqual(0);
        expect(state.view.zoom, url).toBeLessThanOrEqual(22);
        expect(Math.abs(state.view.lat), url).toBeLessThanOrEqual(85);
        expect(Math.abs(state.view.lng), url).toBeLessThanOrEqual(180);
      }
      for (const notice of notices) {
        expect(notice.value.length, url).toBeLessThanOrEqual(41);
        expect(notice.value, url).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      }
      expect(roundTrip(state), url).toEqual(state);
    }
  });
});
