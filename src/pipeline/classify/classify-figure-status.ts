import type { FigureStatus } from '../../model/dataset';

/**
 * Plan and goal words before a number. 计划 as a noun says nothing of tense: a plan's title (行动计划,
 * 2022年工作计划), a plan fulfilled (超额完成投资计划); but what a plan sets out (计划提出, 要求) is a target.
 */
const TARGET =
  /到20\d\d年|力争|争取|将|(?<!行动|年|发展|科学|工作)(?<!完成[^，,；;。]{0,6})计划(?!表)|计划(?=(?:提出|要求|明确)[，,：:])|(?<=\d年)计划(?=投资|开工|新建|建设|完成)|预计|确保|(?<![模虚比])拟|年内|即将|未来\d|规划(?:常住)?人口|规划(?:总)?建筑面积|规划建设|规划(?=\d|$)|可提供|明年|(?:按照|根据|依据)[^，,。]{0,16}规划/;
/** A facility still to be finished: what it will provide is a target (…2300余套,预计6月完工). */
const TO_BE_FINISHED = /预计[^，,。]{0,8}(?:完工|建成|竣工|投用|交付)/;
/** "预计全年…完成" reports an estimate of what already happened, not a goal. */
const ESTIMATE = /预计全年[^，,。]{0,12}完成/;
const ACTUAL_AFTER_TARGET = /已经|已|截至|目前|现在|如今|正在/;
/** The count names a plan right after it (28个2020年计划开工项目, 10个拟建项目): a target. */
const PLANNED_NOUN =
  /^[^，,；;。]{0,8}?(?:20\d\d年度?)?(?:计划|拟|规划)(?:开工|新建|建设|实施|投资|完成|建成|引进|投用|开园)/;
/**
 * "由2021年的739亿元…增加至1500亿元": the value before the change is where it starts, an actual, though a
 * plan word opens the sentence.
 */
const FROM_VALUE = /由[^，,；;。]*$/;
const CHANGES_LATER = /^[^，,；;。]*?(?:增加|增长|提高|提升|扩大|减少|降低|下降|增)(?:至|到)/;
/**
 * "将由现在的2000人扩大到7500人": the "now" marker tells the starting value; the value it changes to
 * is the target.
 */
const CHANGED_TO =
  /[\d一二三四五六七八九十][^，,；;。]*?(?:扩大|增加|增长|提高|提升|达|增)(?:到|至)$/;
const TARGET_SECTION = /任务|目标|计划表|思路|展望/;

/**
 * Whether a figure is a result or a goal: target markers (到2030年, 力争, 将, 计划, 预计, 确保…) in the
 * sentence before the number, or a section about tasks and goals, make it a target; an "already" marker
 * closer to the number wins back to actual.
 *
 * @example
 * classifyFigureStatus('到2030年产业收入超过1800亿元', 9) // 'target'
 * classifyFigureStatus('全区先进能源产业收入突破2300亿元', 12) // 'actual'
 */
export function classifyFigureStatus(sentence: string, at: number, section = ''): FigureStatus {
  const before = closedAsidesBlanked(sentence.slice(0, at));
  const clauseAfter = closedAsidesBlanked(sentence.slice(at)).split(/[，,；;。]/)[0] ?? '';
  if (/即将|将(?!近)|计划于/.test(clauseAfter)) return 'target';
  if (TO_BE_FINISHED.test(sentence.slice(at))) return 'target';
  if (PLANNED_NOUN.test(clauseAfter)) return 'target';
  if (ESTIMATE.test(before)) return 'actual';
  const lastTarget = lastIndex(before, TARGET);
  const lastActual = lastIndex(before, ACTUAL_AFTER_TARGET);
  if (
    lastTarget >= 0 &&
    FROM_VALUE.test(before.slice(lastTarget)) &&
    CHANGES_LATER.test(sentence.slice(at))
  )
    return 'actual';
  if (lastTarget >= 0 && lastActual > lastTarget && !CHANGED_TO.test(before.slice(lastActual)))
    return 'actual';
  if (lastTarget >= 0) return 'target';
  if (lastActual >= 0) return 'actual';
  return TARGET_SECTION.test(section) ? 'target' : 'actual';
}

/** A bracketed aside closed before the number says nothing of its tense (…(东扩区将为2000亩),中财1000亩). */
function closedAsidesBlanked(text: string): string {
  return text.replace(/[(（][^()（）]*[)）]/g, (aside) => ' '.repeat(aside.length));
}

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) last = m.index;
  return last;
}
