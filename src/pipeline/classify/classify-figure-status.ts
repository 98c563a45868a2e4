import type { FigureStatus } from '../../model/dataset';

/**
 * Plan and goal words before a number. 计划 as a noun says nothing of tense: a plan's title (行动计划,
 * 2022年工作计划, “回天计划”), a plan fulfilled (超额完成投资计划); but what a plan sets out (计划提出, 要求) is a
 * target.
 */
const TARGET =
  /到20\d\d年|力争|争取|将|(?<!行动|年|发展|科学|工作)(?<!完成[^，,；;。]{0,6})计划(?!表|[”"》])|计划(?=(?:提出|要求|明确)[，,：:])|(?<=\d年|今年|明年)计划(?=投资|开工|新建|建设|完成|实施)|预计|确保|(?<![模虚比])拟|年内|即将|未来\d|未来[一二两三四五六七八九十]+年|规划(?:常住)?人口|规划(?:地上|地下)?(?:总)?建筑(?:面积|规模)|规划建设|规划设置|规划有|规划(?=\d|$)|规划(?=医院|学校|中小学|小学|中学|幼儿园|变电站|公园|道路)|预算(?!收入|支出|执行|内)|可提供|可以(?:达到?|到)|可达|明年|(?<!已)(?:建成|投用|开学|完工|竣工)后|(?:按照|根据|依据)[^，,。]{0,16}规划/;
/**
 * A facility still to be finished: what it will provide is a target (…2300余套,预计6月完工; 5个专业
 * 实验室…,计划2024年4月竣工; 安装变压器3台…,计划于2026年投产). Work done so far (安装完成95%) is not what it
 * will provide.
 */
const TO_BE_FINISHED = /(?:预计|计划)[^，,。]{0,8}(?:完工|建成|竣工|投用|交付|投产|投运|通车)/;
/**
 * The land a facility stands on (占地976亩, 用地面积8万平方米): the site is there before the building
 * is finished, so a finishing date after it does not make it a goal.
 */
const LAND = /(?:占地|用地)(?:面积)?(?:约|近|超过|为)?$/;
/** Work still to begin (一期工程占地40.2亩,将于今年年底前开工建设): the land is not yet taken. */
const TO_BE_BEGUN = /(?:将|预计|计划|拟|力争|争取)[^，,；;。]{0,10}(?:开工|动工|开建)/;
/** Space already built, whatever is to be done with it (将重点利用…24万平米建成空间): an actual. */
const BUILT_STOCK =
  /^[^，,；;。]{0,8}?(?:平米|平方米)(?:建成|已建|现有|存量)(?:空间|面积|用房|楼宇)/;
/** Work done so far, told in the number's own clause (工程已完成整体工程的35%): not what is still to come. */
const DONE_SO_FAR = /已|截至|目前/;
/** The share of work done so far (外幕墙龙骨安装完成95%). */
const WORK_DONE = /完成了?(?:约|近|超过)?$/;
/** "预计全年…完成" reports an estimate of what already happened, not a goal. */
const ESTIMATE = /预计全年[^，,。]{0,12}完成/;
const ACTUAL_AFTER_TARGET = /已经|已|截至|目前|现在|如今|正在|原有/;
/** The count names a plan right after it (28个2020年计划开工项目, 10个拟建项目): a target. */
const PLANNED_NOUN =
  /^[^，,；;。]{0,8}?(?:20\d\d年度?)?(?:计划|拟|规划)(?:开工|新建|建设|实施|投资|完成|建成|引进|投用|开园)/;
/**
 * "由2021年的739亿元…增加至1500亿元", "将从现有的约130人扩大至200人": the value before the change is
 * where it starts, an actual, though a plan word opens the sentence.
 */
const FROM_VALUE = /[由从][^，,；;。]*$/;
const CHANGES_LATER = /^[^，,；;。]*?(?:增加|增长|提高|提升|扩大|减少|降低|下降|增)(?:至|到)/;
/**
 * "将由现在的2000人扩大到7500人": the "now" marker tells the starting value; the value it changes to
 * is the target.
 */
const CHANGED_TO =
  /[\d一二三四五六七八九十][^，,；;。]*?(?:扩大|增加|增长|提高|提升|达|增)(?:到|至)$/;
const TARGET_SECTION = /任务|目标|计划表|思路|展望/;
/**
 * A goal qualifier right before the number (不少于9所, 不低于2500件, 不超过40万平方米, whose 超过 the
 * quantity keeps as its qualifier): a requirement or a cap, so a target wherever it stands.
 */
const GOAL_QUALIFIER = /(?:不少于|不低于|不超过|不高于|力争)[^，,；;。\d]{0,4}$|不$/;
/** The same requirement or cap read as the quantity's own qualifier, inside its span. */
const GOAL_LEAD = /^(?:不少于|不低于|不超过|不高于)/;
/** Inside a plan's scope, what has been done is still an actual (累计建成, 现有). */
const ACTUAL_IN_PLAN = /累计|现有|建成了|完成了/;

/**
 * A plan statement: a title or heading that sets goals or lists a plan of work (…到2035年建成…,
 * 2022年重大项目建设计划出炉, 发展目标). 计划 as a plan's name (行动计划, 工作计划) is a noun and says
 * nothing of tense, and an investment plan handed down (投资计划, 共安排16个项目) is an allocation made;
 * 规划 in a heading is as often a topic (现状与规划) as a plan.
 */
const PLAN_STATEMENT =
  /到20\d\d年|(?:工程|项目)获(?:核准|批)|(?<!行动|工作|投资|[”"」])计划(?!完成|[”"」》])|目标|(?<![模虚比])拟/;
/**
 * A paragraph opening that sets out goals (发展目标提到, 工作计划提出,) or a plan of what will be done
 * (…形成了方案:将对…进行改造): the clause it opens with, not a plan it follows (按照…计划要求) or a goal
 * met (按计划完成年度建设目标).
 */
const PLAN_OPENING = /^[^，,；;。]*?(?:到20\d\d年|(?:目标|计划|规划)(?:提到|提出|明确))/;
/** A plan set out, what it will do after its colon (…形成了方案:将对…进行改造), however the clause opened. */
const PLAN_AHEAD = /(?:方案|计划|规划)[:：]将/;
const FOLLOWS_PLAN = /^(?:按照|根据|依据)/;
/** A plan document named before (《…行动计划》, 方案中): the investment it lists is still to be made. */
const NAMES_PLAN = /《[^》]*(?:计划|规划|方案)[^》]*》|(?:计划|规划|方案)中/;
const INVESTMENT = /投资[^，,；;。]{0,6}$/;
const SPENT = /已|累计|完成|实际/;

/**
 * Whether money is the investment a plan lists (…《…行动计划》…包含102个项目,总投资近400亿元): a target,
 * though the plan's counts of tasks and projects are facts about the plan.
 *
 * @example
 * isPlannedInvestment('乙局印发《甲行动计划》,包含12个项目,总投资') // true
 */
export function isPlannedInvestment(textBefore: string): boolean {
  const clause = textBefore.slice(textBefore.search(/[^，,；;。]*$/));
  return INVESTMENT.test(textBefore) && !SPENT.test(clause) && NAMES_PLAN.test(textBefore);
}

const LOOKS_BACK = /已|累计|截至|完成了/;

/**
 * Whether a title, heading or paragraph opening is a plan statement whose figures are goals. A plan
 * for a year before the document's own (2018年拟实施… in 2019) is looked back on.
 *
 * @example
 * isPlanStatement('甲区2022年65项重大项目建设计划出炉', 2022) // true
 * isPlanStatement('甲区2018年拟实施的51个项目,已完成28个', 2019) // false
 */
export function isPlanStatement(
  text: string,
  documentYear: number | null,
  pattern: RegExp = PLAN_STATEMENT,
): boolean {
  if (!pattern.test(text) || LOOKS_BACK.test(text)) return false;
  if (/到20\d\d年/.test(text) || documentYear === null) return true;
  const years = [...text.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));
  return years.every((year) => year >= documentYear);
}

/** Whether a paragraph's opening sentence sets goals for what follows (发展目标提到,…到2035年,…). */
export function isPlanOpening(text: string, documentYear: number | null): boolean {
  if (FOLLOWS_PLAN.test(text)) return false;
  return PLAN_AHEAD.test(text) || isPlanStatement(text, documentYear, PLAN_OPENING);
}

/**
 * A building's floor area, or the whole area of what is built (a park's 总面积): what it has, or will
 * have once it stands; also the parts above and below ground a floor area is split into (建筑规模75494
 * 平方米(地上62535平方米、地下…). A new town's total (总建筑规模) is no one building's, a project's is
 * (项目总体用地超千亩,总建筑规模达80余万平方米). (A zone's area is given in km², which is never read
 * this way.)
 */
const FLOOR_AREA =
  /(?:(?:建筑|建设|总|绿化|车库|出入口)面积|(?:建设|设计)规模|(?<!总)建筑规模|项目[^。]*总建筑规模|(?:建筑面积|建筑规模)[^；;。]{0,24}?[（(、，,](?:其中)?(?:地上|地下))[^，,；;。\d]{0,6}$/;
/** The width of a road or bridge (红线宽40米-70米, 全桥宽由原16米拓宽至32.5米): read like its length. */
const WIDTH = /宽[^，,；;。]{0,12}$/;
/**
 * The length of a road or line (安居路全长1243米, …西起甲路,东至乙路,全长约3.8公里): built like a
 * building, so read like its floor area.
 */
const LENGTH =
  /(?:(?:路|线|绿道|匝道|通道|桥|工程|段)[^，,；;。\d]{0,8}?|^|[，,；;])(?:全长|总长|长度)[^，,；;。\d]{0,3}$/;
/**
 * What a building holds, named after the count (设置1440个中小学学位, 800张床位, 24班小学), the buildings a
 * project puts up (包含3栋宿舍楼), or before it as what it was approved or designed for (批复床位500张); not
 * a count of places added (新增学位2.4万个).
 */
const CAPACITY =
  /^[^，,；;。]{0,6}(?:学位|床位|停车位|车位)|^(?:单体)?(?:宿舍|教学|科研|办公|实验|住院|门诊|综合|研发)?楼(?![宇层])/;
/**
 * A school named after a count of its classes (24班小学, 3个班幼儿园): what it holds. A count of schools
 * (完成10所幼儿园移交, 开工建设1所幼儿园) is not.
 */
const SCHOOL = /^个?班?(?:小学|中学|学校|幼儿园)/;
const CLASSES = /班$/;
/** What works touch (改造涉及9个小区、151栋楼): buildings that stand, not ones a project puts up. */
const INVOLVES = /(?:涉及|惠及|改造|整治)[^，,；;。]*$/;
const CAPACITY_BEFORE =
  /(?:批复|核定|设计|规划|设置|可提供|建设)(?:学位|床位|停车位|车位)[^，,；;。\d]{0,4}$/;
/**
 * A title that reports the building standing or in use (甲园区启用, 乙中心正式投用, 丙公园开园, 丁工程主体结构
 * 封顶): its sizes are what stands, whatever the story says of how it was built or when it opens.
 */
const IN_USE_TITLE = /启用|投用|投入使用|开园|开馆|开业|落成|竣工|主体(?:结构)?(?:封顶|完工)/;
/** A title that reports a groundbreaking (…大学城在昌平动工, 两座公园开建): its buildings are to come. */
const GROUNDBREAKING_TITLE = /开工|开建|动工|奠基|启动建设/;
/**
 * A title that tells of a building still to come (回天地区将添横向交通大动脉); not one that only dates
 * its opening (…南区将开放运营, …将于年底投用): a building about to open stands already.
 */
const TO_COME_TITLE = /将|拟|计划|预计/;
const OPENING_TO_COME =
  /(?:将|拟|计划|预计)[^，,；;。！!]{0,8}(?:开放|运营|投用|投入使用|开业|开园|开馆|开学|通车|亮相|启用)/;
/** A title that dates the opening ahead (…二期年底投用): what the building holds is not yet in use. */
const IN_USE_TO_COME = /(?:年底|年内|明年|下半年)(?:建成)?(?:投用|投入使用|开业|开学|启用)/;
/** Work on the building has begun, told in a sentence before (…项目开工建设。项目位于…). */
const BUILDING_BEGUN = /开工|施工|在建|复工|动工|奠基/;
/** The building stands: its floor area is an actual. */
const BUILDING_DONE =
  /(?:已|现已|已经)[^，,；;。]{0,6}(?:建成|完成|竣工|投用|启用)|建成了|落成|竣工|启用|投入使用|投用|主体结构(?:已|全部)?(?:封顶|完工)/;
/** What a building already has, told beside what it will add (一期工程项目原有的1000张床位). */
const HELD_ALREADY = /原有|现有|已有/;
/** A finishing date still to come (预计2023年初全部建成投用): the building does not stand yet. */
const TO_BE_DONE =
  /(?:预计|将|计划|力争|争取|拟|确保|有望)[^，,；;。]{0,12}(?:建成|完成|完工|竣工|投用|启用|落成|投入使用|交付|通车)/;
/**
 * A title that dates the building's completion ahead (…两所新学校明年落成): it does not stand yet. An
 * opening ahead (…二期年底投用, 新体育场馆将建成开放) is not one: the building may stand already.
 */
const TO_BE_BUILT_TITLE =
  /(?:预计|将|计划|力争|争取|拟|确保|有望|明年|年底前?|年内|月底前?|本月)[^，,；;。]{0,12}(?:建成(?!开放|投用|开业|通车|开园|开馆)|完工|竣工|落成|打通|贯通)/;
/** Work on the building goes on or is planned: its floor area is what is still to be built. */
const BUILDING_UNDER_WAY =
  /正在|施工|在建|复工|开工|建设中|建成后|拟建|动工|预计|规划|奠基|获批|立项/;

/** Words that open a phrase about something else than the subject (起点为, 与…连接, 至). */
const OTHER_THING = /起点|终点|连接|与|至|从/;

/**
 * The state of the building that a text tells last (地下结构已基本完成,现在正在进行…施工: still being
 * built), or null when it tells none; `underWay` is what says work goes on. A state that describes
 * something else (起点为已建成的甲路) is not the building's.
 */
function nearestState(before: string, underWay = BUILDING_UNDER_WAY): FigureStatus | null {
  const states: [RegExp, FigureStatus][] = [
    [TO_BE_DONE, 'target'],
    [BUILDING_DONE, 'actual'],
    [underWay, 'target'],
  ];
  let best: { end: number; status: FigureStatus } | null = null;
  for (const [pattern, status] of states) {
    for (const m of before.matchAll(new RegExp(pattern.source, 'g'))) {
      const end = m.index + m[0].length;
      const clause = before.slice(0, m.index).replace(/^.*[，,；;。]/, '');
      if (before[end] === '的' && OTHER_THING.test(clause)) continue;
      if (!best || end > best.end) best = { end, status };
    }
  }
  return best?.status ?? null;
}

/** Where a number about a building stands: its sentence around it, its paragraph, the title. */
export interface BuildingContext {
  /** The sentence before the number. */
  before: string;
  /** The sentence after the number. */
  after: string;
  /** The number as written with its measure word (24班, 10所), when known. */
  counted?: string;
  /** The sentences of the paragraph before the number's, nearest last. */
  sentencesBefore: readonly string[];
  /** The sentences of the paragraph after the number's, nearest first. */
  sentencesAfter: readonly string[];
  /** The document's title. */
  title: string;
  /** The document reports works approved and so not yet built ({@link tellsApprovedWorks}). */
  approvedWorks?: boolean;
}

/** The approval of a project's proposal or feasibility study (批复…道路工程项目建议书, 可研获批). */
const APPROVED_WORKS =
  /批复[^。；;]{0,40}(?:项目建议书|可行性研究报告|可研报告|初步设计)|(?:项目建议书|可行性研究报告|可研报告|初步设计)[^。；;，,]{0,6}(?:获批|获得批复|批复)|(?:核准|批复了?)[^。；;，,]{2,40}?(?:建设工程|输变电工程|建设项目)/;
/** A title that reports a facility's works approved (甲110千伏变电站获批, 乙工程获核准). */
const APPROVED_TITLE = /(?:站|工程|项目|中心|医院|学校|公园|停车场)获(?:批|核准)/;

/**
 * Whether a text reports the approval of works still to be built: the proposal or feasibility study
 * of a project approved (北京市发展改革委批复甲路等3条道路工程项目建议书), works approved by name (核准甲
 * 110千伏输变电工程, 批复了甲停车场建设工程等3座停车场建设项目), or a title saying so (甲变电站获批).
 */
export function tellsApprovedWorks(text: string, title = false): boolean {
  return APPROVED_WORKS.test(text) || (title && APPROVED_TITLE.test(text));
}

/**
 * The status of a floor area (建筑面积) or of what a building holds (学位, 床位), from the state of
 * the building: its own sentence or the next two say whether it stands or is being put up; failing
 * that, the work begun (开工, 施工) that the two sentences before tell, or a title that reports a
 * groundbreaking. A building being put up (正在进行三期开发,建筑面积…; 总建筑面积28万平方米。…复工后,
 * 项目正进行…施工) has a floor area still to be built, a target; one that stands (一期建筑面积70万平方米。
 * 一、二期现已基本完成建设) has an actual. `null` when the number is neither or nothing is said.
 *
 * @example
 * floorAreaStatus({ before: '甲中心总建筑面积', after: '', sentencesBefore: [], sentencesAfter: ['复工后,项目正进行基坑施工'], title: '' }) // 'target'
 */
export function floorAreaStatus(context: BuildingContext): FigureStatus | null {
  const { before, after, sentencesBefore, sentencesAfter, title } = context;
  const classes =
    SCHOOL.test(after) && (CLASSES.test(context.counted ?? '') || /^个?班/.test(after));
  const capacity =
    ((CAPACITY.test(after) || classes) && !INVOLVES.test(before)) || CAPACITY_BEFORE.test(before);
  if (!FLOOR_AREA.test(before) && !LENGTH.test(before) && !WIDTH.test(before) && !capacity)
    return null;
  if (HELD_ALREADY.test(before.slice(before.search(/[^，,；;。]*$/)))) return 'actual';
  const nearest = nearestState(before);
  if (nearest) return nearest;
  if (
    IN_USE_TITLE.test(title) &&
    ![TO_BE_DONE, TO_BE_BUILT_TITLE, GROUNDBREAKING_TITLE, TO_COME_TITLE, IN_USE_TO_COME].some(
      (p) => p.test(title),
    )
  )
    return 'actual';
  for (const text of sentencesAfter.slice(0, 2)) {
    if (TO_BE_DONE.test(text)) return 'target';
    if (BUILDING_DONE.test(text)) return 'actual';
    if (BUILDING_UNDER_WAY.test(text)) return 'target';
  }
  for (const text of [...sentencesBefore].reverse().slice(0, 2)) {
    const told = nearestState(text, BUILDING_BEGUN);
    if (told) return told;
  }
  if (TO_BE_BUILT_TITLE.test(title)) return 'target';
  if (GROUNDBREAKING_TITLE.test(title) && !BUILDING_DONE.test(title)) return 'target';
  if (TO_COME_TITLE.test(title) && !BUILDING_DONE.test(title) && !OPENING_TO_COME.test(title))
    return 'target';
  if (capacity && IN_USE_TO_COME.test(title)) return 'target';
  if (context.approvedWorks) return 'target';
  return null;
}

/**
 * Whether a figure is a result or a goal: target markers (到2030年, 力争, 将, 计划, 预计, 确保…) in the
 * sentence before the number, a goal qualifier (不少于, 不低于), or a section about tasks and goals make
 * it a target; an "already" marker closer to the number wins back to actual. A sentence in a plan's
 * scope (`inPlanScope`: under a title, heading or paragraph opening that states a plan) is a target
 * unless it says what has been done. Given the document's year, a 将 in a clause dated before it is
 * read as 把 (自2017年9月…将…调整到…), not as "will".
 *
 * @example
 * classifyFigureStatus('到2030年产业收入超过1800亿元', 9) // 'target'
 * classifyFigureStatus('全区先进能源产业收入突破2300亿元', 12) // 'actual'
 */
export function classifyFigureStatus(
  sentence: string,
  at: number,
  section = '',
  inPlanScope = false,
  documentYear: number | null = null,
): FigureStatus {
  const before = pastDisposalBlanked(closedAsidesBlanked(sentence.slice(0, at)), documentYear);
  const ownClause = before.slice(before.search(/[^，,；;。]*$/));
  if (GOAL_QUALIFIER.test(before) || GOAL_LEAD.test(sentence.slice(at))) return 'target';
  const clauseAfter =
    closedAsidesBlanked(sentence.slice(at)).split(
      /[，,；;。]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/,
    )[0] ?? '';
  if (BUILT_STOCK.test(clauseAfter)) return 'actual';
  if (/即将|将(?!近)|计划[于在]|预计|明年/.test(clauseAfter)) return 'target';
  if (
    TO_BE_FINISHED.test(sentence.slice(at)) &&
    !LAND.test(before) &&
    !DONE_SO_FAR.test(ownClause) &&
    !WORK_DONE.test(ownClause)
  )
    return 'target';
  if (LAND.test(before) && TO_BE_BEGUN.test(sentence.slice(at))) return 'target';
  if (PLANNED_NOUN.test(clauseAfter)) return 'target';
  if (ESTIMATE.test(before)) return 'actual';
  const target = lastMatch(before, TARGET);
  const lastTarget = target?.index ?? -1;
  const lastActual = lastIndex(before, ACTUAL_AFTER_TARGET);
  if (
    lastTarget >= 0 &&
    FROM_VALUE.test(before.slice(lastTarget)) &&
    CHANGES_LATER.test(sentence.slice(at))
  )
    return 'actual';
  if (lastTarget >= 0 && lastActual > lastTarget && !CHANGED_TO.test(before.slice(lastActual)))
    return 'actual';
  if (target && datesThePast(before.slice(target.index + target[0].length), documentYear))
    return 'actual';
  if (lastTarget >= 0) return 'target';
  if (lastActual >= 0) return 'actual';
  if (inPlanScope) return ACTUAL_IN_PLAN.test(before) ? 'actual' : 'target';
  return TARGET_SECTION.test(section) ? 'target' : 'actual';
}

/**
 * 将 used as 把 in a clause dated before the document (自2017年9月市发改委将甲规划用地从41.2平方公里
 * 调整到100.9平方公里, told in 2018): what was done, not a plan. The 将 is blanked.
 */
function pastDisposalBlanked(text: string, documentYear: number | null): string {
  if (documentYear === null) return text;
  return text.replace(
    /((?:自|于|在|从)?(20\d\d)年[^，,；;。将]*?)将(?![近来])/g,
    (whole, dated: string, year: string) => (Number(year) < documentYear ? `${dated} ` : whole),
  );
}

/** A bracketed aside closed before the number says nothing of its tense (…(东扩区将为2000亩),中财1000亩). */
function closedAsidesBlanked(text: string): string {
  return text.replace(/[(（][^()（）]*[)）]/g, (aside) => ' '.repeat(aside.length));
}

/**
 * A year before the document's own, told between the last plan word and the number (将要迎来…之一:
 * 2012 年,中国当年发表的20篇论文中,有10篇…, told in 2020): the number is dated in the past, whatever
 * was ahead when the story's clause opened. A year a change starts from (由2021年的739亿元增加至…) dates
 * only the starting value.
 */
function datesThePast(text: string, documentYear: number | null): boolean {
  if (documentYear === null) return false;
  return [...text.matchAll(/(?<![到由从自])(20\d\d)\s?年(?!前|底前|以前)/g)].some(
    (m) => Number(m[1]) < documentYear,
  );
}

/** The last match of `pattern` in `text`, or null. */
function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) last = m as RegExpExecArray;
  return last;
}

const lastIndex = (text: string, pattern: RegExp): number => lastMatch(text, pattern)?.index ?? -1;
