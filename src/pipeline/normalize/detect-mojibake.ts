import type { NormalizeResult, Repair } from '../types';
import { gbkCode, isCommonGbCode } from './gbk-table';
import { identityMap } from './offset-map';

const ANCHOR = /[?\ufffd]/g;
const HAN = /[\u3400-\u9fff\uff01-\uff5e\u2460-\u24ff\u2500-\u257f]/;
const MAX_REACH = 40;
/** Consistent shifted pairs needed before a run counts as garbage. */
const MIN_EVIDENCE = 2;

/** Score of the byte pair straddling characters a|b when the GBK stream is read one byte off. */
function shiftedScore(left: string, right: string): number {
  const a = gbkCode(left);
  const b = gbkCode(right);
  if (a === undefined || b === undefined) return -2;
  return isCommonGbCode(((a & 0xff) << 8) | (b >> 8)) ? 1 : -1.5;
}

/** How far garbage reaches from `from` in direction `step`, by the best running shifted score. */
function reach(text: string, from: number, step: 1 | -1): number {
  let best = MIN_EVIDENCE - 0.5;
  let bestAt = from;
  let score = 0;
  let ascii = 0;
  for (let k = 1; k <= MAX_REACH; k++) {
    const i = from + step * k;
    const char = text[i];
    if (char === undefined) break;
    ascii = /[0-9A-Za-z!]/.test(char) ? ascii + 1 : 0;
    if (ascii > 2 || !(HAN.test(char) || ascii > 0)) break;
    const prev = text[i - step] ?? '';
    if (k > 1 && ascii === 0 && !/[0-9A-Za-z!?\ufffd]/.test(prev)) {
      score += step === 1 ? shiftedScore(prev, char) : shiftedScore(char, prev);
    }
    if (score > best) {
      best = score;
      bestAt = i;
    }
  }
  return bestAt;
}

/** A question word in the clause before a "?" makes it a question mark typed in ASCII, not a lost character. */
const QUESTION = /(呢|吗|么|吧|什么|怎样|怎么|如何|哪|谁|多少|为何|是否)[^。！？!?；;，,：:]*$/;

function isQuestionMark(text: string, at: number): boolean {
  return text[at] === '?' && QUESTION.test(text.slice(Math.max(0, at - 40), at));
}

function isAnchor(text: string, at: number): boolean {
  if (text[at] === '\ufffd') return true;
  if (isQuestionMark(text, at)) return false;
  if (/^[\s”」"]?$/.test(text[at + 1] ?? '') && text[at - 1] !== '?') return false;
  const near = text.slice(Math.max(0, at - 2), at + 3);
  return HAN.test(near);
}

/**
 * Finds mojibake: a lost character ("?" among Chinese characters, or U+FFFD) and the run of
 * characters after it that read as common text once their GBK bytes are shifted by one (a dropped
 * byte misaligns every following pair, so the damage starts at the lost character). The run is
 * replaced by U+FFFD (same length, so offsets do not move) and reported, so no figure is read from it.
 *
 * @example
 * detectMojibake('余味成花?!安⑵桨病敝卣诎压爬系淖8?,一笔').repairs[0].span // [4, 19]
 */
export function detectMojibake(text: string): NormalizeResult {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(ANCHOR)) {
    const at = match.index;
    if (!isAnchor(text, at)) continue;
    const start = at;
    const end = reach(text, at, 1) + 1;
    const last = spans[spans.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  const repairs: Repair[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    const before = text.slice(start, end);
    const after = '\ufffd'.repeat(end - start);
    parts.push(text.slice(at, start), after);
    at = end;
    repairs.push({ kind: 'mojibake', span: [start, end], before, after });
  }
  parts.push(text.slice(at));
  const out = parts.join('');
  return { text: out, repairs, map: identityMap(out.length) };
}
