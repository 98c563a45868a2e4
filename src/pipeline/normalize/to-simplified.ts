import { Converter } from 'opencc-js/t2cn';
import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

let convert: ((text: string) => string) | null = null;
let convertTaiwan: ((text: string) => string) | null = null;

function t2s(text: string): string {
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert(text);
}

/**
 * The particle 着 as traditional text writes it, 著 (随著, 标志著, 著力), which OpenCC's standard table
 * leaves alone since 著 is also simplified (著名, 显著); its Taiwan phrase table tells the two apart.
 */
function restoreZhe(line: string, converted: string): string {
  if (!converted.includes('著')) return converted;
  convertTaiwan ??= Converter({ from: 'tw', to: 'cn' });
  const taiwan = convertTaiwan(line);
  if (taiwan.length !== converted.length) return converted;
  return [...converted].map((c, i) => (c === '著' && taiwan[i] === '着' ? '着' : c)).join('');
}

/** Share of characters that change under conversion above which a text counts as traditional. */
const TRADITIONAL_SHARE = 0.02;

/** Converts one line, falling back to character by character when a phrase changes length. */
function convertLine(line: string): string {
  const whole = t2s(line);
  if (whole.length === line.length) return restoreZhe(line, whole);
  return [...line].map((char) => (t2s(char).length === char.length ? t2s(char) : char)).join('');
}

/**
 * Converts traditional script to simplified with OpenCC, one character for one, so offsets stay put;
 * the particle 著 becomes 着 where it is one (随著 → 随着, not 著名).
 * Text that is already simplified (under 2 % of characters would change) is returned untouched.
 * Runs at build time only; the browser never loads OpenCC.
 *
 * @example
 * toSimplified('懷柔科學城').text // '怀柔科学城'
 */
export function toSimplified(text: string): NormalizeResult {
  const converted = text.split('\n').map(convertLine).join('\n');
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === converted[i]) continue;
    let end = i + 1;
    while (end < text.length && text[end] !== converted[end]) end++;
    const before = text.slice(i, end);
    const after = converted.slice(i, end);
    edits.push({ start: i, end, replacement: after });
    repairs.push({ kind: 'script', span: [i, end], before, after });
    i = end - 1;
  }
  const changed = repairs.reduce((sum, r) => sum + r.before.length, 0);
  if (han === 0 || changed / han < TRADITIONAL_SHARE)
    return { ...applyEdits(text, []), repairs: [] };
  return { ...applyEdits(text, edits), repairs };
}
