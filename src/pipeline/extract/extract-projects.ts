import type { ProjectStatus } from '../../model/dataset';
import type { ProjectCandidate, Sentence } from '../types';
import { classifyYear } from '../classify/classify-year';
import { GAZETTEER } from '../link/gazetteer';
import { isProjectName } from './is-project-name';

const VERB =
  '(签约落地|签约|落地|开工建设|开复工|开工|进场施工|建成投用|建成开馆|建成开园|建成开学|竣工开学|建成通车|建成送电|完工投用|建成|竣工|完工|交付|投入使用|投用|开业运营|正式开园|开园|开馆|开学|通车|通达|挂牌运行|主体结构封顶|封顶|正在加快建设|加快建设|建设)';
/** Adverbs and time phrases between a name and its verb: 将陆续, 今年底将整体, 已经于今年6月正式. */
const ADVERBS =
  '(?:已经?|正式|全面|正在|将|还将|陆续|整体|如期|基本|先期|年内|今年底?|明年|预计|于[^，,。]{1,10}?)*';
const NAME = '[^，,。；;：:“”"（）()]{2,40}?';
const KINDS = '(?:项目|机构|设施|工程|名校名园|名校|道路|平台|空间|园区)';
/** "甲、乙等30个项目开工建设": a list, 等, an optional count and kind, then the status verb. */
const LIST_THEN_VERB = new RegExp(
  `(${NAME})等(?:[\\d一二三四五六七八九十百]+[个项所条处])?(?:一批)?[^，,。、]{0,10}?${KINDS}[”"]?${ADVERBS}${VERB}`,
  'g',
);
/** "签约甲、乙等一批高精尖产业项目" / "完工甲、乙2项" / "新增甲、乙2处…设施": the verb first, then the list. */
const VERB_THEN_LIST = new RegExp(
  `(签约落地|签约|规划建设|开工建设|开工|建成投用|建成|竣工|完工|投用|开园|开馆|新增|打造了|建设)(?:了)?(${NAME})(?:等(?:[\\d一二三四五六七八九十百]+[个项处所])?[^，,。]{0,12}?(?:项目|机构|空间|园区)|等?[\\d一二三四五六七八九十]+[项处所个])`,
  'g',
);
/** "加速建设国际医疗器械城，…" / "实施永安古城更新项目。": a build verb, then one name up to the clause end. */
const VERB_THEN_NAME = new RegExp(
  `(加速建设|加快建设|开工建设|规划建设|建成|实施)(${NAME})(?=[，,。；;]|$)`,
  'g',
);
/** "加快积水潭医院回龙观院区二期、清华长庚医院二期建设": a push verb, the list, then 建设 or 开发. */
const PUSH_THEN_BUILD = new RegExp(
  `(?:加快|加速|推动|推进|抓紧推进|保障|启动|坚决保障)(${NAME})(?:等[^，,。]{0,12}?)?(建设|开发|落地)`,
  'g',
);
/**
 * "清华南口国重基地项目已经于今年6月正式开工", "…将陆续完工投用": one named facility, then the verb. Bare
 * 建设 and 落地 are left out here: "X建设" and "X落地" name goals as often as facilities.
 */
const NAME_THEN_VERB = new RegExp(
  `(${NAME})(?:[(（][^()（）]{1,20}[)）])?${ADVERBS}${VERB.replace('|落地', '').replace('|建设)', ')')}`,
  'g',
);

const LEADING =
  /^(?:推动|力促|加快|加速|实现|促进|推进|实施|规划建设|支持|保障了?|引入了?|引进|完成|抓好|启动|确保|截至目前已|已|并|其中|同时|特别是|累计|先期|坚决保障|抓紧推进|高标准|今年还将|今年|接续实施两轮回天行动计划|与清华大学合作建设的|近日|昌平与清华大学合作建设的)+/;
const ZONE_PREFIX = new RegExp(
  `^(?:${GAZETTEER.filter((e) => e.kind === 'zone')
    .map((e) => e.name)
    .join('|')})`,
);

function statusOf(verb: string, future: boolean): ProjectStatus {
  if (future) return 'planned';
  if (/签约|落地/.test(verb)) return 'signed';
  if (/投用|投入使用|开业|开园|开馆|开学|运营|通车|送电|挂牌运行/.test(verb)) return 'in-use';
  if (/建成|竣工|完工|交付|新增/.test(verb)) return 'completed';
  if (/打造了/.test(verb)) return 'unknown';
  return 'under-construction';
}

/** The name in a list item: after 的 or a dash, without leading verbs, and without a zone used as a locative (生命谷昌平国家实验室). */
function cleanName(raw: string, firms: boolean): string {
  const afterDash = raw.replace(/^.*(?:--|——)/, '');
  const afterDe = afterDash.includes('的')
    ? afterDash.slice(afterDash.lastIndexOf('的') + 1)
    : afterDash;
  const name = afterDe.replace(LEADING, '').trim();
  const withoutZone = name.replace(ZONE_PREFIX, '');
  return withoutZone === '' || isProjectName(withoutZone, { firms }) ? withoutZone : name;
}

/** Words that put a project in the future; the 2022-tasks and five-year-goals sections of a report count too. */
const FUTURE = /将|力争|力促|规划建设|年内|明年|即将|争取|确保|下一步|接下来/;
/** A paragraph that opens with 下一步 / 今年 / "…将" speaks of plans throughout. */
const FUTURE_OPENING = /^(?:下一步|接下来|今后|明年)|^[^，,。]{0,12}将/;
const FUTURE_SECTION = /^[一二三四五六七八九十]+、(?:20\d\d年|今后)/;

/**
 * Finds named projects and facilities with their status (签约 → signed, 开工/在建 → under construction,
 * 建成/交付 → completed, 投用/开园/通车 → in use; planned when the sentence speaks of the future). Only
 * names that {@link isProjectName} accepts are kept: 在服务北京国际交往中心 or 国内首家国际研究型医院 are not projects.
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
    const text = sentence.text;
    const taken: [number, number][] = [];
    const add = (
      list: string,
      listStart: number,
      verb: string,
      matchEnd: number,
      isList = true,
    ): void => {
      const before = text.slice(0, listStart);
      const future =
        FUTURE.test(before) ||
        /将/.test(text.slice(listStart + list.length, matchEnd)) ||
        FUTURE_SECTION.test(sentence.section) ||
        futureParagraphs.has(sentence.paragraph);
      const firms = isList && /签约/.test(verb);
      let offset = listStart;
      for (const part of list.split('、')) {
        const name = cleanName(part, firms);
        const start = offset + part.indexOf(name);
        offset += part.length + 1;
        if (!isProjectName(name, { firms })) continue;
        if (taken.some(([a, b]) => start < b && start + name.length > a)) continue;
        taken.push([start, start + name.length]);
        const status = statusOf(verb, future);
        const year = classifyYear(text, start, {
          documentYear: options.documentYear,
          status: future ? 'target' : 'actual',
        });
        projects.push({ sentence, name_zh: name, start, end: start + name.length, status, year });
      }
    };
    const end = (m: RegExpMatchArray): number => m.index! + m[0].length;
    for (const m of text.matchAll(LIST_THEN_VERB)) add(m[1]!, m.index, m[2]!, end(m));
    for (const m of text.matchAll(VERB_THEN_LIST))
      add(m[2]!, m.index + m[0].indexOf(m[2]!, m[1]!.length), m[1]!, end(m));
    for (const m of text.matchAll(PUSH_THEN_BUILD))
      add(m[1]!, m.index + m[0].indexOf(m[1]!), m[2] === '落地' ? '落地' : '建设', end(m));
    for (const m of text.matchAll(VERB_THEN_NAME))
      add(m[2]!, m.index + m[1]!.length, m[1]!, end(m), false);
    for (const m of text.matchAll(NAME_THEN_VERB)) add(m[1]!, m.index, m[2]!, end(m), false);
  }
  return projects;
}
