import type { FigureFact, ProjectFact } from '../../model/dataset';
import type { FigureCandidate, PlaceLink, ProjectCandidate } from '../types';
import type { SectorId } from '../../model/sectors';
import type { OffsetMap } from '../normalize/offset-map';
import { mapSpan } from '../normalize/offset-map';
import { translateLabel, type Glossary } from '../curate/translate-label';
import { translateName } from '../curate/translate-name';
import { classifyMeasure, measureGloss } from './classify-measure';
import { classifySectors } from './classify-sectors';
import { projectKey } from './project-key';
import { stableId } from './stable-id';

/** What turning candidates into facts needs besides the candidates. */
export interface ToFactsContext {
  doc: string;
  map: OffsetMap;
  glossary: Glossary;
}

function sentenceSpan(context: ToFactsContext, start: number, end: number): [number, number] {
  return mapSpan(context.map, [start, end]);
}

/**
 * A quote of a sentence that its page wrapped over short lines (东西长3.8公里、⏎南北长2.5公里), on one line:
 * Chinese text runs on with no space where a line broke, other text with one.
 */
export function unwrapped(quote: string): string {
  return quote.replace(/(?<=[^\t-~])\n|\n(?=[^\t-~])/g, '').replace(/\n/g, ' ');
}

/** Sentences longer than this are quoted by the clauses around a fact, not whole. */
const LONG_SENTENCE = 60;

/**
 * The part of a sentence a fact is quoted by: the whole sentence when it is short, else the clause
 * stating it, with the clause before when it is very short — a report's sentence can hold ten
 * figures or projects, and each would repeat it whole. The source viewer shows the rest around it.
 *
 * @example
 * quoteWindow('甲，乙等68个项目建成投用，丙…（60余字）', 2, 4) // [2, 15]: '乙等68个项目建成投用，'
 */
export function quoteWindow(text: string, start: number, end: number): [number, number] {
  if (text.length <= LONG_SENTENCE) return [0, text.length];
  const breaks = /[，,；;：:。！？!?]/;
  let from = start;
  while (from > 0 && !breaks.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !breaks.test(text[to]!)) to++;
  if (to < text.length) to++;
  if (to - from < 16 && from > 0) {
    from--;
    while (from > 0 && !breaks.test(text[from - 1]!)) from--;
  }
  return [from, to];
}

/**
 * Turns a placed figure candidate into a dataset fact: sectors, measure key, English gloss, and the
 * sentence span mapped back to the original text. A bare measure said of a project is labelled with
 * the project's name (北京师范大学昌平实验学校总投资, "Investment of …"); its id stays that of the measure.
 *
 * @example
 * // 213家规上先进能源企业 in energy-valley → { kind: 'figure', value: 213, unit: 'count', measure: 'enterprises', sectors: ['energy'], … }
 */
export function figureToFact(
  candidate: FigureCandidate,
  link: PlaceLink,
  context: ToFactsContext,
): FigureFact {
  const { sentence, subject } = candidate;
  const clauseBefore =
    sentence.text
      .slice(0, candidate.start)
      .split(/[，,；;。]/)
      .pop() ?? '';
  const measure = classifyMeasure(candidate.label_zh, candidate.unit, clauseBefore);
  const bare = subject ? candidate.label_zh.replace(/^项目/, '') : candidate.label_zh;
  const gloss = translateLabel(bare, context.glossary) ?? measureGloss(measure);
  const [from, to] = quoteWindow(sentence.text, candidate.start, candidate.end);
  const key = [
    context.doc,
    'figure',
    link.place,
    candidate.unit,
    candidate.value,
    candidate.label_zh,
    candidate.status,
  ].join('|');
  return {
    id: `${context.doc}-f-${stableId(key)}`,
    doc: context.doc,
    kind: 'figure',
    place: link.place,
    sectors: classifySectors(candidate.label_zh),
    value: candidate.value,
    unit: candidate.unit,
    approx: candidate.approx,
    ...(candidate.qualifier ? { qualifier: candidate.qualifier } : {}),
    status: candidate.status,
    year: candidate.year,
    label_zh: subject ? subject + bare : candidate.label_zh,
    label_en: subject && gloss ? `${gloss} of ${translateName(subject, context.glossary)}` : gloss,
    ...(measure ? { measure } : {}),
    quote: unwrapped(sentence.text.slice(from, to)),
    span: sentenceSpan(context, sentence.start + from, sentence.start + to),
  };
}

/** A road named in a work's sentence (…自行车专用路将启动东拓、南展工程; 南展工程,起点为甲路…). */
const ROAD_AROUND = /[\u4e00-\u9fff](?:路|大街|桥)(?![\u4e00-\u9fff])|专用路|道路/;

/**
 * The sectors of a project whose name says none, from the words around it: works (…工程) told beside
 * a road are the road's; anything else takes at most two sectors of its neighbourhood.
 */
function sectorsAround(text: string, candidate: ProjectCandidate): SectorId[] {
  const around = text.slice(Math.max(0, candidate.start - 16), candidate.end + 8);
  if (/(?:工程|项目)$/.test(candidate.name_zh) && ROAD_AROUND.test(around))
    return ['infrastructure-urban'];
  return classifySectors(around).slice(0, 2);
}

/**
 * Turns a placed project candidate into a dataset fact.
 *
 * @example
 * // 天通苑文化艺术中心 … 建成投用 → { kind: 'project', name_zh: '天通苑文化艺术中心', status: 'in-use', … }
 */
export function projectToFact(
  candidate: ProjectCandidate,
  link: PlaceLink,
  context: ToFactsContext,
): ProjectFact {
  const { sentence } = candidate;
  const key = [context.doc, 'project', candidate.name_zh].join('|');
  const [from, to] = quoteWindow(sentence.text, candidate.start, candidate.end);
  const sectors = classifySectors(candidate.name_zh);
  const nameEn = translateName(candidate.name_zh, context.glossary);
  return {
    id: `${context.doc}-p-${stableId(key)}`,
    doc: context.doc,
    kind: 'project',
    project: projectKey(candidate.name_zh),
    place: link.place,
    sectors: sectors.length > 0 ? sectors : sectorsAround(sentence.text, candidate),
    name_zh: candidate.name_zh,
    name_en: nameEn,
    status: candidate.status,
    year: candidate.year,
    label_zh: candidate.name_zh,
    label_en: nameEn,
    quote: unwrapped(sentence.text.slice(from, to)),
    span: sentenceSpan(context, sentence.start + from, sentence.start + to),
  };
}
