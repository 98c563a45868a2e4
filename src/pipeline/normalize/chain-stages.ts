import type { Repair } from '../types';
import type { NormalizeResult } from '../types';
import { composeMaps, identityMap, mapSpan, type OffsetMap } from './offset-map';

/** A normalize stage: text in, `{ text, repairs, map }` out. */
export type NormalizeStage = (text: string) => NormalizeResult;

/** The result of a chain of stages, with repairs and the map expressed in original offsets. */
export interface ChainResult {
  text: string;
  map: OffsetMap;
  repairs: Repair[];
}

/**
 * Runs normalize stages one after another, composing their offset maps so that every position of the
 * final text, and every repair, points into the original text.
 *
 * @example
 * chainStages('區(qū)', [stripPinyin]).repairs[0].span // [1, 5]
 */
export function chainStages(original: string, stages: readonly NormalizeStage[]): ChainResult {
  let text = original;
  let map = identityMap(original.length);
  const repairs: Repair[] = [];
  for (const stage of stages) {
    const result = stage(text);
    for (const repair of result.repairs)
      repairs.push({ ...repair, span: mapSpan(map, repair.span) });
    if (result.repairs.length > 0) map = composeMaps(map, result.map);
    text = result.text;
  }
  return { text, map, repairs };
}
