import type { PlaceLink } from '../types';
import { findMentions } from './find-mentions';
import { ELSEWHERE_NAMES, GAZETTEER } from './gazetteer';
import type { LinkOptions } from './link-places';

/** A facility whose name opens with its city (厦门长庚医院), as opposed to a firm named after its home (上海复星). */
const SITE_ELSEWHERE =
  /(?:医院|院区|学校|大学|大学城|学院|园|园区|基地|中心|研究院|研究所|研究生院|实验室)$/;

/** A campus or a hospital's site named after its place (中央民族大学丰台校区, 甲医院海淀院区). */
const CAMPUS = /(?:校区|院区|分校)$/;

/**
 * Places a project by what it is, where the gazetteer knows it: 积水潭医院回龙观院区二期 → huitian,
 * 北京脑科学与类脑研究中心 → life-valley, 北师大附属高教园高中 → shahe-university-park, 小米智慧园区 →
 * future-science-city (a site). A name containing a place outside every zone (清华南口国重基地,
 * 雁栖湖国际会都) is placed in that place's district, never in a zone, and one that opens with a
 * province or city outside Beijing (厦门长庚医院), or a campus named after another district or city
 * (中央民族大学丰台校区), in no place. Returns null when
 * the name names no zone, so the sentence-level rules decide; district names inside a project name
 * (温榆河公园昌平二期) say nothing more than the document's district and are ignored, except a name that
 * opens with the district's full name (昌平区42公里绿道, 怀柔区…造林工程): the district's own work, not a
 * zone's.
 *
 * @example
 * linkProjectName('天通苑文化艺术中心', { district: 'district:changping' }) // { place: 'huitian', via: 'name' }
 * linkProjectName('小米未来产业园', { district: 'district:changping' }) // null
 */
export function linkProjectName(name: string, options: LinkOptions = {}): PlaceLink | null {
  if (SITE_ELSEWHERE.test(name) && ELSEWHERE_NAMES.some((place) => name.startsWith(place)))
    return { place: null, via: 'name-elsewhere' };
  const campus = CAMPUS.exec(name);
  const stem = campus ? name.slice(0, campus.index).replace(/区$/, '') : '';
  if (campus && ELSEWHERE_NAMES.some((place) => stem.endsWith(place)))
    return { place: null, via: 'name-elsewhere' };
  const mentions = findMentions(name, { ...options, sites: true });
  const outside = mentions.find((m) => m.place === null);
  if (outside) {
    const entry = GAZETTEER.find((e) => e.name === outside.name);
    return { place: entry?.district ?? null, via: 'name-outside' };
  }
  const zones = mentions.filter((m) => m.place !== null && !m.place.startsWith('district:'));
  const places = new Set(zones.map((m) => m.place));
  const owner = mentions[0];
  if (
    zones.length === 0 &&
    owner?.start === 0 &&
    owner.place?.startsWith('district:') &&
    /区$/.test(owner.name)
  )
    return { place: owner.place, via: 'name-district' };
  if (places.size !== 1) return null;
  return { place: zones[0]!.place, via: 'name' };
}
