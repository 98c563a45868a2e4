import type { NormalizeResult } from '../types';
import type { TextEdit } from './offset-map';
import { removedAsSpam } from './strip-spam';

/**
 * A forum's anti-copy noise (a "jammer"): runs of short random ASCII tokens a board inserts between
 * the lines of a post when it is copied (6 D S I4 w' N0 Y& {3 f7 e$ ~. E). Five tokens or more of one
 * to three printable characters, single-spaced, standing apart from other Latin text.
 */
const RUN = /(?<![!-~])(?:[!-~]{1,3} ){4,}[!-~]{1,3}(?![!-~])/g;
/** Punctuation that words, numbers and dates rarely carry, but the noise does in most of its tokens. */
const NOISE_MARK = /[$&%()*?!:;,`'"[\]{}\\|~^#@+=]/g;

/**
 * Removes a forum's anti-copy noise from a post copied with it, with the space that follows each run,
 * so that figures, labels and quotes read as the post wrote them. A run counts only when its tokens
 * carry three kinds of punctuation at least that no word or number does (J&, c(, e$; a bracket pair
 * is one kind), so that a row of initials, numbers or lettered options ((A) (B) (C)) is left alone.
 * Each run removed is recorded as spam.
 *
 * @example
 * stripJammer("6 D S I4 w' N0 Y& {3 f7 e$ ~. E\n昌平东南部").text // '\n昌平东南部'
 */
export function stripJammer(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  for (const m of text.matchAll(RUN)) {
    const kinds = new Set([...m[0].matchAll(NOISE_MARK)].map((mark) => mark[0].replace(')', '(')));
    if (kinds.size < 3) continue;
    const end = m.index + m[0].length + (text[m.index + m[0].length] === ' ' ? 1 : 0);
    edits.push({ start: m.index, end, replacement: '' });
  }
  return removedAsSpam(text, edits);
}
