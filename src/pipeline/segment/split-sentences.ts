import type { Sentence } from '../types';

/** A line of the text and where it starts. */
interface Line {
  line: string;
  offset: number;
}

const SENTENCE_END = /[。！？!?；;]+[”’」』"]?/g;
const HEADING_MAX = 32;
const SECTION = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/** Bullets of a summary written on one line (" - " items) and its reference marks ([2]). */
const BULLET = /\s+-\s+/g;
const BULLET_BREAK = /(?:\s*\[\d{1,2}\])+(?:\s+-\s+)?\s*|\s+-\s+/g;

/**
 * The lines of a text with their offsets. A line holding a bulleted summary (two or more " - "
 * items, as generated digests write them) counts as one line per item, and the text between a
 * reference mark and the next bullet (科技创新与研发实力) as a heading line of its own.
 */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if ((line.match(BULLET) ?? []).length < 2) lines.push({ line, offset });
    else {
      let from = 0;
      for (const m of line.matchAll(BULLET_BREAK)) {
        lines.push({ line: line.slice(from, m.index), offset: offset + from });
        from = m.index + m[0].length;
      }
      lines.push({ line: line.slice(from), offset: offset + from });
    }
    offset += line.length + 1;
  }
  return lines;
}

/** The end of a line that breaks a sentence off mid-way (…为了打通堵点,): the sentence goes on below. */
const OPEN_END = /[，,、]\s*$/;
const CLOSED_END = /[。！？!?；;][”’」』"]?\s*$/;

/**
 * Lines joined where a text wraps its sentences over short lines, as pages laid out for phones do
 * (为了打通堵点, / 辛庄桥以京藏高速为中心 / 向两侧延伸,东西长3.8公里、 / 南北长2.5公里,): a line that ends in a
 * comma goes on into the next, and so does every short line after it until the sentence closes. The
 * line break stays in the joined line, so offsets hold.
 */
function joinWrapped(lines: Line[]): Line[] {
  const joined: Line[] = [];
  let open = false;
  for (const current of lines) {
    const last = joined[joined.length - 1];
    const next = current.line.trim();
    const contiguous = last !== undefined && last.offset + last.line.length + 1 === current.offset;
    const continues =
      contiguous &&
      next !== '' &&
      (OPEN_END.test(last.line) ||
        (open && next.length <= HEADING_MAX && !CLOSED_END.test(last.line)));
    if (continues) {
      last.line = `${last.line}\n${current.line}`;
      open = !CLOSED_END.test(last.line);
    } else {
      joined.push({ ...current });
      open = false;
    }
  }
  return joined;
}

/** A line that opens the list of other stories a page shows under its own (相关阅读, 猜你喜欢). */
const FEED_MARKER =
  /^(?:相关阅读|相关新闻|相关推荐|相关报道|相关文章|相关链接|延伸阅读|推荐阅读|热门推荐|热点推荐|精彩推荐|猜你喜欢|更多新闻|往期回顾)[:：]?$/;
/**
 * A link to the page's previous or next story (上一篇:通州今年将办33项重要民生实事), or its credit line
 * (文章来源:…, 发布时间:…): not the story.
 */
const NEIGHBOUR_LINK =
  /^(?:上一篇|下一篇|上一条|下一条|文章来源|稿件来源|发布时间|发布日期|责任编辑)[:：]/;
/** A line long enough, and closed by 。, to be the story's own prose again after such a list. */
const PROSE_LINE = /^.{41,}$/;

/**
 * The lines of a text without the list of other stories a page shows under its own: from a line
 * 相关阅读 (or 相关新闻, 猜你喜欢…) on, the short lines that follow (headlines, their outlets and dates:
 * 北京集中开工160个重大项目,投资超2478亿元 / 央视新闻客户端 2024-03-15) are not the story, until a line of
 * prose closed by 。 comes back. A link to the previous or next story (上一篇:…) and a credit line
 * (文章来源:…) are not the story either.
 */
function withoutFeed(lines: Line[]): Line[] {
  const kept: Line[] = [];
  let feed = false;
  for (const entry of lines) {
    const line = entry.line.trim();
    if (FEED_MARKER.test(line)) feed = true;
    else if (feed && PROSE_LINE.test(line) && line.includes('。')) feed = false;
    if (!feed && !NEIGHBOUR_LINK.test(line)) kept.push(entry);
  }
  return kept;
}

/** A picture's caption (△ 小米智慧园区效果图): a heading line however long. */
const CAPTION = /^[△▲]/;

function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (CAPTION.test(trimmed) && trimmed.length <= 64) return true;
  return trimmed.length > 0 && trimmed.length <= HEADING_MAX && !/[。！？!?；;，,]$/.test(trimmed);
}

/**
 * Splits normalized text into paragraphs (lines) and sentences, and records for each paragraph the
 * heading lines directly above it: the context that "能源谷" in a heading gives to its paragraph. The
 * items of a bulleted summary on one line are paragraphs of their own.
 *
 * @example
 * splitSentences('能源谷\n企业213家。收入增长。').map((s) => s.text) // ['能源谷', '企业213家。', '收入增长。']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let headings: string[] = [];
  let section = '';
  let lastWasHeading = false;
  let paragraph = 0;
  for (const { line, offset } of joinWrapped(withoutFeed(linesOf(text)))) {
    if (line.trim() === '') continue;
    paragraph++;
    const heading = isHeadingLine(line);
    if (SECTION.test(line.trim()) && /^[一二三四五六七八九十]/.test(line.trim()))
      section = line.trim();
    let from = 0;
    let index = 0;
    const push = (to: number): void => {
      const raw = line.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body !== '') {
        const start = offset + from + lead;
        sentences.push({
          text: body,
          start,
          end: start + body.length,
          paragraph,
          indexInParagraph: index++,
          isHeading: heading,
          headings: heading ? [] : headings,
          section,
        });
      }
      from = to;
    };
    for (const match of line.matchAll(SENTENCE_END)) push(match.index + match[0].length);
    push(line.length);
    if (heading) headings = lastWasHeading ? [...headings.slice(-1), line.trim()] : [line.trim()];
    lastWasHeading = heading;
  }
  return sentences;
}
