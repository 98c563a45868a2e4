import { describe, expect, it } from 'vitest';
import { groupRepairs, passageRepairs, repairLabel, splitAtSpan } from './source-passage';
import { documentEntry } from './test/facts';

describe('splitAtSpan', () => {
  it('cuts the text into before, mark and after', () => {
    expect(splitAtSpan('甲乙丙丁', [1, 3])).toEqual({
      before: '甲',
      mark: '乙丙',
      after: '丁',
      inRange: true,
    });
  });

  it('handles spans at the very start and end', () => {
    expect(splitAtSpan('甲乙', [0, 2])).toEqual({
      before: '',
      mark: '甲乙',
      after: '',
      inRange: true,
    });
  });

  it('marks nothing for a span outside the text or reversed', () => {
    expect(splitAtSpan('甲乙', [1, 5])).toEqual({
      before: '甲乙',
      mark: '',
      after: '',
      inRange: false,
    });
    expect(splitAtSpan('甲乙', [2, 1]).inRange).toBe(false);
    expect(splitAtSpan('甲乙', [-1, 1]).inRange).toBe(false);
  });

  it('keeps markup-like text as plain text', () => {
    expect(splitAtSpan('a<b>c', [1, 4]).mark).toBe('<b>');
  });
});

describe('passageRepairs', () => {
  const doc = documentEntry({
    id: '001',
    repairs: {
      pinyinGlosses: 2,
      traditionalChars: 0,
      spunWords: 1,
      spamRemoved: 0,
      markupRemoved: 0,
      unreadable: [
        [50, 60],
        [500, 520],
      ],
      details: [
        { kind: 'spin', span: [150, 152], before: '能量', after: '能源' },
        { kind: 'pinyin', span: [95, 110], before: '谷(gǔ)', after: '谷' },
        { kind: 'pinyin', span: [300, 310], before: 'x', after: 'y' },
      ],
    },
  });

  it('lists the repairs overlapping the passage in text order', () => {
    const repairs = passageRepairs(doc, [100, 200]);
    expect(repairs.details.map((d) => d.kind)).toEqual(['pinyin', 'spin']);
    expect(repairs.hasDetails).toBe(true);
  });

  it('lists unreadable ranges near the passage only', () => {
    expect(passageRepairs(doc, [100, 200], 60).unreadable).toEqual([[50, 60]]);
    expect(passageRepairs(doc, [100, 200], 10).unreadable).toEqual([]);
  });

  it('gives whole-document counts for documents without details', () => {
    const plain = documentEntry({ id: '002', repairs: { ...doc.repairs, details: undefined } });
    const repairs = passageRepairs(plain, [100, 200]);
    expect(repairs.hasDetails).toBe(false);
    expect(repairs.details).toEqual([]);
    expect(repairs.counts).toEqual([
      { kind: 'pinyin', count: 2 },
      { kind: 'spin', count: 1 },
    ]);
  });
});

describe('repairLabel', () => {
  it('names repair kinds in both languages', () => {
    expect(repairLabel('pinyin', 'en')).toBe('pinyin gloss removed');
    expect(repairLabel('script', 'zh')).toBe('繁体转为简体');
  });
});

describe('groupRepairs', () => {
  it('groups by kind in order of first appearance and keeps a few examples', () => {
    const pinyin = (start: number) => ({
      kind: 'pinyin' as const,
      span: [start, start + 4] as [number, number],
      before: '(qū)',
      after: '',
    });
    const spin = {
      kind: 'spin' as const,
      span: [5, 7] as [number, number],
      before: '东谈主',
      after: '人',
    };
    const groups = groupRepairs([pinyin(0), spin, pinyin(10), pinyin(20)], 2);
    expect(groups.map((g) => [g.kind, g.count, g.examples.length])).toEqual([
      ['pinyin', 3, 2],
      ['spin', 1, 1],
    ]);
    expect(groups[0]?.examples[1]?.span).toEqual([10, 14]);
  });
});
