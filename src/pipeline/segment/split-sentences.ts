import type { Sentence } from '../types';

const SENTENCE_END = /[。！？!?；;]+[”’」』"]?/g;
const HEADING_MAX = 32;
const SECTION = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= HEADING_MAX && !/[。！？!?；;，,]$/.test(trimmed);
}

/**
 * Splits normalized text into paragraphs (lines) and sentences, and records for each paragraph the
 * heading lines directly above it: the context that "能源谷" in a heading gives to its paragraph.
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
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const offset = lineStart;
    lineStart += line.length + 1;
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
