import { describe, expect, it } from 'vitest';
import { formatAppUrl, parseAppUrl, type AppUrlState } from './url-codec';

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
      sectors: ['life-sciences', 'energy'],
      lang: 'en',
      q: '百济神州 & HEPS',
      view: { zoom: 11.5, lat: 40.0871, lng: 116.2993 },
      basemap: 'online',
    };
    expect(roundTrip(state)).toEqual(state);
  });

  it('round-trips the empty state to an empty link', () => {
    const empty: AppUrlState = {
      zone: null,
      sectors: [],
      lang: null,
      q: '',
      view: null,
      basemap: null,
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
      zone: null,
      sectors: [],
      lang: null,
      q: '',
      view: { zoom: 10, lat: 40.123456, lng: 116.2 },
      basemap: null,
    });
    expect(url).toBe('#map=10/40.1235/116.2');
  });
});
