import type { NormalizeResult, Repair } from '../types';
import { identityMap } from './offset-map';

/** A UTF-8 continuation byte (0x80–0xBF) as Latin-1 or Windows-1252 shows it. */
const CONT =
  '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
/** A Chinese character or full-width sign: lead byte 0xE0–0xEF, then two continuation bytes. */
const WIDE = `[\\u00e0-\\u00ef]${CONT}{2}`;
const NARROW = `[\\u00c2-\\u00df]${CONT}`;
/**
 * A run of misread characters, with the ASCII and stray Latin-1 between them and the ASCII right
 * after the last one (the digits of "213å®¶" must go with the garbage around them).
 */
const RUN = new RegExp(
  `(?:${WIDE}|${NARROW})(?:[ -~\\u00a0-\\u00ff]{0,16}?(?:${WIDE}|${NARROW}))*[!-~]*`,
  'g',
);
const WIDE_ONLY = new RegExp(WIDE, 'g');
/** Misread Chinese characters needed before a run counts as garbage. */
const MIN_EVIDENCE = 2;

/**
 * Finds UTF-8 text that was once decoded as Latin-1 or Windows-1252 and saved again ("未来" →
 * "æœªæ¥"). Each run is replaced by U+FFFD (same length, so offsets do not move) and reported as
 * mojibake, so no figure is read from it.
 *
 * @example
 * detectLatin1Mojibake('æœªæ¥213å®¶').repairs[0].span // [0, 11]
 */
export function detectLatin1Mojibake(text: string): NormalizeResult {
  const repairs: Repair[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    if ((match[0].match(WIDE_ONLY)?.length ?? 0) < MIN_EVIDENCE) continue;
    const start = match.index;
    const end = start + match[0].length;
    const after = '\ufffd'.repeat(end - start);
    parts.push(text.slice(at, start), after);
    at = end;
    repairs.push({ kind: 'mojibake', span: [start, end], before: match[0], after });
  }
  if (repairs.length === 0) return { text, repairs, map: identityMap(text.length) };
  parts.push(text.slice(at));
  return { text: parts.join(''), repairs, map: identityMap(text.length) };
}
