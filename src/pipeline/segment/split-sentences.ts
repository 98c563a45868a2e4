import type { Sentence } from '../types';

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
function linesOf(text: string): { line: string; offset: number }[] {
  const lines: { line: string; offset: number }[] = [];
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
  for (const { line, offset } of linesOf(text)) {
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
