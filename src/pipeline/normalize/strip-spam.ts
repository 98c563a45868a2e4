import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

/**
 * Gambling and promotion tokens that scrapers and content farms inject into news text. A Latin prefix
 * glued to the token (the "ag" of "ag百家乐") goes with it.
 */
const SPAM =
  /[A-Za-z0-9]{0,6}(?:百家乐|博彩|赌场|六合彩|时时彩|真人娱乐|澳门葡京|新葡京|网上赌博|棋牌平台|彩票平台|娱乐城|老虎机|体育投注)(?:平台|官网|网址|娱乐)?/g;

/**
 * Removes injected spam tokens.
 *
 * @example
 * stripSpam('储能等赛道,ag百家乐规律推动').text // '储能等赛道,规律推动'
 */
export function stripSpam(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  for (const match of text.matchAll(SPAM)) {
    const start = match.index;
    const end = start + match[0].length;
    edits.push({ start, end, replacement: '' });
    repairs.push({ kind: 'spam', span: [start, end], before: match[0], after: '' });
  }
  return { ...applyEdits(text, edits), repairs };
}
