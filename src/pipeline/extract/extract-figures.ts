import type { FigureStatus } from '../../model/dataset';
import type { FigureCandidate, ParsedQuantity, Sentence } from '../types';
import {
  classifyFigureStatus,
  floorAreaStatus,
  tellsApprovedWorks,
  isPlanOpening,
  isPlanStatement,
  isPlannedInvestment,
} from '../classify/classify-figure-status';
import { classifyYear } from '../classify/classify-year';
import { figureLabel } from './figure-label';
import { findQuantities } from './find-quantities';

/** Options of {@link extractFigures}. */
export interface ExtractFiguresOptions {
  documentYear: number | null;
  /** The document's title: a plan's title (…建设计划出炉, …到2035年建成…) makes its figures goals. */
  title?: string;
}

const UNREADABLE = '\ufffd';
/** Counted things that are figures of speech, not statistics (五个故事, 七个方面, 四个村的统称). */
/**
 * Things a count names with one character (151栋楼, 2座桥, 3个村): the word that says the same in two, so a
 * label is never a lone character.
 */
const ONE_CHARACTER_THINGS = new Map([
  ['楼', '楼栋'],
  ['桥', '桥梁'],
  ['村', '村庄'],
]);
const STOP_LABEL = /^(?:方面|故事|全面)$|统称|之首/;
/**
 * A distance from somewhere or a way travelled (距首都机场10公里, 一路向北行进30余公里, 沿着高速向北
 * 行驶15公里左右, 继续前行5公里, 15公里后, 中心城区东北约50公里): where a place is, not its size.
 */
const DISTANCE =
  /(?:距离?|离|出发|行进|行驶|前行|驱车|驾车|骑行|步行|车程|相距|相隔|直线)[^，,。；;]{0,8}$|[东西南北]{1,2}(?:方向|方|侧|部)?(?:约|近)?$/;
const DISTANCE_AFTER = /^(?:左右|多)?(?:后|处)/;

/**
 * The size of a set its subject is one of (是《国家重大科技基础设施项目》15个项目之一): a count of the
 * set, which may lie anywhere, not of the place.
 */
const ONE_OF = /^[\u4e00-\u9fff]{0,10}之一/;

/** A standalone caption line ("170.6平方公里") takes its label from the short line after or before it. */
function captionLabel(sentences: readonly Sentence[], index: number): string {
  for (const near of [sentences[index + 1], sentences[index - 1]]) {
    if (near && near.isHeading && !/\d/.test(near.text) && near.text.length <= 12) return near.text;
  }
  return '';
}

/**
 * A count right after the last name of a list (包括A、B…、北京激光加速创新中心5项): the list's length,
 * which would take the last name for its label. The list's items are what it counts.
 */
function isListLength(text: string, start: number, label: string): boolean {
  const before = text.slice(0, start);
  const clause = before.slice(before.search(/[^，,；;：:。]*$/));
  const comma = clause.lastIndexOf('、');
  if (comma < 0 || clause.slice(comma + 1) !== label) return false;
  const names = clause.slice(0, comma).split('、');
  return names.length >= 2 && names.every((n) => !/[\d一二两三四五六七八九十百千万]/.test(n));
}

/**
 * The label of a width in metres (红线宽40米-70米 → 红线宽, 全桥宽由原16米拓宽至32.5米 → 全桥宽): the words of
 * its clause up to 宽; a bare 宽 after a length (桥梁与匝道总长约720米,宽10米) is the width of what that
 * length measures. Null for a quantity that is no width.
 */
function widthLabel(text: string, q: ParsedQuantity, previousLabel: string | undefined) {
  if (q.unit !== 'km') return null;
  const clause = text.slice(0, q.start).replace(/^.*[，,；;：:。]/, '');
  const at = clause.indexOf('宽');
  if (at < 0 || /[长里程]/.test(clause.slice(at))) return null;
  const head = clause.slice(0, at + 1).replace(/^(?:其中|并|且|道路|项目)/, '');
  if (head.length >= 2) return head;
  const length = /(?:全长|总长|长度)$/;
  return previousLabel && length.test(previousLabel) ? previousLabel.replace(length, '宽') : null;
}

/** What a stretch of road in metres measures, right after it (900米瓶颈路段, 950米的道路). */
const STRETCH_AFTER = /^的?([\u4e00-\u9fff]{0,4}?(?:路段|道路|绿道|通道))/;

/**
 * Labels of the quantities of one sentence. A width or a stretch of road in metres is labelled by what
 * it measures ({@link widthLabel}, {@link STRETCH_AFTER}). A series joined by 和/、/及 ("分别增长11.5%和
 * 10.8%") shares the label of its first member; "A、B分别…" hands A and B out in order when the counts
 * agree.
 */
function seriesLabels(text: string, quantities: readonly ParsedQuantity[]): string[] {
  const labels = quantities.map((q) => figureLabel(text, q.start, q.end, q.measureWord));
  quantities.forEach((q, i) => {
    const width = widthLabel(text, q, labels[i - 1]);
    if (width) labels[i] = width;
    // a stretch of road in metres is labelled by what it measures (900米瓶颈路段 → 瓶颈路段)
    const stretch = q.unit === 'km' && STRETCH_AFTER.exec(text.slice(q.end));
    if (stretch) labels[i] = stretch[1]!;
  });
  quantities.forEach((q, i) => {
    const previous = quantities[i - 1];
    if (!previous || !/^(?:增长|下降)$/.test(labels[i]!)) return;
    if (/^、(?:增长|下降)$/.test(text.slice(previous.end, q.start)))
      labels[i] = labels[i - 1]!.replace(/完成$/, '') + labels[i];
  });
  let head = 0;
  for (let i = 1; i <= quantities.length; i++) {
    const joined =
      i < quantities.length &&
      /^(?:和|、|及|与|以及)$/.test(text.slice(quantities[i - 1]!.end, quantities[i]!.start));
    if (joined) continue;
    const size = i - head;
    if (size > 1) {
      const headLabel = labels[head]!;
      const split = /分别/.test(headLabel)
        ? headLabel.split('分别')[0]!.split(/以及|和|、|及/)
        : [];
      const rest = headLabel.replace('分别', '').replace(/(?:由|的)$/, '');
      for (let k = 0; k < size; k++) labels[head + k] = split.length === size ? split[k]! : rest;
    }
    head = i;
  }
  return labels;
}

/**
 * A headline whose verb is still to come (4条地铁5条道路,未来科学城未来两年交通配套将大升级): its numbers,
 * wherever they stand in it, are what is to be done. A headline reports what is done when it says so
 * (已集聚37个), and so does the part of it that holds the number when that part has a verb of its own
 * that tells what was done (16个重大科技项目获批 将成为…), unless that verb is dated ahead (24个重大项目年内
 * 投用).
 */
function isHeadlineGoal(text: string, at: number): boolean {
  const parts = text.split(/[，,\s]+/);
  let start = 0;
  const own = parts.find((part) => (start += part.length + 1) > at) ?? text;
  return (
    /将|预计|(?<!行动|工作|投资)计划(?![”"」》])|力争|(?<![模虚比])拟|明年|年内|年底前|未来[一二两三四五六七八九十\d]+年/.test(
      text,
    ) &&
    !/已|累计/.test(text) &&
    !DONE_IN_HEADLINE.test(own.replace(DONE_TO_COME, ''))
  );
}

/** A verb of what was done dated ahead (年内投用, 将建成): still to come. */
const DONE_TO_COME = new RegExp(
  `(?:年内|年底前?|明年|下半年|即将|将|预计)[^，,；;。\\s]{0,4}?(?:${'获批|建成|投用|开工|落户|入驻|开园|通过|完成'})`,
  'g',
);

/** Verbs a headline uses for what was done: 获批, 建成, 投用, 开工, 落户, 入驻, 开园, 通过. */
const DONE_IN_HEADLINE = /获批|建成|投用|开工|落户|入驻|开园|通过|完成/;

/**
 * The controls and counters of the page a text was copied from (112人参与 8评论; a forum's 查看甲个人资料
 * 给甲发悄悄话 …): two or more of them in a line make it no sentence of the story.
 */
const PAGE_CONTROL = /\d+人参与|\d+条?评论|个人资料|发悄悄话|加入好友|发表过的文章|发送电子邮件/g;

/** Marks a spam injector strews through a copy (展品参展■★★★★◆): no part of a label. */
const SPAM_MARKS = /[■★☆◆◇●▲△▼▽]+/g;

/** A line that is one counter of the page alone (• 0 条评论, 阅读 1200). */
const PAGE_COUNTER_LINE =
  /^[\s•·|]*(?:\d+\s*(?:条评论|评论|人参与|次阅读|阅读|浏览|点赞)|(?:阅读|浏览|评论)\s*\d+|(?:共有)?\d+人对本文发表评论)[\s•·|]*$/;

function isPageControls(sentence: Sentence): boolean {
  return (
    (sentence.text.match(PAGE_CONTROL)?.length ?? 0) >= 2 || PAGE_COUNTER_LINE.test(sentence.text)
  );
}

/**
 * A headline of the feed a page shows under its story (3亿美元,太阳拼了!正式宣布签下!…): a line that
 * exclaims twice and ends no sentence with 。 is no part of the story.
 */
const FEED_HEADLINE = /^(?=[^。]*$)[^!！]*[\u4e00-\u9fff][!！][^!！]*[\u4e00-\u9fff][!！]/;

/** Function words a label can be cut after (道路也, 跨河桥及, 变电站的): no part of what is measured. */
const DANGLING_WORD = /(?:也|就|只|都|还|及|并|又|而|等|的|了)+$/;

/** A label without the function words its cut left at its end. */
function withoutDanglingWord(label: string): string {
  return label.replace(DANGLING_WORD, '');
}

/**
 * A resident's own words (“一路上有20多个红绿灯,10公里的路开车得四五十分钟。”家住回龙观的王女士…): a
 * story of one person's day, whose numbers are not figures of the place.
 */
function isResidentsWords(sentence: Sentence, next: Sentence | undefined): boolean {
  return (
    /^[“"「].*[”"」]$/.test(sentence.text) &&
    next !== undefined &&
    next.paragraph === sentence.paragraph &&
    RESIDENT.test(next.text)
  );
}

/** Who speaks, told right after the quote: a resident, not an official. */
const RESIDENT =
  /^[^，,。]{0,12}(?:家住|住在|市民|居民|村民|[\u4e00-\u9fff](?:女士|先生|大爷|大妈|阿姨))/;

/**
 * Whether a sentence lies in the scope of a plan statement: the document's title, a heading above it,
 * or an earlier sentence opening its paragraph (发展目标提到,…到2035年,…。研究型大学数量不少于9所).
 */
function inPlanScope(
  sentences: readonly Sentence[],
  index: number,
  options: ExtractFiguresOptions,
): boolean {
  const sentence = sentences[index]!;
  const year = options.documentYear;
  if (options.title && isPlanStatement(options.title, year)) return true;
  if (sentence.headings.some((h) => isPlanStatement(h, year))) return true;
  if (sentence.indexInParagraph === 0) return false;
  const opening = sentences[index - sentence.indexInParagraph];
  return (
    opening !== undefined &&
    opening.paragraph === sentence.paragraph &&
    isPlanOpening(opening.text, year)
  );
}

/** The texts of the sentences of a sentence's paragraph before it. */
function paragraphBefore(sentences: readonly Sentence[], index: number): string[] {
  const sentence = sentences[index]!;
  return sentences
    .slice(index - sentence.indexInParagraph, index)
    .filter((s) => s.paragraph === sentence.paragraph)
    .map((s) => s.text);
}

/** The texts of the sentences of a sentence's paragraph after it. */
function paragraphAfter(sentences: readonly Sentence[], index: number): string[] {
  const paragraph = sentences[index]!.paragraph;
  const after: string[] = [];
  for (const s of sentences.slice(index + 1)) {
    if (s.paragraph !== paragraph) break;
    after.push(s.text);
  }
  return after;
}

/**
 * Finds the figures of a document: every number with a unit or measure word outside unreadable
 * spans, with a label, actual-vs-target status and year. Linking to places happens later.
 *
 * @example
 * extractFigures(splitSentences('能源谷里,213家规上先进能源企业集聚发展。'), { documentYear: 2023 })[0].label_zh
 * // '规上先进能源企业'
 */
/** A sentence that breaks down the total the sentence before gives (…28个计划开工项目…。其中,甲类项目5个). */
const BREAKDOWN = /^\s*其中/;
/** What is done already, told in the number's own clause (其中已开工3个): not part of a plan. */
const DONE_IN_CLAUSE = /已|累计|完成了|建成了/;

/**
 * True when the sentence at `index` opens with 其中, or goes on after a semicolon from one that does,
 * and the last figure of the sentence before, in the same paragraph, is a target: the parts of a planned total are planned too, unless the number's
 * own clause says they are done already.
 */
function breaksDownPlannedTotal(
  sentences: readonly Sentence[],
  index: number,
  lastFigure: ReadonlyMap<Sentence, FigureCandidate>,
  textBefore: string,
): boolean {
  const sentence = sentences[index]!;
  let first = index;
  while (
    first > 0 &&
    sentences[first - 1]!.paragraph === sentence.paragraph &&
    /[；;]\s*$/.test(sentences[first - 1]!.text)
  )
    first--;
  const previous = sentences[first - 1];
  if (!BREAKDOWN.test(sentences[first]!.text) || previous?.paragraph !== sentence.paragraph)
    return false;
  const total = lastFigure.get(previous);
  const ownClause = textBefore.slice(textBefore.search(/[^，,；;。]*$/));
  return total?.status === 'target' && !DONE_IN_CLAUSE.test(ownClause);
}

export function extractFigures(
  sentences: readonly Sentence[],
  options: ExtractFiguresOptions,
): FigureCandidate[] {
  const figures: FigureCandidate[] = [];
  /** The last figure read in each sentence, for the parts a later sentence breaks it into. */
  const lastFigure = new Map<Sentence, FigureCandidate>();
  const approvedWorks =
    tellsApprovedWorks(options.title ?? '', true) ||
    sentences.some((s) => tellsApprovedWorks(s.text, s.isHeading));
  const paragraphs = new Map<number, string>();
  for (const s of sentences)
    paragraphs.set(s.paragraph, (paragraphs.get(s.paragraph) ?? '') + s.text);
  sentences.forEach((sentence, index) => {
    if (isResidentsWords(sentence, sentences[index + 1]) || isPageControls(sentence)) return;
    if (FEED_HEADLINE.test(paragraphs.get(sentence.paragraph) ?? '')) return;
    const planScope = inPlanScope(sentences, index, options);
    const quantities = findQuantities(sentence.text).sort((a, b) => a.start - b.start);
    const labels = seriesLabels(sentence.text, quantities);
    quantities.forEach((quantity, q) => {
      const near = sentence.text.slice(Math.max(0, quantity.start - 2), quantity.end + 1);
      if (near.includes(UNREADABLE)) return;
      let label = labels[q]!;
      if (label.length < 2 && sentence.isHeading) label = captionLabel(sentences, index);
      label = withoutDanglingWord(label.replace(SPAM_MARKS, ''));
      if (quantity.unit === 'count') label = ONE_CHARACTER_THINGS.get(label) ?? label;
      if (label.length < 2 || STOP_LABEL.test(label)) return;
      if (
        quantity.unit === 'km' &&
        (DISTANCE.test(sentence.text.slice(0, quantity.start)) ||
          DISTANCE_AFTER.test(sentence.text.slice(quantity.end)))
      )
        return;
      if (isListLength(sentence.text, quantity.start, label)) return;
      if (ONE_OF.test(sentence.text.slice(quantity.end))) return;
      const textBefore = sentence.text.slice(0, quantity.start);
      const before = paragraphBefore(sentences, index);
      const read = classifyFigureStatus(
        sentence.text,
        quantity.start,
        sentence.section,
        planScope,
        options.documentYear,
      );
      let status: FigureStatus =
        read === 'target' ||
        (quantity.unit === 'CNY' && isPlannedInvestment(before.join('') + textBefore))
          ? 'target'
          : ((['m2', 'ha', 'mu', 'count', 'km'].includes(quantity.unit)
              ? floorAreaStatus({
                  before: textBefore,
                  after: sentence.text.slice(quantity.end),
                  counted: sentence.text.slice(quantity.start, quantity.end),
                  sentencesBefore: before,
                  sentencesAfter: paragraphAfter(sentences, index),
                  title: options.title ?? '',
                  approvedWorks,
                })
              : null) ?? read);
      if (sentence.isHeading && isHeadlineGoal(sentence.text, quantity.start)) status = 'target';
      if (breaksDownPlannedTotal(sentences, index, lastFigure, textBefore)) status = 'target';
      const sectionYear = /(20\d\d)年/.exec(sentence.section)?.[1];
      const year = classifyYear(sentence.text, quantity.start, {
        documentYear: options.documentYear,
        sectionYear: sectionYear ? Number(sectionYear) : null,
        status,
      });
      const figure = { ...quantity, sentence, label_zh: label, status, year };
      figures.push(figure);
      lastFigure.set(sentence, figure);
    });
  });
  return figures;
}
