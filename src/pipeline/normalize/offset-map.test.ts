import { describe, expect, it } from 'vitest';
import { chainStages } from './chain-stages';
import { applyEdits, mapSpan } from './offset-map';
import { stripPinyin } from './strip-pinyin';
import { despin } from './despin';
import { toSimplified } from './to-simplified';

describe('offset maps', () => {
  it('maps replaced text back to the whole original range', () => {
    const { text, map } = applyEdits('东谈主才', [{ start: 0, end: 3, replacement: '人' }]);
    expect(text).toBe('人才');
    expect(mapSpan(map, [0, 2])).toEqual([0, 4]);
    expect(mapSpan(map, [1, 2])).toEqual([3, 4]);
  });

  it('composes maps across stages so spans index the original', () => {
    const original = '懷柔區(qū)科學城(chéng)37個科學設施';
    const result = chainStages(original, [stripPinyin, toSimplified]);
    expect(result.text).toBe('怀柔区科学城37个科学设施');
    const at = result.text.indexOf('37个');
    const [start, end] = mapSpan(result.map, [at, at + 3]);
    expect(original.slice(start, end)).toBe('37個');
    expect(
      result.repairs.filter((r) => r.kind === 'pinyin').map((r) => original.slice(...r.span)),
    ).toEqual(['(qū)', '(chéng)']);
  });

  it('leaves ordinary text and its input untouched', () => {
    const input = '生命谷昌平国家实验室开工建设,改日再议。';
    const copy = input.slice();
    const result = despin(input);
    expect(result.text).toBe(input);
    expect(result.repairs).toEqual([]);
    expect(input).toBe(copy);
  });
});
