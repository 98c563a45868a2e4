import { describe, expect, it } from 'vitest';
import { restoreSwappedWords } from './restore-swapped-words';

describe('restoreSwappedWords', () => {
  it('puts back the word a known name says a brand token stands for, at every occurrence', () => {
    const result = restoreSwappedWords(
      '怀柔明升体育app城将新增道路,服务大明升体育app装置。甲乙明升体育app家到访。',
    );
    expect(result.text).toBe('怀柔科学城将新增道路,服务大科学装置。甲乙科学家到访。');
    expect(result.repairs.map((r) => [r.kind, r.before, r.after])).toEqual([
      ['spam', '明升体育app', '科学'],
      ['spam', '明升体育app', '科学'],
      ['spam', '明升体育app', '科学'],
    ]);
    expect(result.repairs[0]!.span).toEqual([2, 9]);
  });

  it('needs two witnesses for a bare "app" and leaves an app that no known name explains', () => {
    expect(restoreSwappedWords('怀柔app城将新增道路,怀柔app城核心区。').text).toBe(
      '怀柔科学城将新增道路,怀柔科学城核心区。',
    );
    expect(restoreSwappedWords('怀柔app城将新增道路。').text).toBe('怀柔app城将新增道路。');
    expect(restoreSwappedWords('下载北京通app办理,北京通app可查询。').repairs).toEqual([]);
  });

  it('leaves a brand token that no known name witnesses (a site name in a credit line)', () => {
    const text = '微信公众号、明升头条号等新媒体平台,转载请联系授权。';
    expect(restoreSwappedWords(text)).toMatchObject({ text, repairs: [] });
  });
});
