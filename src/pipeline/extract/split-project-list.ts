import {
  endsInSlogan,
  hasProjectHead,
  isConcept,
  isPerson,
  isGenericName,
  isPlainNoun,
  isProjectName,
  type ProjectNameOptions,
} from './is-project-name';
import { SHARED_HEADS } from './project-lexicon';
import { GAZETTEER, PLACE_NAMES } from '../link/gazetteer';

/** A place and a quoted name after it: 回天“城市大脑”. */
const PLACE_QUOTED = /^([\u4e00-\u9fff]{2,6})[“"]([^”"]{3,10})[”"]$/;

/** True for a quoted name that a place's name opens (回天“城市大脑”), which is a name without a head. */
function isPlaceQuoted(name: string): boolean {
  const m = PLACE_QUOTED.exec(name);
  return m !== null && PLACE_NAMES.has(m[1]!) && !PLACE_NAMES.has(m[2]!);
}

/** A place's name in quotes (未来科学城“两谷一园”, “北四村”): the place, not a project. */
const QUOTED_PLACE = /[“"]([^”"]+)[”"]/;

/** One named item of a list, with its span in the list text. */
export interface ListItem {
  name: string;
  start: number;
  end: number;
}

/** Words left in front of a name by the clause around it: verbs, adverbs, time and sequence words. */
const LEADING =
  /^(?:了|好(?=[\u4e00-\u9fff]{2,}(?:设施|装置)$)|并|并且|其中|此外|另外|前身|同时|特别是|累计|先期|即|暨|像|比如|例如|如(?![家意])|建有|其|是|确保|先后有|既有|还有|也有|均有|都有|已有|除了|以及|吸引了|吸引|今日|昨日|项目——|项目—|已|还|也|又|今年还将|今年|本年度|近日|近期|目前|截至目前已|进一步|全面|积极|精心|重点|集中|高标准|高水平|随着|随著|继续|继|织补|新建|周边|附近|依托|依靠|\d{1,2}月(?:\d{1,2}日)?|\d{4}年)+/;
/** A quoted epithet before a name (“绿肺”北京温榆河公园): praise, not part of the name. */
const EPITHET = /^[“"「][^”"」]{1,6}[”"」](?=[\u4e00-\u9fff]{4,})/;
/** A district before a road's name (昌平区回南北路(霍营西路-立汤路)): its address, not part of the name. */
const DISTRICT_BEFORE_ROAD =
  /^(?:北京市)?(?:昌平区|怀柔区|密云区)(?=[\u4e00-\u9fff]{2,8}(?:路|大街|街)(?:[(（]|$))/;
/** A short name given in brackets after the name (北京甲研究所(下称“甲所”)): not part of it. */
const SHORT_NAME = /[(（](?:下称|以下简称|简称)[^()（）]*[)）]/g;
/** A phase written on its own after a named facility: 沙河高教园四期和二期(二)地块. */
const PHASE_FIRST = /^[一二三四五六七八九十\d]+期(?:[(（][一二三四五六七八九十\d]+[)）])?/;
const PHASE_AT_END =
  /[一二三四五六七八九十\d]+期(?:[(（][一二三四五六七八九十\d]+[)）])?(?:扩建)?$/;
/** A "first of its kind" description before the name: 全市首家外商投资培训机构德勤书院. */
const FIRST_OF_KIND =
  /^(?:[^首]{0,4})?首(?:家|个|座|条|所)(?:[^机企平项]{0,12}?(?:机构|企业|平台|项目))?/;
/** Kinds of institution that a "first" description names only as a type (我国首个生命科学国家实验室). */
const INSTITUTION_TYPE = /(?:国家实验室|重点实验室|工程技术中心|研发机构|主题公园)$/;
/** A part of a named site (…主体, …核心区): the site is the project. */
const PART =
  /(?:[东西南北]区)?(?:地上|地下)?(?:主体结构|二次结构|主体建筑|主体|核心区|中枢区|起步区|断点|堵点)$/;
/** A batch and kind before a name (第二批交叉研究平台介科学与过程仿真交叉研究平台): a description. */
const BATCH =
  /^(?:第[一二三四五六七八九十\d]+批|首批|新一批)[\u4e00-\u9fff]*?(?:平台|装置|设施|项目|中心|实验室)/;

/**
 * The programme a facility is built under, written before its name (国家重大科技基础设施甲装置, 中国科学院
 * “十四五”科教基础设施乙平台): a description, not part of the name.
 */
const PROGRAMME_BEFORE =
  /^[^、，,]*?(?:重大科技基础设施|科教基础设施|科技基础设施)(?:项目|建设项目)?(?:[—-]+)?(?=[\u4e00-\u9fff“]{4,})/;

/**
 * The class of road a work is, written before its name (回天地区主干道路甲桥改造工程, 城市主干路乙路): a
 * description, not part of the name.
 */
const ROAD_CLASS_BEFORE =
  /^[^、，,]{0,8}?(?:主干道路|主干路|次干路|快速路|主干道|城市道路)(?=[\u4e00-\u9fff]{2,}(?:路|街|大街|大道|桥|隧道|高速))/;

/** A second name given after the first (华一医院也称北郊医院): the first is the name. */
const ALIAS = /(?:也称|又称|亦称|俗称|原名|原称)/;

/** 即 between a kind and its name (教育基地即中国科学院大学一期): the name follows it. */
const NAMELY = /即/;

/** 和 inside a word (碳中和, 协和, 和平), not between two items. */
const AND_IN_WORD = /[中协温总缓调柔融谐祥诺]和|和[平谐睦美田顺]/;

/**
 * Splits a list at 、 and 和, outside brackets and quotes, keeping each item's offset. An item without
 * a head joined by 和 to a name with one is part of that name (北京怀柔仪器和传感器产业园).
 */
function splitItems(
  text: string,
  isName: (raw: string) => boolean,
): { raw: string; start: number }[] {
  const items: { raw: string; start: number; byAnd: boolean }[] = [];
  let depth = 0;
  let from = 0;
  let byAnd = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('(（“「'.includes(c)) depth++;
    else if (')）”」'.includes(c)) depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (c === '、' || (c === '和' && !AND_IN_WORD.test(text.slice(Math.max(0, i - 1), i + 2))))
    ) {
      items.push({ raw: text.slice(from, i), start: from, byAnd });
      byAnd = c === '和';
      from = i + 1;
    }
  }
  items.push({ raw: text.slice(from), start: from, byAnd });
  const merged: { raw: string; start: number }[] = [];
  for (const item of items) {
    const last = merged[merged.length - 1];
    const joined = `${last?.raw}和${item.raw}`;
    const left = cleanItem(last?.raw ?? '');
    const right = cleanItem(item.raw);
    const merges =
      (!hasProjectHead(left) && isPlainNoun(left) && hasProjectHead(cleanItem(joined))) ||
      (hasProjectHead(left) &&
        !isGenericName(left) &&
        right.length <= 8 &&
        isGenericName(right.replace(/(?<=..)项目$/, '')));
    if (last && item.byAnd && merges && isName(joined)) last.raw = `${last.raw}和${item.raw}`;
    else merged.push({ raw: item.raw, start: item.start });
  }
  return merged.flatMap(splitAtJi);
}

/**
 * An item that is two named facilities joined by 及 (甲模拟装置及乙研发平台): both halves have a head
 * of their own and neither is only a kind (训练基地及…, …及配套工程 stay whole).
 */
function splitAtJi(item: { raw: string; start: number }): { raw: string; start: number }[] {
  const at = item.raw.indexOf('及');
  if (at < 0 || item.raw.indexOf('及', at + 1) >= 0) return [item];
  const left = cleanItem(item.raw.slice(0, at));
  const right = cleanItem(item.raw.slice(at + 1));
  const named = (n: string) => hasProjectHead(n) && !isGenericName(n) && isProjectName(n);
  if (!named(left) || !named(right)) return [item];
  return [
    { raw: item.raw.slice(0, at), start: item.start },
    { raw: item.raw.slice(at + 1), start: item.start + at + 1 },
  ];
}

/** Facilities the gazetteer knows by name: a kind written before one of them is a description. */
const KNOWN_FACILITIES = GAZETTEER.filter((e) =>
  ['institution', 'campus', 'site'].includes(e.kind),
).map((e) => e.name);

/**
 * A known facility after the kind of thing it is, with no dash between (怀柔科学城国家重大科技基础设施
 * 项目综合极端条件实验装置): the kind, with any place before it, describes the facility.
 */
function withoutKindBefore(name: string): string {
  const known = KNOWN_FACILITIES.find((f) => name.endsWith(f) && f.length < name.length);
  if (!known) return name;
  let kind = name.slice(0, -known.length);
  for (const place of PLACE_NAMES) if (kind.startsWith(place)) kind = kind.slice(place.length);
  return hasProjectHead(kind) && isGenericName(kind) ? known : name;
}

/**
 * The name inside a list item: after the last 的 and after a description joined by a dash
 * (全市首个碳中和主题公园--温榆河未来智谷, 甲公园南部场馆项目——甲体育文化中心, 新型研发机构——甲研究院), without the
 * words a clause leaves in front of it, and
 * without a "first of its kind" description when what follows is a name of its own.
 */
export function cleanItem(raw: string): string {
  let name = raw.trim().replace(SHORT_NAME, '');
  const dash = /(?:--|——|—)/.exec(name);
  if (
    dash &&
    /首[家个座]|^[^—-]*(?:公园|中心|项目|设施|工程|机构|平台|基地|园区)$/.test(
      name.slice(0, dash.index),
    )
  )
    name = name.slice(dash.index + dash[0].length);
  if (name.includes('的')) name = name.slice(name.lastIndexOf('的') + 1);
  // an owner before its facility (甲公司旗下乙产业园): the facility is the name
  const owned = name.lastIndexOf('旗下');
  if (owned >= 0 && hasProjectHead(name.slice(owned + 2))) name = name.slice(owned + 2);
  const alias = ALIAS.exec(name);
  if (alias && hasProjectHead(name.slice(0, alias.index))) name = name.slice(0, alias.index);
  const namely = NAMELY.exec(name);
  const [kind, named] = namely ? [name.slice(0, namely.index), name.slice(namely.index + 1)] : [];
  if (kind && named && hasProjectHead(kind) && hasProjectHead(named)) name = named;
  name = withoutKindBefore(name.replace(LEADING, '').replace(EPITHET, ''));
  const first = FIRST_OF_KIND.exec(name);
  if (first && first[0].length < name.length) {
    const rest = name.slice(first[0].length);
    if (!INSTITUTION_TYPE.test(rest)) name = rest.replace(LEADING, '');
    else name = '';
  }
  const roadClass = ROAD_CLASS_BEFORE.exec(name);
  if (roadClass && hasProjectHead(name)) name = name.slice(roadClass[0].length);
  const programme = PROGRAMME_BEFORE.exec(name);
  if (programme && hasProjectHead(name)) name = name.slice(programme[0].length);
  const batch = BATCH.exec(name);
  if (batch && hasProjectHead(name.slice(batch[0].length))) name = name.slice(batch[0].length);
  const part = PART.exec(name);
  if (part && hasProjectHead(name.slice(0, part.index))) name = name.slice(0, part.index);
  return name.replace(DISTRICT_BEFORE_ROAD, '').trim();
}

/**
 * The kind the last item of a list ends in, when the items before it have no head of their own:
 * 北京分子科学、介科学与过程仿真交叉研究平台 → 交叉研究平台 (A、B实验室 → A实验室, B实验室). It is the
 * longest ending of the last name that only says what kind of thing it is. A last item that is no
 * name itself (推流至各直播平台) hands its ending to nobody.
 */
function typeOfLast(
  names: readonly string[],
  raws: readonly string[],
  options: ProjectNameOptions,
): string | null {
  const last = names[names.length - 1] ?? '';
  if (raws[raws.length - 1]?.includes('的')) return null;
  const bare = (n: string) => isPlainNoun(n) && !isProjectName(n, options);
  if (names.length < 2 || !names.slice(0, -1).every(bare)) return null;
  if (!isProjectName(last, options)) return null;
  for (let i = 1; i < last.length - 1; i++) {
    const ending = last.slice(i);
    if (hasProjectHead(ending) && isGenericName(ending)) return ending;
  }
  return null;
}

/** Owners that a facility kind after 的 belongs to: firms, groups, universities and institutes. */
const OWNER = /(?:集团|公司|大学|学院|研究院|研究所|科学院|央企|企业)$/;

/**
 * A list of owners whose facility kind follows the last of them after 的 (国家电网、中国华能等央企的
 * 研发基地 → each owner's 研发基地): the kind and the last owner's name, or null.
 */
function ownedKind(raws: readonly string[]): { kind: string; owner: string | null } | null {
  const last = raws[raws.length - 1] ?? '';
  const of = last.lastIndexOf('的');
  if (raws.length < 2 || of < 0) return null;
  const kind = last.slice(of + 1).trim();
  const owner = cleanItem(last.slice(0, of));
  if (!hasProjectHead(kind) || !isGenericName(kind) || !OWNER.test(owner)) return null;
  const owners = [...raws.slice(0, -1).map(cleanItem), owner];
  return owners.every((o) => OWNER.test(o) || (isPlainNoun(o) && !hasProjectHead(o)))
    ? { kind, owner }
    : null;
}

/** The facility kind after 的 in a list's closing kind (等央企的研发基地 → 研发基地), or null. */
function kindOfOwners(kind: string): { kind: string; owner: null } | null {
  const of = kind.lastIndexOf('的');
  const facility = kind.slice(of + 1);
  if (of < 0 || !OWNER.test(kind.slice(0, of))) return null;
  return hasProjectHead(facility) && isGenericName(facility)
    ? { kind: facility, owner: null }
    : null;
}

/**
 * The items of a list of projects with their names: 鞍钢、武钢等地块 → 鞍钢地块, 武钢地块 (an item
 * without a head takes the facility type the list gives); 沙河高教园四期和二期(二)地块 → 沙河高教园四期,
 * 沙河高教园二期(二) (a bare phase takes the facility of the item before it). Items that are not
 * names under `options` are dropped.
 *
 * @example
 * splitProjectList('鞍钢、武钢', '地块', { listed: true }).map((i) => i.name) // ['鞍钢地块', '武钢地块']
 */
export function splitProjectList(
  text: string,
  kind: string,
  options: ProjectNameOptions,
): ListItem[] {
  const isName = (raw: string) => isProjectName(cleanItem(raw), { ...options, joined: true });
  const items = splitItems(text, isName);
  const names = items.map((i) => cleanItem(i.raw));
  if (names.some(isConcept)) return [];
  const owned = ownedKind(items.map((i) => i.raw)) ?? kindOfOwners(kind);
  if (owned?.owner) names[names.length - 1] = owned.owner;
  const shared =
    owned?.kind ??
    SHARED_HEADS.exec(kind)?.[0] ??
    (kind === ''
      ? typeOfLast(
          names,
          items.map((i) => i.raw),
          options,
        )
      : null);
  const named: (ListItem & { quoted: boolean })[] = [];
  let previous = '';
  for (const [index, { raw, start }] of items.entries()) {
    let name = index === items.length - 1 && owned?.owner ? owned.owner : cleanItem(raw);
    if (PHASE_FIRST.test(name) && PHASE_AT_END.test(previous))
      name = previous.replace(PHASE_AT_END, '') + name;
    if (shared && ((owned && OWNER.test(name)) || !hasProjectHead(name)) && name.length > 0)
      name += shared;
    previous = name;
    const at = start + Math.max(0, raw.indexOf(name.slice(0, 2)));
    named.push({ name, start: at, end: start + raw.trimEnd().length, quoted: isPlaceQuoted(name) });
  }
  if (named.some((item) => isConcept(item.name)) || names.some(isPerson)) return [];
  const proper = named.some(
    (item) => isProjectName(item.name, options) && !isGenericName(item.name),
  );
  return named
    .filter((item) => !PLACE_NAMES.has(QUOTED_PLACE.exec(item.name)?.[1] ?? ''))
    .filter((item) => !endsInSlogan(item.name))
    .filter((item) => {
      const as = item.quoted ? { ...options, listed: true } : options;
      if (isProjectName(item.name.replace(/[“”"]/g, ''), { ...as, joined: true })) return true;
      return (
        options.listed === true && proper && hasProjectHead(item.name) && isGenericName(item.name)
      );
    })
    .map(({ name, start, end }) => ({ name, start, end }));
}
