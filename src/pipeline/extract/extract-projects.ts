import type { ProjectStatus } from '../../model/dataset';
import type { ProjectCandidate, Sentence } from '../types';
import { classifyYear } from '../classify/classify-year';
import { GAZETTEER } from '../link/gazetteer';

const SUFFIX =
  '(?:项目|基地|产业园|园区|中心|实验室|工厂|学校|医院|公园|版本馆|总馆|院区|大厦|综合体|研究院|工程|科技园|二期|三期|一期)';
const VERB =
  '(签约落地|签约|开工建设|开工|进场施工|建成投用|建成开馆|建成开园|建成|竣工|完工|投入使用|投用|开业运营|开园|开馆|主体结构封顶|封顶|正在加快建设|加快建设|建设)';
const NAME = '[^，,。；;：:“”"（）()]{2,40}?';
/** "甲、乙等30个项目开工建设": a list, 等, an optional count and kind, then the status verb. */
const LIST_THEN_VERB = new RegExp(
  `(${NAME})等(?:[\\d一二三四五六七八九十百]+[个项所])?(?:一批)?[^，,。、]{0,10}?(?:项目|机构|设施|工程|名校名园|道路)[”"]?${VERB}`,
  'g',
);
/** "签约甲、乙等一批高精尖产业项目" / "完工甲、乙2项": the verb first, then the list. */
const VERB_THEN_LIST = new RegExp(
  `${VERB.replace('建设|', '').replace('|建设)', ')')}(?:了)?(${NAME})(?:等(?:[\\d一二三四五六七八九十百]+[个项])?[^，,。]{0,12}?(?:项目|机构)|[\\d一二三四五六七八九十]+项)`,
  'g',
);
/** "清华南口国重基地项目已经于今年6月正式开工": one named facility, then the verb. */
const NAME_THEN_VERB = new RegExp(
  `(${NAME}${SUFFIX})(?:已经?|正式|全面|正在)?(?:于[^，,。]{1,10}?)?(?:正式)?${VERB}`,
  'g',
);

const LEADING =
  /^(?:推动|力促|加快|加速|实现|促进|推进|实施|规划建设|支持|保障了?|引入了?|引进|完成|抓好|启动|确保|截至目前已|已|并|其中|同时|特别是|累计|接续实施两轮回天行动计划|与清华大学合作建设的)+/;
const ZONE_PREFIX = new RegExp(
  `^(?:${GAZETTEER.filter((e) => e.kind === 'zone')
    .map((e) => e.name)
    .join('|')})`,
);

function statusOf(verb: string, future: boolean): ProjectStatus {
  if (future) return 'planned';
  if (/签约/.test(verb)) return 'signed';
  if (/投用|投入使用|开业|开园|开馆|运营/.test(verb)) return 'in-use';
  if (/建成|竣工|完工/.test(verb)) return 'completed';
  return 'under-construction';
}

function cleanName(raw: string): string {
  const afterDe = raw.includes('的') ? raw.slice(raw.lastIndexOf('的') + 1) : raw;
  return afterDe.replace(LEADING, '').replace(ZONE_PREFIX, '').trim();
}

const FUTURE = /将|力争|力促|推动|规划建设|年内|明年|即将|争取|确保/;

/**
 * Finds named projects and facilities with their status (签约 → signed, 开工/在建 → under construction,
 * 建成 → completed, 投用/开园 → in use; planned when the sentence speaks of the future).
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
  for (const sentence of sentences) {
    const text = sentence.text;
    const taken: [number, number][] = [];
    const add = (list: string, listStart: number, verb: string): void => {
      const future =
        FUTURE.test(text.slice(0, listStart + list.length)) ||
        /^[一二三四五六七八九十]+、20\d\d年/.test(sentence.section);
      let offset = listStart;
      for (const part of list.split('、')) {
        const name = cleanName(part);
        const start = offset + part.indexOf(name);
        offset += part.length + 1;
        if (name.length < 3 || /^\d|等$|^[一二三四五六七八九十]+个/.test(name)) continue;
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
    for (const m of text.matchAll(LIST_THEN_VERB)) add(m[1]!, m.index, m[2]!);
    for (const m of text.matchAll(VERB_THEN_LIST))
      add(m[2]!, m.index + m[1]!.length + (m[0].startsWith(m[1]! + '了') ? 1 : 0), m[1]!);
    for (const m of text.matchAll(NAME_THEN_VERB)) add(m[1]!, m.index, m[2]!);
  }
  return projects;
}
