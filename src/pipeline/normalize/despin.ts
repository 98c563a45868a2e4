import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';
import { SPIN_DICTIONARY, type SpinEntry } from './spin-dictionary';

/** Options of {@link despin}. */
export interface DespinOptions {
  /** Distinct signature substitutions needed before a document counts as spun (default 4). */
  minSignatures?: number;
  dictionary?: readonly SpinEntry[];
}

/** Distinct signature forms present in a text. */
export function findSpinSignatures(text: string, dictionary = SPIN_DICTIONARY): string[] {
  return dictionary.filter((e) => e.signature && text.includes(e.spun)).map((e) => e.spun);
}

/**
 * Restores the original words of synonym-spun text. A text is treated as spun by one spinner only when
 * several distinct signature substitutions of that spinner's family co-occur, and only that family's
 * entries are applied; ordinary text is returned unchanged.
 *
 * @example
 * despin('人命谷聚焦扩容,改日3至5年新增约500万往常米,东谈主才技俩竖立').text
 * // '生命谷聚焦扩容,未来3至5年新增约500万平方米,人才项目建设'
 */
export function despin(text: string, options: DespinOptions = {}): NormalizeResult {
  const dictionary = options.dictionary ?? SPIN_DICTIONARY;
  const spun = new Set(
    (['homophone', 'synonym'] as const).filter(
      (family) =>
        findSpinSignatures(
          text,
          dictionary.filter((e) => e.family === family),
        ).length >= (options.minSignatures ?? 4),
    ),
  );
  if (spun.size === 0) return { ...applyEdits(text, []), repairs: [] };
  const byFirst = new Map<string, SpinEntry[]>();
  for (const e of dictionary.filter((entry) => spun.has(entry.family)))
    byFirst.set(e.spun[0]!, [...(byFirst.get(e.spun[0]!) ?? []), e]);
  const edits: TextEdit[] = [];
  const repairs: Repair[] = [];
  for (let i = 0; i < text.length; i++) {
    const entry = byFirst.get(text[i]!)?.find((e) => text.startsWith(e.spun, i));
    if (!entry) continue;
    const end = i + entry.spun.length;
    edits.push({ start: i, end, replacement: entry.original });
    repairs.push({ kind: 'spin', span: [i, end], before: entry.spun, after: entry.original });
    i = end - 1;
  }
  return { ...applyEdits(text, edits), repairs };
}
