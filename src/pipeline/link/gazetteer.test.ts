import { describe, expect, it } from 'vitest';
import manifest from '../../../data/sources/manifest.json';
import { GAZETTEER, PLACES } from './gazetteer';
import { findMentions } from './find-mentions';

describe('gazetteer', () => {
  it('records for every place the source that places it: a public URL or a document id', () => {
    const documents = new Set(manifest.documents.map((d) => d.id));
    const unsourced = PLACES.filter(
      (p) => !/^https?:\/\/\S+$/.test(p.source) && !documents.has(p.source),
    );
    expect(unsourced.map((p) => p.names[0])).toEqual([]);
  });

  it('gives each name one meaning per district and period', () => {
    const seen = new Map<string, string | null>();
    const clashes: string[] = [];
    for (const e of GAZETTEER) {
      const key = `${e.name}|${e.onlyIn ?? ''}|${e.before ?? ''}`;
      if (seen.has(key) && seen.get(key) !== e.place) clashes.push(e.name);
      seen.set(key, e.place);
    }
    expect(clashes).toEqual([]);
  });

  it('reads a historical name by the date of the document (未来科技城 up to the 2017 plans)', () => {
    const place = (year: number | null) =>
      findMentions('未来科技城全面开工', { district: 'district:changping', year })[0]?.place;
    expect(place(2012)).toBe('energy-valley');
    expect(place(2017)).toBe('energy-valley');
    expect(place(2018)).toBe('future-science-city');
    expect(place(2019)).toBe('future-science-city');
    expect(place(null)).toBe('future-science-city');
  });

  it('does not take a district named as where a route starts (昌平至顺义…线路) for where a thing lies', () => {
    const places = (text: string) =>
      findMentions(text, { district: 'district:huairou' }).map((m) => m.place);
    expect(places('电源接入方式为双破昌平至顺义500kV双回线路')).toEqual([]);
    expect(places('该专用路移交至昌平区管理')).toEqual(['district:changping']);
  });

  it('lists longer names first, so a longer name wins over a name inside it', () => {
    const at = (name: string) => GAZETTEER.findIndex((e) => e.name === name);
    expect(at('沙河高教园区')).toBeLessThan(at('高教园'));
    expect(at('未来科学城东区')).toBeLessThan(at('未来科学城'));
  });
});
