import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

const ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&ldquo;': '“',
  '&rdquo;': '”',
};

/** Elements whose content is code or styling, never document text. */
const CODE_ELEMENT =
  /<(script|style|noscript|template|iframe|object|svg)\b[^>]{0,1000}>[\s\S]*?(?:<\/\1\s*>|$)/;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<![a-zA-Z][^<>]{0,200}>/;
/** A tag; quoted attribute values may contain `>` (`onerror="a>b"`). */
const TAG =
  /<\/?[a-zA-Z][^<>"']{0,1000}(?:(?:"[^"]{0,1000}"|'[^']{0,1000}')[^<>"']{0,1000}){0,50}>/;
/** Tags that end a line of text in a browser; they become a line break, so a title stays a heading. */
const BLOCK =
  /^<\/?(?:address|article|aside|blockquote|body|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|table|td|th|title|tr|ul)\b/i;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39|ldquo|rdquo);/;
const ESCAPED_QUOTE = /\\(["'])/;

const MARKUP = new RegExp(
  [CODE_ELEMENT, COMMENT, TAG, ENTITY, ESCAPED_QUOTE].map((r) => r.source).join('|'),
  'gi',
);

/**
 * Removes HTML markup: tags with their attributes (event handlers, `javascript:` links; a block tag
 * such as `<p>` or `<br>` leaves a line break), comments, and
 * whole `<script>`/`<style>` elements with their code (an unclosed one runs to the end, as in a
 * browser); decodes the common entities and unescapes backslash-escaped quotes left by scrapers (`\"`).
 *
 * @example
 * stripMarkup('主题为\\"锚定\\"<br/>').text // '主题为"锚定"\n'
 * stripMarkup('<script>alert(1)</script>能源谷').text // '能源谷'
 */
export function stripMarkup(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  for (const match of text.matchAll(MARKUP)) {
    const raw = match[0];
    const replacement = match[2] ?? ENTITIES[raw.toLowerCase()] ?? (BLOCK.test(raw) ? '\n' : '');
    const start = match.index;
    edits.push({ start, end: start + raw.length, replacement });
    repairs.push({
      kind: 'markup',
      span: [start, start + raw.length],
      before: raw,
      after: replacement,
    });
  }
  return { ...applyEdits(text, edits), repairs };
}
