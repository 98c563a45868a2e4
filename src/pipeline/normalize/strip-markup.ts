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

const MARKUP = /<\/?[a-zA-Z][^<>]{0,200}>|&(?:nbsp|amp|lt|gt|quot|#39|ldquo|rdquo);|\\(["'])/g;

/**
 * Removes HTML tags, decodes the common entities and unescapes backslash-escaped quotes left by
 * scrapers (`\"`).
 *
 * @example
 * stripMarkup('主题为\\"锚定\\"<br/>').text // '主题为"锚定"'
 */
export function stripMarkup(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  for (const match of text.matchAll(MARKUP)) {
    const raw = match[0];
    const replacement = match[1] ?? ENTITIES[raw] ?? '';
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
