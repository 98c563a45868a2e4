import { ZONE_PARENT, isZoneId, type DistrictKey } from '../../model/zones';
import type { PlaceMention } from '../types';
import {
  COREFERENCES,
  GAZETTEER,
  SITED_ELSEWHERE,
  holdsFor,
  type GazetteerEntry,
} from './gazetteer';

/** Options of {@link findMentions}. */
export interface FindMentionsOptions {
  /** District the document is about; enables district-only aliases such as 科学城. */
  district?: DistrictKey;
  /** Year of the document: historical names hold only in documents before their renaming. */
  year?: number | null;
  /** Full names already seen in the document, which enable coreferences such as 东区. */
  seen?: ReadonlySet<string>;
  /** Also find sites (parks, company campuses), which place projects named after them but not numbers. */
  sites?: boolean;
}

const indexes = new Map<string, Map<string, GazetteerEntry[]>>();

/** The years at which a dated entry starts or stops holding: documents between two of them read alike. */
const ERAS = [...new Set(GAZETTEER.flatMap((e) => (e.before ? [e.before] : [])))].sort();

/** Entries by first character (longest first), per document district and era, with or without sites. */
function indexFor(
  district: DistrictKey | undefined,
  year: number | null | undefined,
  sites: boolean,
): Map<string, GazetteerEntry[]> {
  const era = year == null ? 'now' : ERAS.filter((y) => year < y).join(',');
  const key = `${district ?? ''}|${era}|${sites}`;
  const cached = indexes.get(key);
  if (cached) return cached;
  const index = new Map<string, GazetteerEntry[]>();
  for (const e of GAZETTEER) {
    if (!holdsFor(e, { district, year })) continue;
    if (e.kind === 'site' && !sites) continue;
    index.set(e.name[0]!, [...(index.get(e.name[0]!) ?? []), e]);
  }
  indexes.set(key, index);
  return index;
}

/** What follows a zone's name when the zone names a facility or road (未来科学城第二中学, …大道, …北区站). */
const FACILITY_NAMED_AFTER =
  /^(?:第[一二三四五六七八九十]+)?(?:[一二三四五六七八九十]+[中小])?(?:中学|小学|学校|幼儿园|医院|大道|路|大街|[东西南北]?区?站|体育场|图书馆|博物馆)/;

/** What follows a place named as the start of a route (昌平至顺义500kV双回线路, 怀柔到市区): not where a thing lies. */
const ROUTE_FROM = /^(?:区)?(?:至|到)[\u4e00-\u9fff]/;

/**
 * What follows a district's name when it names a body or an office of the district (昌平区委区政府,
 * 昌平区市政管委, 昌平区教委, 昌平区副区长, 昌平区第三届人民代表大会): who speaks or acts, not where a thing
 * lies.
 */
const DISTRICT_BODY =
  /^(?:区)?(?:委(?!托)|政府|人大|政协|区长|副区长|第[一二三四五六七八九十\d]+届|人民代表大会|[\u4e00-\u9fff]{0,4}?(?:管委会?|委员会|局|办公室)|(?:教|科|发改|卫健|住建|农|商)委)/;

/**
 * What closes the quoted name of a news account (据“北京昌平”微信公众号消息, 图/“北京怀柔”客户端): who
 * tells the news, not where it happens. The name opens with a quote mark a few characters before.
 */
const OUTLET_AFTER =
  /^[\u4e00-\u9fff]{0,6}[”"」』]\s*(?:官方)?(?:微信公众号|微信号|公众号|微信|微博|客户端|视频号|抖音号?|APP|App|app)/;
const OUTLET_BEFORE = /[“"「『][\u4e00-\u9fff]{0,6}$/;

/**
 * A zone named with the land around it, or the land around it alone (道路项目均分布在怀柔科学城及其周边, 怀柔
 * 科学城周边配套项目): a wider area than the zone, so what is told of it is the district's. Around a zone
 * that lies inside another (生命科学园周边) is still inside the larger one, and told of the smaller.
 */
const AND_AROUND = /^(?:及其周边|周边)/;

function isParenthetical(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  return open > close;
}

/**
 * Finds gazetteer names in a text, longest match first, left to right; a name yields to a longer one
 * that starts inside it (在怀柔科学城 is 怀柔科学城, not 在怀). Blockers become mentions with
 * `place: null`; transparent names are skipped, and so is a district named where a route starts
 * (昌平至顺义…线路). A place outside Beijing that something is sited at
 * (落户吉林长春) becomes an `elsewhere` mention with `place: null`.
 *
 * @example
 * findMentions('能源谷里,213家企业').map((m) => m.place) // ['energy-valley']
 */
export function findMentions(text: string, options: FindMentionsOptions = {}): PlaceMention[] {
  const index = indexFor(options.district, options.year, options.sites === true);
  const mentions: PlaceMention[] = [];
  const at = (i: number) => index.get(text[i]!)?.find((e) => text.startsWith(e.name, i));
  for (let i = 0; i < text.length; i++) {
    const found = at(i);
    const end = i + (found?.name.length ?? 0);
    let overlapped = false;
    for (let j = i + 1; found && j < end && !overlapped; j++) {
      const other = at(j);
      overlapped =
        other !== undefined && j + other.name.length > end && other.name.length > found.name.length;
    }
    const entry = overlapped ? undefined : found;
    if (entry) {
      const after = text.slice(i + entry.name.length);
      const routeFrom =
        entry.kind === 'district' && (ROUTE_FROM.test(after) || DISTRICT_BODY.test(after));
      const outlet = OUTLET_AFTER.test(after) && OUTLET_BEFORE.test(text.slice(0, i));
      if (entry.kind !== 'transparent' && !routeFrom && !outlet) {
        const end = i + entry.name.length;
        const parenthetical = isParenthetical(text, i);
        const area = entry.kind === 'zone' || entry.kind === 'sub-area';
        const inName = entry.kind === 'zone' && FACILITY_NAMED_AFTER.test(text.slice(end));
        const around =
          entry.kind === 'zone' &&
          entry.place !== null &&
          isZoneId(entry.place) &&
          ZONE_PARENT[entry.place] === null &&
          AND_AROUND.test(text.slice(end));
        mentions.push({
          start: i,
          end,
          name: entry.name,
          place: around ? (options.district ?? null) : entry.place,
          parenthetical,
          area,
          ...(inName ? { inName } : {}),
        });
      }
      i += entry.name.length - 1;
      continue;
    }
    if (
      options.district &&
      (/^(?:全区|本区|我区|该区(?!域))/.test(text.slice(i, i + 3)) ||
        (/^区内/.test(text.slice(i, i + 2)) && !/[\u4e00-\u9fff]/.test(text[i - 1] ?? '')))
    ) {
      mentions.push({
        start: i,
        end: i + 2,
        name: text.slice(i, i + 2),
        place: options.district,
        parenthetical: false,
      });
      i += 1;
      continue;
    }
    const coref = COREFERENCES.find(
      (c) =>
        text.startsWith(c.name, i) &&
        options.seen?.has(c.antecedent) &&
        !/[城镇]/.test(text[i - 1] ?? ''),
    );
    if (coref) {
      mentions.push({
        start: i,
        end: i + coref.name.length,
        name: coref.name,
        place: coref.place,
        parenthetical: false,
        area: true,
      });
      i += coref.name.length - 1;
      continue;
    }
    SITED_ELSEWHERE.lastIndex = i;
    const elsewhere = SITED_ELSEWHERE.exec(text);
    if (elsewhere) {
      const end = i + elsewhere[0].length;
      const start = end - elsewhere[1]!.length;
      const parenthetical = isParenthetical(text, start);
      mentions.push({
        start,
        end,
        name: elsewhere[1]!,
        place: null,
        parenthetical,
        elsewhere: true,
      });
      i = end - 1;
    }
  }
  return mentions;
}
