import { PLACE_NAMES } from '../link/gazetteer';
import { hasProjectHead, isProjectName } from './is-project-name';
import { PUSH_VERBS, STATUS_VERBS } from './project-lexicon';
import { cleanItem } from './split-project-list';

/** A name found in a clause, with its offset in the clause. */
export interface PassingName {
  name: string;
  start: number;
}

/**
 * What may follow a name: punctuation, a list's joints, and the function words and verbs a subject
 * or an object is followed by (…院区床位800张, …公园为居民提供, 13B线将新建, …中心也建成).
 */
const AFTER_NAME =
  /^(?:$|[^\u4e00-\u9fffA-Za-z0-9（(“”]|[（(](?:简称|下称|以下简称)|[、等和与及将已正也还均都是为在于的又再同现]|项目(?![(（]?[一二三四五六七八九十\d]+期)|位于|床位|占地|总投资|总建筑|建筑面积|设有|拥有|作为|提供|集|整合|目前|今年|通车|开通|开放|建成|投用)/;

/**
 * A verb or an adverb inside a candidate (昌平又新增休闲公园, 回龙观将继续打造…): a clause was taken,
 * not a name.
 */
const VERB_INSIDE = new RegExp(
  `${[...STATUS_VERBS.map(([verb]) => verb), ...PUSH_VERBS].join('|')}|[又将再也还已被把比几是「」]|(?<=.)有(?!限|色)|以(?!色)|即可|相当于|只有|穿越|属于|\\d(?:平方公里|平方米|公里|米|亩|公顷|万|亿)|深化|进入|抢抓|进城|新增|周边|沿线|附近`,
);
/** What a firm or a group is called: who builds or signs, not what is built (中国石油集团). */
const FIRM = /(?:公司|集团)$/;
/** A place and a bare kind (未来科学城项目, 未来科技城项目一期): the place's projects, not one of them. */
const PLACE_KIND = /^(.+?)(?:项目|工程)(?:[一二三四五六七八九十]+期)?$/;

/** True when a candidate found in passing is a name: no verb inside, no firm, not a place's projects. */
function isPassingName(name: string, joined = false): boolean {
  if (VERB_INSIDE.test(name) || FIRM.test(name) || !/^[\u4e00-\u9fffA-Za-z0-9“]/.test(name))
    return false;
  const kind = PLACE_KIND.exec(name);
  if (kind && PLACE_NAMES.has(kind[1]!)) return false;
  return isProjectName(name, { joined });
}

/**
 * Where two names are joined by 和 in a clause with no 、 (依托国家骨科医学中心和国家紧急医学救援基地):
 * the 和 after a facility head, or -1.
 */
function pairAt(clause: string): number {
  for (let at = clause.indexOf('和'); at > 0; at = clause.indexOf('和', at + 1))
    if (hasProjectHead(clause.slice(0, at))) return at;
  return -1;
}

/**
 * The name that opens `text`: its shortest opening that ends in a facility head (a phase or a work on
 * it counts as one: 二期, 改造工程) and is followed by what may follow a name, if that opening is a
 * project name.
 *
 * @example
 * nameAtStart('13B线将新建车站6座') // '13B线'
 * nameAtStart('回龙观院区项目二期正在扩建') // '回龙观院区项目二期'
 */
export function nameAtStart(text: string): string | null {
  for (let end = 2; end <= Math.min(text.length, 26); end++) {
    const opening = text.slice(0, end);
    if (!hasProjectHead(opening)) continue;
    if (!AFTER_NAME.test(text.slice(end))) continue;
    return isPassingName(opening) ? opening : null;
  }
  return null;
}

/**
 * The longest opening of `text` that ends in a facility head and is a name, whatever follows it: the
 * last item of a list whose items before it are names already (…、东小口城市休闲公园连接在一起).
 */
function headedOpening(text: string): string | null {
  for (let end = Math.min(text.length, 26); end >= 3; end--) {
    const opening = text.slice(0, end);
    if (hasProjectHead(opening) && isPassingName(opening)) return opening;
  }
  return null;
}

/** Words and verbs a name in a list may stand after (依托A、B; 在A、B等…; 是A、B和C). */
const BEFORE_LIST =
  /(?:[^\u4e00-\u9fffA-Za-z0-9]|依托|包括|其中|此外|以及|参观|发挥|挖掘|形成|拥有|建有|推出|是|在|从|与|和|及|的|有|为|对|将|至|到|了)$/;

/** The opening of a proper name: a place the gazetteer knows, a line number, or a national or city body. */
const PROPER_START = /^(?:北京|中国|国家|首都|中关村|中科院|清华|北大|地铁|市郊铁路|\d+号线)/;
const startsProper = (name: string) =>
  PROPER_START.test(name) || [...PLACE_NAMES].some((place) => name.startsWith(place));

/** A department of a hospital or an office named by its field alone (肿瘤中心, 肝胆胰中心). */
const DEPARTMENT = /^[\u4e00-\u9fff]{1,4}中心$/;

/**
 * Names listed with 、 where every item is a named facility on its own (依托国家骨科医学中心、国家紧急
 * 医学救援基地; 昌平线南延、地铁17号线、13B线将形成…): the list names projects whatever its verb. Each
 * item must be a project name by itself, with a head, so lists of kinds or fields (教育、医疗) are not.
 *
 * @example
 * enumeratedNames('依托国家骨科医学中心、国家紧急医学救援基地').map((n) => n.name)
 * // ['国家骨科医学中心', '国家紧急医学救援基地']
 */
export function enumeratedNames(clause: string): PassingName[] {
  const parts: { text: string; start: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= clause.length; i++) {
    const c = clause[i] ?? '、';
    if ('(（“「'.includes(c)) depth++;
    else if (')）”」'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '、' && depth === 0) {
      parts.push({ text: clause.slice(from, i), start: from });
      from = i + 1;
    }
  }
  if (parts.length === 0) return [];
  if (parts.length === 1) {
    const and = pairAt(clause);
    if (and < 0) return [];
    parts.splice(
      0,
      1,
      { text: clause.slice(0, and), start: 0 },
      { text: clause.slice(and + 1), start: and + 1 },
    );
  }
  const first = firstItem(parts[0]!.text);
  if (!first) return [];
  const names: PassingName[] = [{ name: first.name, start: first.start }];
  for (const part of parts.slice(1, -1)) {
    const name = cleanItem(part.text);
    if (name !== part.text.trim() || !(isPassingName(name) || isPassingName(name, true))) return [];
    names.push({ name, start: part.start });
  }
  const lastPart = parts[parts.length - 1]!;
  const joined = /^(.+?)和(.+)$/.exec(lastPart.text);
  const beforeAnd = joined && isPassingName(joined[1]!) ? joined[1]! : null;
  const lastText = beforeAnd ? joined![2]! : lastPart.text;
  // A last item the clause runs on from (…公园连接在一起, 永胜站3座…) is read only after two names.
  const last =
    nameAtStart(lastText) ??
    (names.length + (beforeAnd ? 1 : 0) >= 2 ? headedOpening(lastText) : null);
  if (!last) return [];
  if (beforeAnd) names.push({ name: beforeAnd, start: lastPart.start });
  names.push({
    name: last,
    start: lastPart.start + (beforeAnd ? beforeAnd.length + 1 : 0),
  });
  if (names.some((n) => DEPARTMENT.test(n.name))) return [];
  return names.map((n) => ({ ...n, name: n.name.replace(WORKS_PROJECT, '') }));
}

/** 项目 after a named work (甲医院异地扩建工程项目): the work is the name. */
const WORKS_PROJECT = /(?<=工程)项目$/;

/**
 * The first item of a list: the name at the end of the text before the first 、. It starts after the
 * nearest word a name may follow (依托, 包括, 是…); with no such word it is the whole text, and then it
 * must open like a proper name (a known place, 北京…, a line number), so a verb is not taken in.
 */
function firstItem(text: string): PassingName | null {
  for (let start = 1; start <= text.length - 2; start++) {
    if (!BEFORE_LIST.test(text.slice(0, start))) continue;
    const name = text.slice(start);
    if (isPassingName(name) && hasProjectHead(name)) return { name, start };
  }
  const whole = text.trim();
  return isPassingName(whole) && hasProjectHead(whole) && startsProper(whole)
    ? { name: whole, start: text.indexOf(whole) }
    : null;
}

/** A measure before a name (全长约8.9公里的…, 3800平方米的…): the thing measured is named after it. */
const MEASURED =
  /(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)(?:余|多)?(?:万|亿)?(?:平方米|平米|米|公里|千米|亩|公顷|张床位|张|个车位|座)的/g;

/**
 * Names after a measure and 的 (全长约8.9公里的北清路快速化改造工程已历经6年建设; 3800平方米的霍营街道
 * 文化活动中心): what a size is given for is a named facility.
 *
 * @example
 * measuredNames('3800平方米的霍营街道文化活动中心').map((n) => n.name) // ['霍营街道文化活动中心']
 */
export function measuredNames(clause: string): PassingName[] {
  const names: PassingName[] = [];
  for (const m of clause.matchAll(MEASURED)) {
    const start = m.index + m[0].length;
    const name = nameAtStart(clause.slice(start));
    if (name) names.push({ name, start });
  }
  return names;
}

/**
 * Heads that name a place of its own as a clause's subject (新龙泽院区床位800张, 甲乙农场桥位于…): not a
 * kind of body.
 */
const SUBJECT_HEAD =
  /(?:院区|医院|公园|校区|分校|大学|小学|中学|幼儿园|体育馆|博物馆|图书馆|隧道|桥|产业园|科技园)$/;

/** Words that may open a clause before its subject or the place it goes to (此外, 目前, 同时, 到). */
const CLAUSE_LEAD = /^(?:此外|另外|目前|同时|其中|而|但|并且?|如今|现在|今年|近日|届时|来到|到)*/;

/** A clause that tells of going past or on to a place (刚过甲桥, 可直达乙桥): the place is no subject. */
const PASSING_BY = /^(?:刚|再|可|即可)?(?:过|经过|途经|穿过|直达|直通|通往|前往|到达)/;

/**
 * The name a clause opens with, as its subject (新龙泽院区床位800张; 回龙观体育文化公园为居民提供…): a
 * named facility the clause tells something of.
 *
 * @example
 * subjectName('新龙泽院区床位800张') // { name: '新龙泽院区', start: 0 }
 */
export function subjectName(clause: string): PassingName | null {
  const start = CLAUSE_LEAD.exec(clause)![0].length;
  if (PASSING_BY.test(clause.slice(start))) return null;
  const name = nameAtStart(clause.slice(start));
  if (!name) return null;
  const own = SUBJECT_HEAD.test(name) && name.replace(SUBJECT_HEAD, '').length >= 3;
  return startsProper(name) || own ? { name, start } : null;
}

/** A named facility used as the carrier of a plan (以怀柔新城滨河森林公园为载体): the facility is a project. */
const CARRIER = /以([^，,；;。以]{3,24}?)为(?:载体|依托|核心|龙头|抓手|支撑)/g;
/** A caption naming what the picture shows (图为天通苑文化艺术中心). */
const PICTURED = /^(?:图为|上图为|下图为|图中为)/;

/**
 * Facilities named as the carrier of a plan (以甲公园为载体) or as what a picture shows (图为甲中心).
 *
 * @example
 * framedNames('怀柔区还将以怀柔新城滨河森林公园为载体,建设主题森林公园').map((n) => n.name)
 * // ['怀柔新城滨河森林公园']
 */
export function framedNames(clause: string): PassingName[] {
  const names: PassingName[] = [];
  for (const m of clause.matchAll(CARRIER)) {
    const name = m[1]!;
    if (hasProjectHead(name) && isPassingName(name)) names.push({ name, start: m.index + 1 });
  }
  const pictured = PICTURED.exec(clause);
  if (pictured) {
    const name = nameAtStart(clause.slice(pictured[0].length));
    if (name) names.push({ name, start: pictured[0].length });
  }
  return names;
}

/**
 * A facility named as where people visit, work or meet (媒体记者在甲模拟实验室参观, 乙公司目前在丙小镇办公,
 * 工作人员在丁中心为参观者讲解): it stands and is used.
 */
const VENUE =
  /在([^在，,；;。]{3,30}?)(?=(?:参观|调研|考察|办公|举行|举办|召开)|(?:为|向|给)[^，,；;。在]{1,5}?(?:讲解|展示|介绍))/g;

/**
 * Facilities named as the place where a visit, work or a meeting happens.
 *
 * @example
 * venueNames('媒体记者在甲乙模拟实验室参观').map((n) => n.name) // ['甲乙模拟实验室']
 */
export function venueNames(clause: string): PassingName[] {
  const names: PassingName[] = [];
  for (const m of clause.matchAll(VENUE)) {
    const name = cleanItem(m[1]!);
    if (PLACE_NAMES.has(name) || !hasProjectHead(name) || !isPassingName(name)) continue;
    names.push({ name, start: m.index + 1 + m[1]!.lastIndexOf(name) });
  }
  return names;
}

/**
 * A station a trip starts at, goes to or stops at (自地铁西二旗站起, 在沙河站下车, 从甲站到乙站仅需31分钟):
 * the stations of a line named in passing.
 */
const STATION_ON_TRIP =
  /(?:到达|抵达|直达|途经|从|自|在|到|至|经)(?:地铁|轨道交通|市郊铁路)?([\u4e00-\u9fff\d]{2,8}?站)(?=起|出发|下车|上车|换乘|到|至|仅|只|[，,。；;、]|$)/g;
/** Stops that are a kind or a part, not a named station (车站, 首站, 公交站, 变电站, 换乘站). */
const NOT_A_STATION =
  /(?:^.?车站|地铁站|首站|末站|终点站|电站|油站|气站|防站|水站|务站|驿站|作站|测站|验站|费站|乘站|中转站|公交站|该站|本站|此站|一站|每站)$|[至与和]/;

/**
 * Stations named as where a trip starts, passes or ends.
 *
 * @example
 * stationNames('乘客从甲乙北站到丙丁站仅需31分钟').map((n) => n.name) // ['甲乙北站', '丙丁站']
 */
export function stationNames(clause: string): PassingName[] {
  const names: PassingName[] = [];
  for (const m of clause.matchAll(STATION_ON_TRIP)) {
    const name = m[1]!;
    if (NOT_A_STATION.test(name) || !isPassingName(name)) continue;
    names.push({ name, start: m.index + m[0].length - name.length });
  }
  return names;
}
