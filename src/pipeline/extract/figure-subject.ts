import type { FigureCandidate, ProjectCandidate, Sentence } from '../types';
import { LIES_AT, OPENING_FILLER, THE_PROJECT_OPENING } from '../link/project-reference';

/**
 * Labels that name only a measure of something (总投资, 用地面积, 总建筑面积, a road's 全长 or 红线宽, a
 * factory's 产值): said of a project, they say nothing on their own of whose measure it is.
 */
const BARE_MEASURE =
  /^(?:项目)?(?:计划)?(?:总投资|投资|总用地面积|用地面积|用地面约积|占地面积|占地|总建筑面积|建筑面积|规划总建筑面积|规划建筑面积|总面积|全长|总长|长度|红线宽|宽度|(?:达产后)?(?:年)?产值)$/;
/** Where a sentence's subject ends: where it lies, what it is, or a measure of it. */
const AFTER_SUBJECT = new RegExp(
  `${LIES_AT.source}|是|总投资|计划投资|投资|总用地|用地|占地|总建筑面积|建筑面积|全长|总长|规划|设置|[，,；;。]`,
);
/** Where a road's route begins (项目南起甲路,北至乙街,全长…): the subject is what comes before. */
const ROUTE_START = /(?:[东南西北]起|起于|起点).*$/;
/** How many sentences back a project named again may have been named. */
const LOOK_BACK = 3;

/** The name a figure label gives a project: without a closing 项目 (甲学校项目 → 甲学校). */
export function subjectName(project: string): string {
  return project.replace(/(?<=..)项目$/, '');
}

/**
 * The project a bare measure (总投资, 占地, 建筑面积) is said of: the project that opens its sentence
 * (生命谷甲产业园是…,规划建筑面积24.1万平方米), or the one named just before when the sentence opens with
 * "the project" (…实验学校项目开工建设。项目位于…,总投资约2亿元; 其占地…) or with the head of its name (小米手机
 * 智能工厂落成启用。智能工厂投资24亿元). `null` for any other label, or when the sentence's subject is
 * no project (22个项目,总投资约196.9亿元; 生命科学园,规划总建筑面积…).
 *
 * @example
 * // '甲乙学校项目开工建设。项目位于丙镇,总投资约2亿元。', the 2亿元 → '甲乙学校项目'
 */
export function figureSubject(
  figure: FigureCandidate,
  projects: readonly ProjectCandidate[],
  sentences: readonly Sentence[],
): string | null {
  if (!BARE_MEASURE.test(figure.label_zh)) return null;
  const { sentence } = figure;
  const opening = OPENING_FILLER.exec(sentence.text)?.[0].length ?? 0;
  const own = projects.find(
    (p) =>
      p.sentence === sentence &&
      p.start === opening &&
      p.end <= figure.start &&
      !/^[、和及与]/.test(sentence.text.slice(p.end)),
  );
  if (own) return own.name_zh;
  const rest = sentence.text.slice(opening);
  const cut = rest.search(AFTER_SUBJECT);
  // a road's route after its name (甲路道路工程项目南起乙路) is no part of the subject
  const lead = rest.slice(0, cut < 0 ? rest.length : cut).replace(ROUTE_START, '');
  const index = sentences.indexOf(sentence);
  const before = projects.filter((p) => {
    const at = sentences.indexOf(p.sentence);
    return at < index && at >= index - LOOK_BACK;
  });
  const refersBack =
    lead === '其' ||
    lead === '它' ||
    lead === '项目' ||
    THE_PROJECT_OPENING.exec(lead)?.[0] === lead;
  if (refersBack || (lead === '' && /^项目/.test(rest)))
    return before[before.length - 1]?.name_zh ?? namedAgain(projects, sentences, index);
  // a sentence that opens with the measure (占地142亩,已建成12栋…) goes on about the one project the
  // sentence before names (2023年,甲实验基地正式揭牌。)
  if (cut === 0) {
    const previous = new Set(
      projects.filter((p) => p.sentence === sentences[index - 1]).map((p) => p.name_zh),
    );
    return previous.size === 1 ? [...previous][0]! : null;
  }
  if (lead.length < 2) return null;
  const named = before.filter((p) => subjectName(p.name_zh).endsWith(subjectName(lead)));
  return named[named.length - 1]?.name_zh ?? null;
}

/**
 * The project a sentence just before names again without a verb that made it one there (…的甲超高速
 * 风洞,也叫…。它全长167米): the one named last in the nearest of those sentences, or null.
 */
function namedAgain(
  projects: readonly ProjectCandidate[],
  sentences: readonly Sentence[],
  index: number,
): string | null {
  const names = [...new Set(projects.map((p) => p.name_zh))];
  for (let at = index - 1; at >= Math.max(0, index - LOOK_BACK); at--) {
    const text = sentences[at]!.text;
    const named = names
      .map((name) => ({ name, at: text.lastIndexOf(name) }))
      .filter((n) => n.at >= 0)
      .sort((a, b) => b.at - a.at)[0];
    if (named) return named.name;
  }
  return null;
}

/** A sentence that goes on describing what the one before described (按照主干路标准建设,红线宽40米). */
const GOES_ON = /^(?:按照|按|采用|双向|同时|并|且)/;

/**
 * The figures with the project each bare measure is said of, where there is one. A bare measure in a
 * sentence that goes on describing the last one's subject ({@link GOES_ON}), and names no project of
 * its own, is said of that subject.
 */
export function withSubjects(
  figures: readonly FigureCandidate[],
  projects: readonly ProjectCandidate[],
  sentences: readonly Sentence[],
): FigureCandidate[] {
  let last: { subject: string; sentence: number } | null = null;
  return figures.map((figure) => {
    const at = sentences.indexOf(figure.sentence);
    let subject = figureSubject(figure, projects, sentences);
    if (
      !subject &&
      last &&
      (at === last.sentence || at === last.sentence + 1) &&
      BARE_MEASURE.test(figure.label_zh) &&
      GOES_ON.test(figure.sentence.text) &&
      !projects.some((p) => p.sentence === figure.sentence)
    )
      subject = last.subject;
    if (!subject) return figure;
    last = { subject, sentence: at };
    return { ...figure, subject: subjectName(subject) };
  });
}
