import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

/**
 * Gambling and promotion tokens that scrapers and content farms inject into news text. A Latin prefix
 * glued to the token (the "ag" of "ag百家乐") goes with it.
 */
const SPAM =
  /[A-Za-z0-9]{0,6}(?:澳门)?(?:百家乐|博彩|赌场|赌博|六合彩|时时彩|真人娱乐|澳门葡京|新葡京|网上赌博|棋牌平台|彩票平台|娱乐城|老虎机|体育投注)(?:平台|官网|网址|娱乐)?/g;
/** Sales talk that, next to a spam token, marks the whole sentence as an advert. */
const PROMOTION =
  /注册|开户|充值|下注|投注|返水|彩金|日赚|赢取|奖金|体验金|首存|官网|网址|在线|稳赚|提现|送\d/g;
/** A sentence or line: the unit an advert occupies. */
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

/** Spam edits inside one sentence: the whole sentence when it is an advert, else just the tokens. */
function spamEdits(sentence: string, offset: number): TextEdit[] {
  const tokens = [...sentence.matchAll(SPAM)];
  if (tokens.length === 0) return [];
  const promotion = sentence.match(PROMOTION)?.length ?? 0;
  if (tokens.length + promotion >= 2) {
    return [{ start: offset, end: offset + sentence.length, replacement: '' }];
  }
  return tokens.map((t) => ({
    start: offset + t.index,
    end: offset + t.index + t[0].length,
    replacement: '',
  }));
}

/**
 * Removes injected spam: a lone token inside a real sentence goes alone, while a sentence with two
 * spam tokens, or a token plus sales talk (注册, 日赚, 奖金…), is an advert and goes whole, so none of
 * its numbers become figures.
 *
 * @example
 * stripSpam('储能等赛道,ag百家乐规律推动').text // '储能等赛道,规律推动'
 * stripSpam('澳门赌场注册送88元\n能源谷').text // '\n能源谷'
 */
export function stripSpam(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    edits.push(...spamEdits(sentence[0], sentence.index));
  }
  const repairs: Repair[] = edits.map(({ start, end }) => ({
    kind: 'spam',
    span: [start, end],
    before: text.slice(start, end),
    after: '',
  }));
  return { ...applyEdits(text, edits), repairs };
}
