import type { ProjectStatus } from '../../model/dataset';
import type { ProjectCandidate, Sentence } from '../types';
import { classifyYear } from '../classify/classify-year';
import { GAZETTEER, PLACE_NAMES } from '../link/gazetteer';
import { findMentions } from '../link/find-mentions';
import {
  hasProjectHead,
  isProjectName,
  isAmenity,
  type ProjectNameOptions,
} from './is-project-name';
import { FIRM_KINDS, PROJECT_KINDS, PUSH_VERBS, STATUS_VERBS, WORK_NOUNS } from './project-lexicon';
import { cleanItem, splitProjectList } from './split-project-list';
import {
  enumeratedNames,
  framedNames,
  measuredNames,
  stationNames,
  subjectName,
  venueNames,
} from './named-in-passing';

/** The first kind word of a list's closing phrase: a project kind, else a kind of firm or school. */
const KIND_WORD = new RegExp(PROJECT_KINDS.source.replace(/\$$/, ''));
const FIRM_WORD = new RegExp(FIRM_KINDS.source.replace(/\$$/, ''));
const STATUS_OF = new Map<string, ProjectStatus>(STATUS_VERBS.map(([v, s]) => [v, s]));
const VERBS = new RegExp(
  [...STATUS_VERBS.map(([v]) => v), ...PUSH_VERBS].sort((a, b) => b.length - a.length).join('|'),
  'g',
);
/** 分别是 / 分别为 after a count of a kind (13家央企分别是…): the names of what was counted follow. */
const NAMED_ONE_BY_ONE = /^分别(?:是|为)$/;
const COUNTED_BEFORE = new RegExp(
  `[\\d一二三四五六七八九十两百]+[个家座所处项条](?:${PROJECT_KINDS.source.replace(/\$$/, '')}|${FIRM_KINDS.source.replace(/\$$/, '')})$`,
);
/** "The project" unnamed listing its parts (项目包括公交立体停车楼、业务用房等): parts, not projects. */
const PROJECT_PARTS = /^\s*(?:该|本|此)?(?:项目|工程)(?:主要)?(?:包括|包含)/;
/** What follows a verb that is part of a road's name (开放西路, 开放路). */
const ROAD_AFTER = /^[东南西北]?(?:路|街|大街|大道)/;
/** A road's number in a plan (规划五路, 规划2号路): after 规划 it is a name, not what is planned. */
const NUMBERED_ROAD = /^(?:[一二三四五六七八九十]+|\d+号?)(?:路|街)/;
/** Verbs that also occur inside names (北新建材, 北京激光加速创新中心): a verb only where a word can start. */
const INSIDE_NAMES = /^(?:新建|加速|保障)$/;
const WORD_START = /^$|[^\u4e00-\u9fff]|[了并和及已还将再又共累计拟]/;
/** Verbs that have a firm sign, settle or land somewhere: a list of firms after them is of projects. */
const SETTLE = /签约|签订|签定|落地|落户|入驻|进驻|引进|引入|集聚|聚集/;
/** Adverbs and time phrases between a name and its verb: 将陆续, 已经于今年6月正式, 全部. */
const ADVERBS_AT_END =
  /(?:已经?|正式|全面|正在|即将|将|还将|陆续|开始|整体|如期|基本|先期|刚刚|刚|年内|今日|今天|今早|今晨|昨日|昨天|日前|近日|计划|紧张|加紧|同步|[上下]半年|(?:今年|明年|去年|\d{4}年)(?:\d{1,2}月份?(?:\d{1,2}日)?|年?底|初)?|\d{1,2}月份?(?:\d{1,2}日)?|\d{1,2}日|预计|全部|相继|均|都|也|尽快|率先|稳步|于[^，,。]{1,10}?|在[^，,。]{2,16}?|在|精准|高标准|顺利|分别)+$/;
/** A count before the kind that ends a list (等68个项目, 两个城市综合体, ��所高校新校区). */
const COUNT =
  /(?:超过|超|近|约|逾)?(?:(?:\d+|\ufffd+)(?:余|多)?(?:个|项|所|座|处|条|家)|[一二三四五六七八九十两百]+(?:个|项|所|座|处|条))(?:“[^”]*”)?/g;
/** Words between a list and its count that total it (…清单共24项, 市级项目合计21项). */
const TOTAL_AT_END = /(?:共|共计|合计|总计|累计|这|这些|那)$/;
/** Zones and their sub-areas, whose bare phases are projects (生命谷…提速三期开发建设). */
const ZONE_NAMES = GAZETTEER.filter((e) => e.kind === 'zone' || e.kind === 'sub-area').map(
  (e) => e.name,
);
/** Verbs whose object is a title or a list, not a project (获评…示范基地, 纳入全市重点产业集聚区). */
const TITLE_VERBS = /^(?:获评|入选|纳入)$/;
/** Verbs that say what kind of thing opened (…开园: a park), so a name before them needs no head. */
const OPENING = /(?:开园|开馆|开业|开业运营|通车|开学)$/;
/**
 * Words that open a list without a verb (既有…定泗路、林萃路, 除了北清路、安立路改造): a clause with no verb
 * holds projects only when a kind closes its list (A、B等N个项目), a colon announces it (5个交叉研究平台是：
 * A、B…) or one of these opens it.
 */
const LIST_OPENER = /^(?:既有|还有|也有|已有|除了|包括|如)/;
/** Verbs that open the parts of what comes before them (回天综合服务中心项目包括…). */
const INCLUDES = /^(?:包括|其中包括|涉及)$/;
/** Verbs that help a project to a status named later (助力梧桐山语实现拿地到施工). */
const HELP = /^(?:助力|推动|支持|帮助)$/;
/** Heads strong enough to make a name a project wherever it stands (与昌平新城滨河森林公园融为一体). */
const STRONG_HEAD =
  /(?:公园|医院|院区|工厂|产业园|科技园|工业园|工业区|新校区|新校址|住院楼|派出所|敬老院|大厦|水厂|总馆|博物馆|体育馆|有限公司)(?=$|[^\u4e00-\u9fff]|[等和与的内里中已将正于是在仅]|[一二三四]期|一楼|位于|建成|投用|开工|开园|对外|融为|总(?:投资|占地|面积))/g;
/** The one who builds (项目由北京昌平科技园发展集团有限公司…共同打造): not the project. */
const AGENT = /(?:由|委托|受)$/;
/** A zone or sub-area with a phase (中关村生命科学园三期的正选项目): a project wherever it stands. */
const ZONE_PHASE = new RegExp(
  `(?:${ZONE_NAMES.join('|')})[一二三四五六七八九十]+期(?=的|[，,。；;：:）)]|$|已|将|正|于|是|项目|建设|开发|开工)`,
  'g',
);
/** A phase right after a standing name (奥北森林公园三期). */
const STANDING_PHASE = /^(?:[(（]?[一二三四五六七八九十\d]+期[)）]?)/;
/** What follows a name inside a list or a count rather than a name standing alone. */
const IN_A_LIST = /^(?:、|等|和|[\d一二三四五六七八九十两]+[个家座所处项]|绿地|面积|建设用地)/;
/** A name that stands as the thing a clause says is a facility (雁栖湖国际会都已成为…重要功能设施). */
const COPULA =
  /^(.{2,24}?)(?:还将|已经|已|将)?(?:成为了?|是)(?:一个|一座)?[^，,。；;]*?(?:设施|基地|项目|平台|园区|工程)$/;
/** Works whose proposal or study is approved (批复甲路道路工程项目建议书): the works are a project. */
const PROPOSAL =
  /(?:批复|审批|批准|通过)了?([^，,；;。]{3,40}?)(?:项目)?(?:建议书|可行性研究报告|可研报告|初步设计)/;
/**
 * The same told the other way round (甲路(乙路—丙街)道路工程可行性研究报告正式获得批复): the works
 * open the clause and the approval follows their study.
 */
const PROPOSAL_APPROVED =
  /^([^，,；;。]{3,40}?)(?:项目)?(?:建议书|可行性研究报告|可研报告|初步设计)[^，,；;。]{0,8}?(?:批复|批准|获批)/;
/** Works whose route a clause opens with (甲河生态廊道建设工程北起乙水库,南入丙河): the works. */
const ROUTE_SUBJECT = /^([^，,；;。]{4,30}?)(?:[东南西北]起|起于|起自)/;
/** A name set after a dash as what the words before it describe (甲城核心景观——乙河生态廊道建设工程). */
const DASH_APPOSITIVE = /——([^，,；;。—]{4,30})$/;
/** A name after the place it lies in: 位于新城东区的观堂府. */
const LOCATED =
  /位于[^，,。的]{2,20}的([\u4e00-\u9fffA-Za-z0-9“”]{2,16}?)(?=销售|占地|总|面积|规模|已|将|是|于|有|为|$)/;

/**
 * What comes before 包括 when the list names the parts of one building or site: a building
 * (共享实验楼包括质子医疗、核磁和温室3个实验室; 配套楼包括多功能厅、餐厅…), a site just measured (…占地面积
 * 40亩,建筑面积2.5万平米,于2020年9月开工建设,包括研发办公楼、展示中心…), or "the project" unnamed
 * (项目包括公交立体停车楼、业务用房等市政设施).
 */
function isPartsOf(before: string): boolean {
  const clause = before.replace(/^.*[，,；;。]/, '');
  return (
    /(?:楼|馆|厅|大厦)$/.test(clause) ||
    /(?:建筑面积|占地面积|占地|建设规模)[^。；;]*$/.test(before) ||
    /^\s*(?:该|本|此)?(?:项目|工程)(?:主要)?$/.test(clause)
  );
}

/**
 * What a facility holds (主要建设内容为门诊、医技…; 主要建设教学用房、办公及管理用房…), or the uses of a
 * space: not named things.
 */
const CONTENTS = /内容[为是包]|建设内容|功能用房|功能空间|于一体|^主要建设(?=[^，,；;。]*用房)/;
/**
 * A clause that announces the list after its colon (5个交叉研究平台是：A、B…; 包括：A、B): the kind
 * it names is the list's kind.
 */
const ANNOUNCES =
  /(?:[\d一二三四五六七八九十两]+(?:个|项|所|座|处|家))?([\u4e00-\u9fff]{0,10})(?:分别是|是|为|有|包括|如下)$/;
/** A bare phase, with the work done in it (三期开发): a phase of the zone named before it. */
const BARE_PHASE = /^([一二三四五六七八九十]+期)(?:开发|建设|工程|项目)?$/;
/** Verbs whose subject builds together with others (北京市和中国科学院、北京大学共建的…): the builders. */
const BUILT_TOGETHER = /^(?:共建|合建|联合)$/;
/** Who pushes the projects that follow (未来科学城集团加快推动小米、科兴…): an organisation, not a project. */
const AGENT_HEAD = /(?:集团|公司|管委会|政府)$/;
/** A clause that only names its topic (对于校城融合社区项目,…): the name is a project. */
const TOPIC = /^(?:对于|关于|针对)(.{2,24})$/;
/** A part of the building the verb is about (主体结构基本完工): the project itself is still being built. */
const PART_DONE = /(?:主体结构|二次结构|主体|结构)$/;
/** A description that praises what follows (打造全国领先的…基地): a goal, not a name. */
const PRAISE =
  /(?:领先|一流|顶尖|知名|著名|最大|最高|标杆|示范性|影响力|竞争力|先进|高水平|高品质)的[^的，,“”"]*$/;
/**
 * Kinds that say the items are fields or sorts (教育、交通…等领域75项重点项目, 羽毛球馆、游泳馆…等11类
 * 体育场馆, 下棋、看书…等多种活动空间), or that the items are of a kind (太阳耀斑、磁暴等都是空间天气现象):
 * categories, not names.
 */
const FIELDS =
  /^(?:(?:相关|有关|各|多个|重点)?(?:领域|方面|门类|板块))|^(?:\d+|[一二三四五六七八九十两]+)(?:类|种)|^(?:多种|各种|多类)|^(?:都是|均为|均是|都属于|属于)/;

/**
 * Kinds that name what a work is told against (与甲路、乙路等相交道路共同形成…, 甲路、乙街等周边道路):
 * things already there that a new work meets or runs by, not works themselves.
 */
const BEARING_WORDS = '相交|周边|周围|沿线|附近|现状|现有|既有|相邻';
const BEARINGS = new RegExp(`^(?:${BEARING_WORDS})`);
/** A list closed by such a kind, wherever it stands in the clause. */
const BEARING_LIST = new RegExp(`等(?:${BEARING_WORDS})`);

/** Words that put a project in the future; the 2022-tasks and five-year-goals sections of a report count too. */
const FUTURE = /将|力争|力促|规划建设|年内|明年|即将|争取|确保|下一步|接下来|预计|(?<![模虚比])拟/;
/** A paragraph that opens with 下一步 / 今年 / "…将" speaks of plans throughout. */
const FUTURE_OPENING = /^(?:下一步|接下来|今后|明年)|^[^，,。]{0,12}将/;
const FUTURE_SECTION = /^[一二三四五六七八九十]+、(?:20\d\d年|今后)/;

interface Span {
  text: string;
  start: number;
}

/** A quoted name or term (“灯塔工厂”), as opposed to quoted speech that runs over clauses. */
const QUOTED_TERM = /^[“「][^”」，,。；;]{0,24}[”」]/;

/**
 * Splits a sentence into clauses at commas, semicolons and colons outside brackets and quoted terms
 * (quoted speech is split like any other text).
 */
function clausesOf(text: string): Span[] {
  const clauses: Span[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i] ?? '。';
    if ('“「'.includes(c) && !QUOTED_TERM.test(text.slice(i))) continue;
    if ('(（“「'.includes(c)) depth++;
    else if (')）”」'.includes(c)) depth = Math.max(0, depth - 1);
    else if ((depth === 0 && /[，,；;：:。！？!?]/.test(c)) || i === text.length) {
      if (i > from) clauses.push({ text: text.slice(from, i), start: from });
      from = i + 1;
    }
  }
  return clauses;
}

/** A road's section told in brackets, from one road to another (规划五路-岭上西路, 甲路—乙街). */
const SECTION = /^[^()（），,。]{2,12}[~～\-—–至][^()（），,。]{2,12}$/;

/** True when `at` lies inside a bracketed section of a road (甲路(规划五路-乙路)…). */
function inSectionAside(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
  if (open < 0) return false;
  const close = text.slice(open).search(/[)）]/);
  return close > 0 && open + close > at && SECTION.test(text.slice(open + 1, open + close));
}

/** The last 等 of a segment outside brackets and quotes, or -1. */
function lastEtc(text: string): number {
  let depth = 0;
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('(（“「'.includes(c)) depth++;
    else if (')）”」'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === '等' && i > 0 && !/[高同平对]/.test(text[i - 1]!)) at = i;
  }
  return at;
}

/**
 * Equipment closing a list (低温、高压、强磁场等一系列配套的集群设备所构成的…设施): the items are what a
 * facility is made of, whatever kind the sentence names after them.
 */
const EQUIPMENT = /^[^，,；;。]{0,12}?(?:设备|器材|仪器)/;

/** The kind a list closes with, up to its first kind word (等地块利用取得突破性进展 → 地块). */
function kindOf(tail: string): string {
  const kind = tail.replace(COUNT, '').replace(/^一批/, '');
  // the kind word nearest the count wins (等13个项目进入科研设备安装…: projects, not equipment)
  const word = KIND_WORD.exec(kind) ?? FIRM_WORD.exec(kind);
  const equipment = EQUIPMENT.exec(kind);
  const first = equipment && (!word || equipment.index < word.index) ? equipment : word;
  return first ? kind.slice(0, first.index + first[0].length) : kind;
}

/**
 * A segment of a clause split into its list and the kind that closes it (等68个项目 → 项目), with where
 * the list starts in the segment. A count of one owner's unnamed things that another name joins
 * (国家食药监总局三个审评中心和甲中心) closes no list: the list is what follows the 和.
 */
function listAndKind(segment: string): { list: string; kind: string | null; at: number } {
  const etc = lastEtc(segment);
  if (etc > 0) {
    const kind = kindOf(segment.slice(etc + 1));
    return { list: segment.slice(0, etc), kind: kind === '' ? null : kind, at: 0 };
  }
  const counts = [...segment.matchAll(COUNT)];
  const last = counts[counts.length - 1];
  if (last && last.index > 0) {
    const kind = kindOf(segment.slice(last.index));
    const afterCount = segment.slice(last.index + last[0].length);
    const joined = afterCount.startsWith(kind)
      ? JOINED_AFTER.exec(afterCount.slice(kind.length))
      : null;
    if (kind !== '' && joined && !/[、，,]/.test(segment.slice(0, last.index))) {
      const at = last.index + last[0].length + kind.length + joined[0].length;
      return { list: segment.slice(at), kind: null, at };
    }
    const unit = /项/.test(last[0]) && kind === '' ? '项目' : kind;
    return { list: segment.slice(0, last.index).replace(TOTAL_AT_END, ''), kind: unit, at: 0 };
  }
  return { list: segment, kind: null, at: 0 };
}

/** A joiner after a counted kind that another name follows (…三个审评中心和甲中心). */
const JOINED_AFTER = /^(?:和|及|与|以及)(?=[\u4e00-\u9fff“「]{2})/;

/** Words before a name that are no part of it (新区建设扎实推进中央财经大学: after the verb). */
const LEADING_WORDS = /^(?:扎实|积极|全面|加快|了|的|和|与)+/;
/** A campus named by its place alone (沙河校区): whose it is, the university named before it says. */
const BARE_CAMPUS = /^[\u4e00-\u9fff]{2,3}校区$/;
const UNIVERSITY = /[\u4e00-\u9fff]{2,10}(?:大学|学院)/g;

/**
 * 中央财经大学…师生入驻沙河校区 → 中央财经大学沙河校区: a bare campus takes the last university named
 * before it in its clause (from the end of the verb before that name).
 */
function withUniversity(name: string, before: string): string {
  if (!BARE_CAMPUS.test(name)) return name;
  const clause = before.slice(before.search(/[^，,；;。]*$/));
  const universities = [...clause.matchAll(UNIVERSITY)];
  const last = universities[universities.length - 1];
  if (!last) return name;
  const verbs = [...last[0].matchAll(VERBS)];
  const cut =
    verbs.length > 0 ? verbs[verbs.length - 1]!.index + verbs[verbs.length - 1]![0].length : 0;
  const university = last[0].slice(cut).replace(LEADING_WORDS, '');
  return university.length >= 4 ? university + name : name;
}

/** People closing a list (法国、日本等海外专家学者代表、各科技设施的…): the items are where they come from. */
const PEOPLE_KIND = /^[^、]*?(?:专家|学者|代表|嘉宾|领导|人士|人员|用户|客商)/;

/**
 * A clause that gives a bound of a site or a route (东至规划甲路, 南起乙街, 四至为…): the roads it names
 * are where the site ends, not works of the story.
 */
const BOUNDARY_CLAUSE = /^\s*(?:具体)?(?:四至|[东南西北](?:至|起|临|邻|到))/;

/** A clause that lists what the clause before counted (已有9个研究所入驻甲城,包括…). */
const INCLUDES_OPENING = /^(?:其中)?包括/;

/** The project kind a clause counts last (已有9个研究所入驻甲城 → 研究所), or null. */
function countedKind(clause: string): string | null {
  const counts = [...clause.matchAll(COUNT)];
  const last = counts[counts.length - 1];
  if (!last) return null;
  const kind = kindOf(clause.slice(last.index));
  return PROJECT_KINDS.test(kind) ? kind : null;
}

/** A clause that gives examples of the kind the clause before it ends with (…高校的新校区,如甲、乙等). */
const EXAMPLES_OPENING = /^(?:如|比如|例如|诸如)/;

/** The project kind a clause ends with (出现了很多高校的新校区 → 新校区), or null. */
function endingKind(clause: string): string | null {
  return PROJECT_KINDS.exec(clause)?.[0] ?? null;
}

/** The kind a clause announces before a colon (5个交叉研究平台是), or null. */
function announcedKind(clause: string): string | null {
  const kind = ANNOUNCES.exec(clause)?.[1] ?? '';
  return PROJECT_KINDS.test(kind) ? kind : null;
}

/** The names of a sentence's zones and sub-areas before `at`, nearest last (for 提速三期开发建设). */
function placesBefore(sentence: Sentence, at: number): string[] {
  const before = sentence.text.slice(0, at);
  const end = (name: string) => before.lastIndexOf(name) + name.length;
  return ZONE_NAMES.filter((name) => before.includes(name)).sort(
    (a, b) => end(a) - end(b) || a.length - b.length,
  );
}

/** A road or bridge by its own name (云西四路南延(京密路—水杨红街), 云西二路…道路工程). */
const ROAD_NAME =
  /^[\u4e00-\u9fff]{2,8}(?:路|街|大街|大道|桥)(?:[东南西北]延伸?)?(?:[（(][^()（）]*[)）])?(?:道路工程|工程|项目)?$/;

/**
 * A road's name after the zone it runs in (怀柔科学城东区云西四路南延 → 云西四路南延): the zone says
 * where it is, the road is named without it. The zone stays in the sentence, to place the road.
 */
function withoutLocator(name: string): string {
  let rest = name;
  for (;;) {
    const zone = ZONE_NAMES.filter((z) => rest.startsWith(z)).sort(
      (a, b) => b.length - a.length,
    )[0];
    if (!zone) break;
    rest = rest.slice(zone.length).replace(/^(?:[东南西北中]区|核心区)/, '');
  }
  return rest !== name && ROAD_NAME.test(rest) ? rest : name;
}

/** One project found in a sentence, before status and year. */
interface Found {
  name: string;
  start: number;
  end: number;
  /** The status a verb next to it gives, if any. */
  status: ProjectStatus | null;
  /** True when a verb pushes it along (加快…建设): work under way unless the sentence is a plan. */
  pushed: boolean;
  /** Where the verb that tells its status ends: a plan word before it (将陆续完工投用) makes it a plan. */
  verbEnd: number;
}

/** A list closed by a count and a kind, then 和 and a second list (甲、乙等7个项目和丙、丁等8家企业的…). */
const CLOSED_THEN_AND =
  /等[\d一二三四五六七八九十两]+[个家座所处项]([^、，,；;。等和]{1,16})和(?=[^，,；;。]*[、等])/g;

/**
 * The lists of a piece of a clause: two lists joined by 和, the first closed by its count and kind, are
 * read apart, so the second's kind is not given to the first's items.
 */
function closedLists(text: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(CLOSED_THEN_AND)) {
    if (!KIND_WORD.test(m[1]!) && !FIRM_WORD.test(m[1]!)) continue;
    const and = m.index + m[0].length - 1;
    pieces.push({ text: text.slice(from, and), offset: from });
    from = and + 1;
  }
  pieces.push({ text: text.slice(from), offset: from });
  return pieces;
}

/**
 * The projects of one clause. The clause is cut at its verbs; each piece between two verbs is a
 * candidate list: with a kind after 等 or a count (等68个项目, 两个城市综合体) its items are projects
 * when the kind is a project kind; without one, its items are projects when they end in a facility
 * head. A status verb after the list (…建成投用) or before it (签约…) gives the status.
 */
function clauseProjects(sentence: Sentence, clause: Span, announced: string | null): Found[] {
  const verbs = [...clause.text.matchAll(VERBS)]
    .filter((m) => !INSIDE_NAMES.test(m[0]) || WORD_START.test(clause.text[m.index - 1] ?? ''))
    // a verb inside a road's bracketed section is part of a name: 定泗路(规划五路-岭上西路)路面改造工程
    .filter((m) => !inSectionAside(clause.text, m.index))
    // 启动区 is a start-up area, not a start (一期启动区能源中心); 开放西路 is a road
    .filter((m) => !(m[0] === '启动' && clause.text[m.index + 2] === '区'))
    .filter((m) => !(m[0] === '开放' && ROAD_AFTER.test(clause.text.slice(m.index + 2))))
    // a road numbered in a plan is named so (规划五路, 规划二街)
    .filter((m) => !(m[0] === '规划' && NUMBERED_ROAD.test(clause.text.slice(m.index + 2))))
    .map((m) => ({ verb: m[0], start: m.index, end: m.index + m[0].length }));
  const found: Found[] = [];
  for (let i = 0; i <= verbs.length; i++) {
    const left = verbs[i - 1];
    const right = verbs[i];
    if (left && TITLE_VERBS.test(left.verb)) continue;
    const piecesFrom = left?.end ?? 0;
    const upTo = clause.text.slice(0, right?.start ?? clause.text.length);
    for (const piece of closedLists(
      clause.text.slice(piecesFrom, right?.start ?? clause.text.length),
    )) {
      const from = piecesFrom + piece.offset;
      let segment = piece.text;
      if (CONTENTS.test(upTo) || PRAISE.test(segment)) continue;
      if (
        left &&
        INCLUDES.test(left.verb) &&
        isPartsOf(sentence.text.slice(0, clause.start + left.start))
      )
        continue;
      if (right && BUILT_TOGETHER.test(right.verb)) continue;
      const object = right ? clause.text.slice(right.end).trim() : '';
      if (right && !STATUS_OF.has(right.verb) && object.length > 1 && AGENT_HEAD.test(segment))
        continue;
      segment = segment.replace(WORK_NOUNS, '').replace(ADVERBS_AT_END, '').replace(/的$/, '');
      if (segment.trim().length < 2) continue;
      const closed = listAndKind(segment);
      const { list } = closed;
      const listAt = from + closed.at;
      const kind = closed.kind ?? (verbs.length === 0 ? announced : null);
      const before = clause.text.slice(0, left?.start ?? 0);
      const statusVerb = [right?.verb, left?.verb].find((v) => v && STATUS_OF.has(v));
      const laterStatus = verbs.slice(i + 1).some((v) => STATUS_OF.has(v.verb));
      let options: ProjectNameOptions;
      if (
        kind !== null &&
        (FIELDS.test(kind) || isAmenity(kind) || PEOPLE_KIND.test(kind) || BEARINGS.test(kind))
      )
        continue;
      if (kind !== null) {
        const settles = SETTLE.test(`${left?.verb ?? ''}${right?.verb ?? ''}`);
        if (PROJECT_KINDS.test(kind) || (settles && FIRM_KINDS.test(kind)))
          options = { listed: true };
        else continue;
      } else if (left?.verb.startsWith('签约')) options = { firms: true };
      else if (left && INCLUDES.test(left.verb) && (PROJECT_KINDS.test(before) || announced))
        options = { listed: true };
      else if (left && NAMED_ONE_BY_ONE.test(left.verb) && COUNTED_BEFORE.test(before))
        options = FIRM_KINDS.test(before) ? { firms: true } : { listed: true };
      else if (left && HELP.test(left.verb) && right?.verb === '实现' && laterStatus)
        options = { listed: true };
      else if (right && OPENING.test(right.verb)) options = { listed: true };
      else options = {};
      const verbStatus = statusVerb ? STATUS_OF.get(statusVerb)! : null;
      const partDone =
        PART_DONE.test(segment) && (verbStatus === 'completed' || verbStatus === 'in-use');
      const status = partDone ? 'under-construction' : verbStatus;
      const pushed = statusVerb === undefined;
      const verbEnd = clause.start + (right?.end ?? left?.end ?? 0);
      const items = splitProjectList(list, kind ?? '', options);
      const closedByKind = closed.kind !== null && (lastEtc(segment) > 0 || items.length >= 2);
      if (verbs.length === 0 && !closedByKind && !LIST_OPENER.test(list) && !announced) continue;
      const place = placesBefore(sentence, clause.start + from).pop();
      for (const raw of place && kind === null ? list.split(/[、和]/) : []) {
        const phase = BARE_PHASE.exec(cleanItem(raw))?.[1];
        if (!phase) continue;
        const at = clause.start + listAt + list.indexOf(raw) + raw.indexOf(phase);
        found.push({
          name: place + phase,
          start: at,
          end: at + phase.length,
          status,
          pushed,
          verbEnd,
        });
      }
      for (const item of items) {
        if (PLACE_NAMES.has(item.name) || PLACE_NAMES.has(item.name.replace(/项目$/, ''))) continue;
        const start = clause.start + listAt + item.start;
        const end = clause.start + listAt + item.end;
        found.push({ name: item.name, start, end, status, pushed, verbEnd });
      }
    }
  }
  return found;
}

/** Campuses the gazetteer knows as a university's short name and a place (北航沙河校区 → 北航, 沙河校区). */
const BARE_CAMPUSES = GAZETTEER.filter((e) => e.kind === 'campus' && BARE_CAMPUS.test(e.name));
const OWNED_CAMPUSES = GAZETTEER.flatMap((e) => {
  const bare = BARE_CAMPUSES.find((b) => e.name.length > b.name.length && e.name.endsWith(b.name));
  return e.kind === 'campus' && bare
    ? [{ name: e.name, owner: e.name.slice(0, -bare.name.length), bare: bare.name }]
    : [];
});

/**
 * Campuses a clause names by their place alone after their university's short name, in it or earlier
 * in the sentence (北航2017级新生在沙河校区报到 → 北航沙河校区); the university named last wins. A campus
 * named whole is a mention of its own.
 *
 * @example
 * ownedCampuses({ text: '北航新生在沙河校区报到', start: 0 }, '').map((c) => c.name) // ['北航沙河校区']
 */
function ownedCampuses(
  clause: Span,
  sentenceBefore: string,
): { name: string; bare: string; at: number }[] {
  const found = new Map<number, { name: string; bare: string; at: number; ownerAt: number }>();
  for (const c of OWNED_CAMPUSES) {
    const at = clause.text.indexOf(c.bare);
    if (at < 0 || clause.text.slice(Math.max(0, at - c.owner.length), at) === c.owner) continue;
    const ownerAt = (sentenceBefore + clause.text.slice(0, at)).lastIndexOf(c.owner);
    if (ownerAt < 0 || (found.get(at)?.ownerAt ?? -1) >= ownerAt) continue;
    found.set(at, { name: c.name, bare: c.bare, at, ownerAt });
  }
  return [...found.values()].map(({ name, bare, at }) => ({ name, bare, at }));
}

/** A person's post after an institution (甲研究所资深研究员乙): where someone works, not a project. */
const AFFILIATION =
  /^的?(?:资深|首席|高级|特聘)?(?:研究员|教授|所长|院长|主任|博士|专家|学者|科学家|董事长|总经理)/;

/** The last 和 that joins two things, not one inside a word (和平, 协和, 中和), or -1. */
function lastJoiningAnd(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/(?<![中协温总缓调柔融谐祥])和(?![平谐睦美田顺])/g)) last = m.index;
  return last;
}

/** Names standing on their own: a strong facility head, a copula, a location, a caption. */
function standingProjects(sentence: Sentence, clause: Span): Found[] {
  const found: Found[] = [];
  const add = (name: string, at: number, options: ProjectNameOptions = {}) => {
    if (PLACE_NAMES.has(name) || !isProjectName(name, options)) return;
    const start = clause.start + at;
    const end = start + name.length;
    found.push({ name, start, end, status: null, pushed: false, verbEnd: end });
  };
  if (sentence.isHeading) {
    const caption = captionOf(sentence.text);
    const at = (name: string) => Math.max(0, sentence.text.indexOf(name.slice(0, 2)));
    if (caption.includes('、') && !/\d/.test(caption)) {
      for (const item of splitProjectList(caption, '', {})) add(item.name, at(item.name));
      return found;
    }
    const name = cleanItem(caption);
    const headed = name.replace(SECTION_ASIDE, '');
    if (hasProjectHead(headed) && !/城$/.test(headed)) {
      add(name, at(name));
      return found;
    }
  }
  const topic = TOPIC.exec(clause.text)?.[1];
  if (topic && hasProjectHead(topic)) add(cleanItem(topic), clause.text.indexOf(topic));
  const copula = COPULA.exec(clause.text);
  if (copula)
    add(cleanItem(copula[1]!), clause.text.indexOf(cleanItem(copula[1]!)), { listed: true });
  for (const pattern of [ROUTE_SUBJECT, DASH_APPOSITIVE]) {
    const named = pattern.exec(clause.text);
    if (named && hasProjectHead(named[1]!))
      add(cleanItem(named[1]!), clause.text.indexOf(cleanItem(named[1]!)));
  }
  const proposal = PROPOSAL.exec(clause.text) ?? PROPOSAL_APPROVED.exec(clause.text);
  if (proposal) add(cleanItem(proposal[1]!), proposal.index + proposal[0].indexOf(proposal[1]!));
  const located = LOCATED.exec(clause.text);
  if (located)
    add(located[1]!, located.index + located[0].length - located[1]!.length, { listed: true });
  for (const m of findMentions(clause.text, { sites: false })) {
    const entry = GAZETTEER.find((e) => e.name === m.name);
    if (m.parenthetical || (entry?.kind !== 'institution' && entry?.kind !== 'campus')) continue;
    const phase = STANDING_PHASE.exec(clause.text.slice(m.end))?.[0] ?? '';
    if (IN_A_LIST.test(clause.text.slice(m.end + phase.length))) continue;
    if (AFFILIATION.test(clause.text.slice(m.end))) continue;
    add(m.name + phase, m.start, { listed: true });
  }
  for (const campus of ownedCampuses(clause, sentence.text.slice(0, clause.start))) {
    const start = clause.start + campus.at;
    const end = start + campus.bare.length;
    found.push({ name: campus.name, start, end, status: null, pushed: false, verbEnd: end });
  }
  const subject = subjectName(clause.text);
  const parts =
    PROJECT_PARTS.test(clause.text) ||
    BEARING_LIST.test(clause.text) ||
    (INCLUDES_OPENING.test(clause.text) && isPartsOf(sentence.text.slice(0, clause.start)));
  for (const n of [
    ...(parts ? [] : enumeratedNames(clause.text)),
    ...measuredNames(clause.text),
    ...framedNames(clause.text),
    ...stationNames(clause.text),
    ...venueNames(clause.text),
    ...(subject ? [subject] : []),
  ])
    add(n.name, n.start);
  for (const m of clause.text.matchAll(ZONE_PHASE)) {
    if (PLACE_NAMES.has(m[0])) continue;
    if (IN_A_LIST.test(clause.text.slice(m.index + m[0].length))) continue;
    found.push({
      name: m[0],
      start: clause.start + m.index,
      end: clause.start + m.index + m[0].length,
      status: null,
      pushed: false,
      verbEnd: clause.start + m.index + m[0].length,
    });
  }
  for (const m of clause.text.matchAll(STRONG_HEAD)) {
    const phase = STANDING_PHASE.exec(clause.text.slice(m.index + m[0].length))?.[0] ?? '';
    const end = m.index + m[0].length + phase.length;
    if (IN_A_LIST.test(clause.text.slice(end))) continue;
    const before = clause.text.slice(0, end);
    const cut = Math.max(
      ...[...before.matchAll(VERBS)].map((v) => v.index + v[0].length),
      before.search(/[^、]*$/),
      before.lastIndexOf('在') + 1,
      before.lastIndexOf('与') + 1,
      before.lastIndexOf('的') + 1,
      lastJoiningAnd(before) + 1,
      before.lastIndexOf('由') + 1,
    );
    const name = cleanItem(before.slice(cut));
    if (AGENT.test(before.slice(0, before.lastIndexOf(name)))) continue;
    add(name, before.lastIndexOf(name));
  }
  return found;
}

/** The section of a road told in brackets after its name (怀北路(中科北街~怀北北环路)). */
const SECTION_ASIDE = /[(（][^()（）]{2,12}[~～\-—–至][^()（）]{2,12}[)）]$/;

/** A caption's name: without its bullet, credits and asides (摄于…, 左), and what the picture is (效果图). */
function captionOf(text: string): string {
  return text
    .replace(/^[△▲■□●○◆◇★☆▪•·]+\s*/, '')
    .replace(/[(（](?:摄|图|左|右|上|下|点击|资料)[^()（）]*[)）]/g, '')
    .replace(/(?:效果图|示意图|鸟瞰图|实景图|规划图|现场|美景|全景|夜景)$/, '')
    .trim();
}

/** A plan is planned whatever its verb; otherwise the verb's status, or work under way when pushed. */
function statusFor(found: Found, future: boolean): ProjectStatus {
  if (future) return 'planned';
  return found.status ?? (found.pushed ? 'under-construction' : 'unknown');
}

/**
 * Finds named projects and facilities with their status (签约 → signed, 开工/在建 → under construction,
 * 建成/交付 → completed, 投用/开园/通车 → in use; planned when the sentence speaks of the future). Lists
 * count in every form documents use: A、B等N个项目, 包括A、B, a shared facility type (鞍钢、武钢等地块),
 * names in quotes (小米“灯塔工厂”), bracketed phases (奥北森林公园(一期)) and bare phases after a named
 * place (生命谷…提速三期开发建设). Descriptions, goals and kinds are not projects (see
 * {@link isProjectName}).
 *
 * @example
 * extractProjects(splitSentences('林萃路、天通苑文化艺术中心等68个项目建成投用。'), { documentYear: 2021 })
 *   .map((p) => p.name_zh) // ['林萃路', '天通苑文化艺术中心']
 */
export function extractProjects(
  sentences: readonly Sentence[],
  options: { documentYear: number | null },
): ProjectCandidate[] {
  const projects: ProjectCandidate[] = [];
  const futureParagraphs = new Set(
    sentences
      .filter((s) => s.indexInParagraph === 0 && FUTURE_OPENING.test(s.text))
      .map((s) => s.paragraph),
  );
  for (const sentence of sentences) {
    const taken: [number, number][] = [];
    let previous: Span | null = null;
    for (const clause of clausesOf(sentence.text)) {
      if (BOUNDARY_CLAUSE.test(clause.text)) {
        previous = clause;
        continue;
      }
      const colon = previous && /[：:]/.test(sentence.text[clause.start - 1] ?? '');
      const announced = colon
        ? announcedKind(previous!.text)
        : previous && INCLUDES_OPENING.test(clause.text)
          ? countedKind(previous.text)
          : previous && EXAMPLES_OPENING.test(clause.text)
            ? endingKind(previous.text)
            : null;
      previous = clause;
      for (const found of [
        ...clauseProjects(sentence, clause, announced),
        ...standingProjects(sentence, clause),
      ]) {
        if (taken.some(([a, b]) => found.start < b && found.end > a)) continue;
        found.name = withUniversity(found.name, sentence.text.slice(0, found.start));
        const located = withoutLocator(found.name);
        if (located !== found.name) {
          found.start += found.name.length - located.length;
          found.name = located;
        }
        if (projects.some((p) => p.sentence === sentence && p.name_zh === found.name)) continue;
        taken.push([found.start, found.end]);
        const future =
          FUTURE.test(sentence.text.slice(0, Math.max(found.end, found.verbEnd))) ||
          FUTURE_SECTION.test(sentence.section) ||
          futureParagraphs.has(sentence.paragraph);
        const status = statusFor(found, future);
        const sectionYear = /(20\d\d)年/.exec(sentence.section)?.[1];
        const year = classifyYear(sentence.text, found.start, {
          documentYear: options.documentYear,
          sectionYear: sectionYear ? Number(sectionYear) : null,
          status: status === 'planned' ? 'target' : 'actual',
        });
        projects.push({
          sentence,
          name_zh: found.name,
          start: found.start,
          end: found.end,
          status,
          year,
        });
      }
    }
  }
  return projects.filter((p) => !isOwnerOnly(p, projects) && isWellFormed(p.name_zh));
}

/**
 * Whether a name is whole in form, whichever way it was found: its quotes and brackets close, no
 * reference mark of an encyclopedia page ([5]) sits in it, and it is more than 工程 or 项目. A name cut
 * across a quote (“甲场站, 版”乙路) is a piece of a sentence.
 *
 * @example
 * isWellFormed('“甲乙公交保养场及场站') // false
 * isWellFormed('甲乙“灯塔工厂”') // true
 */
export function isWellFormed(name: string): boolean {
  const count = (pattern: RegExp) => (name.match(pattern) ?? []).length;
  return (
    count(/“/g) === count(/”/g) &&
    !/^”|“$/.test(name) &&
    count(/[(（]/g) === count(/[)）]/g) &&
    !/\[\d+\]/.test(name) &&
    !/^(?:工程|项目)$/.test(name)
  );
}

/** A list closed by a count of projects (…等26个重大产业项目). */
const PROJECT_COUNT_AFTER = /^[^，,；;。]*?等[\d一二三四五六七八九十]+[个项][^，,；;。]{0,8}项目/;

/**
 * A company's short name standing for its project in a list of projects (甲乙、丙丁等26个项目) while the
 * document names that project in full elsewhere (甲乙创新中心二期, 丙丁疫苗产业基地): the full name is the
 * project. A company listed as settling (…等企业相继落户) is its own project and stays.
 */
function isOwnerOnly(project: ProjectCandidate, projects: readonly ProjectCandidate[]): boolean {
  const name = project.name_zh;
  return (
    !hasProjectHead(name) &&
    PROJECT_COUNT_AFTER.test(project.sentence.text.slice(project.end)) &&
    projects.some((other) => other.name_zh.length > name.length && other.name_zh.startsWith(name))
  );
}
