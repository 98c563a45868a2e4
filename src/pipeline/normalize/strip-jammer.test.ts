import { describe, expect, it } from 'vitest';
import { stripJammer } from './strip-jammer';

describe('stripJammer', () => {
  it("removes a forum's anti-copy noise before, between and after the lines of a post", () => {
    const text =
      '6 D S I4 w\' N0 Y& {3 f7 e$ ~. E\n; u+ [/ K) Z. M% x五千科研人员年底入驻\n甲城道路上 % m2 U. \\+ j$ p5 U\n& C- j2 c7 v) @2 P8 ]" l 定泗路两侧,一座占地10平方公里的新城';
    const result = stripJammer(text);
    expect(result.text).toBe(
      '\n五千科研人员年底入驻\n甲城道路上 \n定泗路两侧,一座占地10平方公里的新城',
    );
    expect(result.repairs.every((r) => r.kind === 'spam' && r.after === '')).toBe(true);
    expect(result.repairs).toHaveLength(4);
  });

  it('leaves initials, numbers, dates and addresses alone', () => {
    for (const text of [
      '甲 A B C D E 乙',
      '1 2 3 4 5 6',
      '2013-10-6 09:53 编辑',
      'http://example.com/a/b 1 2',
      '(A) (B) (C) (D) (E)',
    ])
      expect(stripJammer(text).text).toBe(text);
  });
});
