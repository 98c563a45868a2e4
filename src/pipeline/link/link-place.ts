import { ZONE_PARENT, isZoneId, type DistrictKey, type PlaceKey } from '../../model/zones';
import type { PlaceLink, PlaceMention, Sentence } from '../types';
import { LIES_AT } from './project-reference';

/** Everything the linker knows about a sentence's surroundings. */
export interface LinkContext {
  sentence: Sentence;
  mentions: readonly PlaceMention[];
  /** The paragraph's topic: a place named in its first clause, if any. */
  paragraphTopic: PlaceMention | null;
  /** Mentions found in the heading lines directly above the paragraph. */
  headingMentions: readonly PlaceMention[];
  /**
   * The zone a chain of sentences joined by semicolons is about: the first zone named in the chain
   * (接续实施两轮回天行动计划,…；定泗路…等138个项目开工建设；…), or null.
   */
  chainTopic?: PlaceMention | null;
  /** The zone the document's title names alone: what the document is about. */
  documentTopic?: PlaceKey;
  district?: DistrictKey;
}

const CLAUSE_BREAK = /[，,：:、（）()]/;
/** A number that describes the place right after it: 占地10平方公里的北京未来科技城. */
const DESCRIBES = /^[\d.]+[^\d，,；;：:、。的]{0,6}的$/;
/** The district named as the actor (昌平区安排…), weaker than a zone named earlier in the sentence. */
const BARE_DISTRICT = /^(?:昌平区?|怀柔区?)$/;
/** A company's own worth (估值, 市值): a figure of the firm, which belongs to no place. */
const COMPANY_OWN = /估值|市值/;
/**
 * Something that lies across districts (地处朝阳、顺义、昌平三区交界, 跨昌平、海淀两区): a number of it
 * belongs to no one zone or district.
 */
const ACROSS_DISTRICTS = /[两三四五六]区交界|跨[^，,；;。]{0,12}[两三四五六]区/;
/** Industry-wide aggregates are district statistics even when told inside a zone's paragraph. */
const INDUSTRY_AGGREGATE =
  /产业集群|产业(?:年)?收入|产业规模|产值|工业总产值|地区生产总值|公共预算收入/;

function clauseBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !/[，,；;：:]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[，,；;：:]/.test(text[end]!)) end++;
  return [start, end];
}

/**
 * Words that may precede a place that is the subject of its clause (现在的未来科学城…, 据悉,东区…,
 * 今年回天地区将…).
 */
const SUBJECT_PREFIX =
  /^(?:据悉|其中|现在的|目前|特别是|同时|最初|此外|如今|近年来|今年|明年|去年|年内|\d{4}年|在|作为|[“"「]|[^，,。]{1,8}的)*$/;

/** A clause that ends an address (…,未来科学城西区范围内): where the subject lies, not a new subject. */
const ADDRESS_END = /^[^，,；;：:。]*?(?:范围内|境内|之内|以内)[，,；;：:。]?$/;

/** A mention that opens its clause: the clause is about it, not merely naming it as an object. */
export function isSubject(text: string, mention: PlaceMention): boolean {
  let start = mention.start;
  while (start > 0 && !/[，,；;：:。]/.test(text[start - 1]!)) start--;
  if (!SUBJECT_PREFIX.test(text.slice(start, mention.start))) return false;
  return !isAddressClause(text, start, mention.end);
}

/**
 * True for a clause that goes on with an address begun in the clause before (生命园三期A地块位于回龙观
 * 中部,未来科学城西区范围内,…): it says where the earlier subject lies.
 */
function isAddressClause(text: string, clauseStart: number, mentionEnd: number): boolean {
  const previous = text.slice(0, Math.max(0, clauseStart - 1));
  const previousClause = previous.slice(previous.search(/[^，,；;：:。]*$/));
  let end = mentionEnd;
  while (end < text.length && !/[，,；;：:。]/.test(text[end]!)) end++;
  return LIES_AT.test(previousClause) && ADDRESS_END.test(text.slice(mentionEnd, end));
}

function resolve(mention: PlaceMention, via: string): PlaceLink {
  return { place: mention.place, via };
}

/**
 * A number right after a list (A、B等68个): the list's places say nothing about the count. A place
 * that has the list (甲园已有A、B等20多个项目) is its subject, not one of its items.
 */
function inListBefore(text: string, mention: PlaceMention, at: number): boolean {
  const between = text.slice(mention.end, at);
  return /等/.test(between) && !/[，,；;：:]/.test(between) && !HAS_LIST.test(between);
}

/** Verbs by which a place has what a list names (已有, 集聚, 吸引). */
const HAS_LIST = /^[^、等]{0,4}?(?:已有|拥有|共有|集聚了?|聚集了?|吸引了?|引进了?)/;

/**
 * A place named in an earlier item of a series of project counts (怀柔科学城平台项目5项、交通基础设施项目
 * 2项): it names that category, not the ones after it.
 */
function inEarlierItem(text: string, mention: PlaceMention, at: number): boolean {
  return /^[^，,；;：:、]*?项目\s*(?:\d+|[一二两三四五六七八九十]+)项、/.test(
    text.slice(mention.end, at),
  );
}

/**
 * A place inside the base of a share (占在北京落地的19个大科学装置的26%, 在全昌平项目中占比达48%): the
 * share is its subject's, not that place's.
 */
function inShareBase(text: string, mention: PlaceMention, at: number): boolean {
  if (!/^[\d.]+\s*[%％]/.test(text.slice(at)) || mention.end > at) return false;
  const [clauseStart] = clauseBounds(text, at);
  const before = text.slice(clauseStart, at);
  const share = before.search(/占(?!地)[^占]*$/);
  if (share >= 0 && mention.start > clauseStart + share) return true;
  const within = /在([^，,；;。在]*)中占/.exec(before);
  return (
    within !== null &&
    mention.start >= clauseStart + within.index &&
    mention.end <= clauseStart + within.index + within[0].length
  );
}

/**
 * The zone of a count that closes a list when every named item of the list lies in that one zone
 * (中关村生命园三期、国际生物工程创新中心等3个重大项目 → life-valley); a single named item or items in
 * different places (生命园三期A地块等12个项目) say nothing about the count.
 */
function listPlace(text: string, mentions: readonly PlaceMention[], at: number): PlaceKey | null {
  const before = text.slice(0, at);
  const etc = before.lastIndexOf('等');
  if (etc < 0 || /[，,；;：:]/.test(before.slice(etc))) return null;
  const clauseStart = Math.max(...[...'，,；;：:'].map((c) => before.lastIndexOf(c))) + 1;
  const items: [number, number][] = [];
  let from = clauseStart;
  for (let i = clauseStart; i <= etc; i++) {
    if (i === etc || text[i] === '、') {
      items.push([from, i]);
      from = i + 1;
    }
  }
  if (items.length < 2) return null;
  const places = items.map(([a, b]) => {
    const inside = mentions.filter((m) => m.start >= a && m.end <= b && m.place !== null);
    return inside.length > 0 && inside.every((m) => m.place === inside[0]!.place)
      ? inside[0]!.place
      : null;
  });
  const first = places[0];
  return first && isZoneId(first) && places.every((p) => p === first) ? first : null;
}

/**
 * True when a place is listed with others that lie elsewhere (怀柔科学城、中国影都、国际会都建设…共有110项
 * 任务): a number told of them all belongs to none of them alone. A place with another (回天地区与未来科学城
 * 协同发展) is not listed with it: it acts with it.
 */
function inMixedList(
  text: string,
  mentions: readonly PlaceMention[],
  mention: PlaceMention,
): boolean {
  const joined = (a: PlaceMention, b: PlaceMention) =>
    /^[、和及]$/.test(text.slice(a.end, b.start));
  const run = [mention];
  for (let grew = true; grew;) {
    grew = false;
    for (const m of mentions) {
      if (run.includes(m)) continue;
      if (run.some((r) => joined(r, m) || joined(m, r))) {
        run.push(m);
        grew = true;
      }
    }
  }
  return run.some((m) => m.place !== mention.place);
}

/**
 * A district right before a zone (在昌平区中关村生命科学园签约, 落户昌平“生命谷”): the zone's address, which
 * says nothing the zone does not.
 */
function isAddress(
  text: string,
  mention: PlaceMention,
  mentions: readonly PlaceMention[],
): boolean {
  if (!mention.place?.startsWith('district:')) return false;
  return mentions.some(
    (m) =>
      m.start >= mention.end &&
      m.place !== null &&
      !m.place.startsWith('district:') &&
      /^[“"「]?$/.test(text.slice(mention.end, m.start)),
  );
}

/**
 * What makes a zone's name part of a person's title (未来科学城党工委副书记、管委会主任甲表示,昌平已经…): the
 * speaker's post, not a zone the district's figures after it belong to.
 */
const IN_A_TITLE =
  /^(?:党工委|管委会|工委|党委)[^，,。；;]{0,16}?(?:主任|书记|委员|局长|负责人|主席|部长)/;

/** A list closed by 等 before the place it is in (A、B、C等…将在昌平…): the place is every item's. */
const LIST_THEN_PLACE = /^[^，,；;：:（）()]*等[^，,；;：:、（）()]*$/;

/**
 * A mention that can place what stands near it: not inside brackets (an institution's aside) and
 * not a zone's name opening a facility's name (未来科学城第二中学).
 */
export const isStrong = (m: PlaceMention): boolean => !m.parenthetical && !m.inName;

/**
 * A total that the clause then breaks down by place (90个重点项目包括怀柔科学城区域51个、国际会都区域1个…):
 * the first place's share is not the total, which is the district's.
 */
function isBreakdown(text: string, at: number, first: PlaceMention): boolean {
  return (
    /包括|其中/.test(text.slice(at, first.start)) &&
    /^[^，,；;。、]{0,4}?\d+(?:余|多)?[个项家所座处]/.test(text.slice(first.end))
  );
}

/** Words after two places that make them the border or the ground between them (交界处, 之间). */
const BORDER = /^(?:交界处?|接壤处|之间|交汇处)/;

/**
 * A place that is no zone, named as the border its subject lies on (未来科学城只是小汤山镇和北七家镇交界处
 * 10平方公里范围): it says where the subject lies, it is not what the figure measures.
 */
function isBorderOfSubject(text: string, m: PlaceMention): boolean {
  return m.place === null && BORDER.test(text.slice(m.end));
}

/** True for a zone: a place that is neither a district nor a blocker. */
const isZone = (m: PlaceMention): boolean => m.place !== null && !m.place.startsWith('district:');

/**
 * A place, or a facility named after it (东小口城市休闲公园), listed first with names the gazetteer does
 * not know (…、阳坊八口公园、小汤山官牛坊公园竣工开园): the clauses after the list go on about all of them,
 * not about that one place.
 */
function listedWithOthers(
  text: string,
  m: PlaceMention,
  mentions: readonly PlaceMention[],
): boolean {
  const item = /^(?:[\u4e00-\u9fff]{0,6}(?:园|馆|场|中心|院|校|站|路|桥))?、/.exec(
    text.slice(m.end),
  );
  if (!item) return false;
  const next = m.end + item[0].length;
  // a name blanked out while projects are placed (□□□) is a project's: known, not some other thing
  return text[next] !== '□' && !mentions.some((other) => other.start === next);
}

/**
 * A zone's place joined by 和, 与, 及 or 、 to a name the gazetteer does not know (位于北七家和东小口, where
 * only 东小口 lies in a zone): what lies there lies partly elsewhere, so the zone is not its place.
 * Two places the gazetteer knows (位于天通苑和东小口) are one zone's.
 */
function joinedWithUnknown(
  text: string,
  m: PlaceMention,
  mentions: readonly PlaceMention[],
): boolean {
  const known = (start: number, end: number) =>
    mentions.some((other) => other.start <= start && other.end >= end);
  const before = /[\u4e00-\u9fff]{2}[和与及、]$/.exec(text.slice(0, m.start));
  if (before && !known(m.start - 3, m.start - 1)) return true;
  const after = /^[和与及、][\u4e00-\u9fff]{2}/.exec(text.slice(m.end));
  return after !== null && !known(m.end + 1, m.end + 3);
}

/**
 * A place named as an item of a list (七里渠幼儿园等9个项目), or with places that lie elsewhere (连接中关村
 * 科学城、未来科学城的中间地带): not what its sentence or paragraph is about.
 */
export function isListItem(
  text: string,
  m: PlaceMention,
  mentions: readonly PlaceMention[],
): boolean {
  return /^[^，,；;：:]{0,8}?[、等]/.test(text.slice(m.end)) || inMixedList(text, mentions, m);
}

/**
 * The zone a sentence is about: a zone or sub-area named in its first clause, not as an item of a
 * list ({@link isListItem}) — the clauses after it go on about that zone unless they name another.
 */
export function sentenceTopic(
  text: string,
  mentions: readonly PlaceMention[],
  before = text.length,
): PlaceMention | null {
  const firstClause = text.search(/[，,；;：:]/);
  const end = Math.min(firstClause < 0 ? text.length : firstClause, before);
  const topic = mentions.find((m) => m.end <= end && m.area === true && isZone(m) && isStrong(m));
  if (!topic) return null;
  return isListItem(text, topic, mentions) ? null : topic;
}

/**
 * The zone an earlier clause of the sentence gives as where its subject lies (…工作范围为甲校区F片区,
 * 位于昌平区未来科学城西区沙河高教园内…,规划总用地面积约50公顷): the narrowest zone of the last such
 * address before the clause at `clauseStart`, or null. What the sentence measures after the address is
 * the site's.
 */
function siteOf(
  text: string,
  mentions: readonly PlaceMention[],
  clauseStart: number,
): PlaceMention | null {
  const before = text.slice(0, clauseStart);
  let site: PlaceMention | null = null;
  for (const m of before.matchAll(new RegExp(LIES_AT.source, 'g'))) {
    const end = m.index + text.slice(m.index).search(/[，,；;。]|$/);
    if (end >= clauseStart) continue;
    const zones = mentions.filter((z) => z.start >= m.index && z.end <= end && isZone(z));
    if (zones.some((z) => z.place === null)) continue;
    site = zones[zones.length - 1] ?? site;
  }
  return site;
}

/**
 * The zone a later clause gives as where the sentence's subject lies, when the sentence opens with
 * that subject and measures it first (甲园区占地230亩,建筑面积11.8万平方米,坐落于北京怀柔科学城核心区):
 * the narrowest zone of the first address after `clauseEnd`, or null. A clause that counts what lies
 * there (位于甲城规划范围内项目共计10项) is a part of the total, not its address.
 */
function siteAfter(
  text: string,
  mentions: readonly PlaceMention[],
  clauseEnd: number,
  firstClause: number,
): PlaceMention | null {
  const rest = text.slice(clauseEnd);
  const lies = new RegExp(`[，,](?:${LIES_AT.source})`).exec(rest);
  if (!lies || firstClause < 0 || /[；;。]/.test(rest.slice(0, lies.index))) return null;
  const start = clauseEnd + lies.index;
  const end = start + 1 + text.slice(start + 1).search(/[，,；;。]|$/);
  if (/\d/.test(text.slice(start, end))) return null;
  const zones = mentions.filter((m) => m.start >= start && m.end <= end && isZone(m));
  if (zones.length === 0 || zones.some((z) => z.place === null)) return null;
  return zones[zones.length - 1]!;
}

/**
 * Decides which place a figure or project at `at` (offset in the sentence) belongs to. In order: an
 * industry-wide aggregate goes to the district; a number that describes the place named right after
 * it (占地10平方公里的北京未来科技城) goes there; then the nearest place named before it in its clause,
 * then the nearest place that is the subject of an earlier clause of its sentence, then one named
 * after it in its clause (the narrowest of an address told after it: 落户位于昌平中关村科技园区的国家工程
 * 技术创新基地 is the base, not the district); then the sentence's topic — the first zone named in an earlier clause, or
 * the zone a chain of semicolon-joined sentences opened with (实施回天行动计划,…；…等138个项目开工建设);
 * then the paragraph's topic ("能源谷里，…"), then the headings above (a heading
 * that names the whole zone yields to the part of it the story is about), then the zone the document's title
 * names alone; and finally the district the document is about. A blocker (a place that is not a zone) stops the search with `place: null`. The
 * district named as the actor (昌平区安排…) yields to a zone the sentence is about, or to the zone its
 * own clause names as what it acts on (昌平区将启动实施第三轮回天行动计划,统筹推进85个…项目). Places named inside
 * a list right before a count (生命园三期A地块等12个项目) say nothing about the count.
 *
 * A company's own worth (公司估值) belongs to no place, and neither does a number that follows, with no
 * place of ours between, a place outside Beijing that something is sited at (将落户吉林长春,占地约6000平方米).
 *
 * @example
 * // sentence '能源谷里,213家规上先进能源企业集聚发展。', at 5 → { place: 'energy-valley', via: 'clause' }
 */
export function linkPlace(context: LinkContext, at: number, label: string): PlaceLink {
  const { sentence } = context;
  if (COMPANY_OWN.test(label)) return { place: null, via: 'company' };
  if (ACROSS_DISTRICTS.test(sentence.text.slice(0, at))) return { place: null, via: 'across' };
  if (INDUSTRY_AGGREGATE.test(label) && context.district)
    return { place: context.district, via: 'industry' };
  const list = listPlace(sentence.text, context.mentions, at);
  if (list) return { place: list, via: 'list' };
  const mentions = context.mentions.filter(
    (m) =>
      !isBorderOfSubject(sentence.text, m) &&
      !isAddress(sentence.text, m, context.mentions) &&
      !inListBefore(sentence.text, m, at) &&
      !inEarlierItem(sentence.text, m, at) &&
      !inShareBase(sentence.text, m, at),
  );
  const strong = mentions.filter(isStrong);
  const [clauseStart, clauseEnd] = clauseBounds(sentence.text, at);
  const before = strong.filter((m) => m.end <= at);
  const inClause = before.filter((m) => m.start >= clauseStart);
  const placed = before.filter((m) => m.place !== null);
  const firstClause = sentence.text.search(/[，,；;：:]/);
  // clauses about two zones and then the district (生命谷已聚集…,能源谷聚集了…,昌平区先后与11所高校…): the
  // district speaks for itself, not for either zone
  const zonesBefore = new Set(placed.filter((m) => isZone(m) && isStrong(m)).map((m) => m.place));
  const zone =
    zonesBefore.size > 1
      ? undefined
      : placed.find(
          (m) =>
            isZone(m) &&
            (isSubject(sentence.text, m) || firstClause < 0 || m.end <= firstClause) &&
            !listedWithOthers(sentence.text, m, context.mentions) &&
            !joinedWithUnknown(sentence.text, m, context.mentions) &&
            !IN_A_TITLE.test(sentence.text.slice(m.end)),
        );
  const actor = (m: PlaceMention): boolean =>
    m.place !== null &&
    m.place.startsWith('district:') &&
    BARE_DISTRICT.test(m.name) &&
    sentence.text[m.start - 1] !== '全';
  const described = strong.find(
    (m) => m.start > at && DESCRIBES.test(sentence.text.slice(at, m.start)),
  );
  if (described) return resolve(described, 'described');
  if (before[before.length - 1]?.elsewhere) return { place: null, via: 'elsewhere' };
  const nearestInClause = inClause[inClause.length - 1];
  const mixed = (m: PlaceMention | undefined) =>
    m !== undefined && inMixedList(sentence.text, context.mentions, m);
  if (nearestInClause) {
    if (zone && actor(nearestInClause)) return resolve(zone, 'sentence-zone');
    const sited = nearestInClause.place?.startsWith('district:')
      ? siteAfter(sentence.text, strong, clauseEnd, firstClause)
      : null;
    if (sited) return resolve(sited, 'site');
    return resolve(nearestInClause, 'clause');
  }
  // a place listed first with names the gazetteer does not know is no subject of the clauses after
  const subjects = before.filter(
    (m) => isSubject(sentence.text, m) && !listedWithOthers(sentence.text, m, context.mentions),
  );
  const nearest = subjects[subjects.length - 1];
  if (mixed(nearest)) return { place: context.district ?? null, via: 'mixed-list' };
  if (nearest) {
    if (zone && actor(nearest)) return resolve(zone, 'sentence-zone');
    const [, actorClauseEnd] = clauseBounds(sentence.text, nearest.start);
    const object = placed.find(
      (m) => isZone(m) && m.start > nearest.end && m.end <= actorClauseEnd,
    );
    if (object && actor(nearest) && !joinedWithUnknown(sentence.text, object, context.mentions))
      return resolve(object, 'actor-object');
    return resolve(nearest, 'sentence');
  }
  const after = strong.find(
    (m) =>
      m.start >= at &&
      m.end <= clauseEnd &&
      (!CLAUSE_BREAK.test(sentence.text.slice(at, m.start)) ||
        LIST_THEN_PLACE.test(sentence.text.slice(at, m.start))),
  );
  if (after && isBreakdown(sentence.text, at, after))
    return { place: context.district ?? null, via: 'breakdown' };
  if (after) {
    const narrower = strong.find(
      (m) => m.start > after.end && m.end <= clauseEnd && isZone(m) && !isZone(after),
    );
    return resolve(narrower ?? after, 'clause-after');
  }
  const site =
    siteOf(sentence.text, before, clauseStart) ??
    siteAfter(sentence.text, strong, clauseEnd, firstClause);
  if (site) return resolve(site, 'site');
  const topic = sentenceTopic(sentence.text, before, clauseStart) ?? context.chainTopic;
  if (topic && !before.some((m) => m.place === null && m.end <= clauseStart))
    return resolve(topic, 'sentence-topic');
  if (context.paragraphTopic) return resolve(context.paragraphTopic, 'paragraph');
  const heading = context.headingMentions[context.headingMentions.length - 1];
  const story = context.documentTopic;
  if (heading && story && isZoneId(story) && ZONE_PARENT[story] === heading.place)
    return { place: story, via: 'title' };
  if (heading) return resolve(heading, 'heading');
  if (context.documentTopic) return { place: context.documentTopic, via: 'title' };
  const fallback: PlaceKey | null = context.district ?? null;
  return { place: fallback, via: fallback ? 'document' : 'none' };
}
