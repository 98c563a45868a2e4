import { describe, expect, it } from 'vitest';
import { detectMojibake } from './detect-mojibake';

describe('detectMojibake', () => {
  it('finds a lost character and the shifted run after it', () => {
    expect(detectMojibake('余味成花?!安⑵桨病敝卣诎压爬系淖8?,一笔').repairs[0]?.span).toEqual([
      4, 19,
    ]);
  });

  it('reads a "?" after a question word in its clause as a question mark', () => {
    const text =
      '它是用来做什么的呢?在国际上达到了怎样的学科水平?栏目中快光场项目研究员进行了详细讲解。';
    expect(detectMojibake(text).repairs).toEqual([]);
  });
});
