import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences';
import { extractFigures } from './extract-figures';

const statuses = (text: string, options: { documentYear: number; title?: string }) =>
  extractFigures(splitSentences(text), options).map((f) => [f.value, f.status]);

describe('extractFigures: plan scope', () => {
  it('reads the figures under a plan title as targets, and what has been done as actuals', () => {
    const text = '其中,甲类项目共安排7个。乙路全长约0.8公里。甲园区已入驻14家企业。';
    const title = '甲区2022年30项重大项目建设计划出炉';
    expect(statuses(text, { documentYear: 2022, title })).toEqual([
      [7, 'target'],
      [0.8, 'target'],
      [14, 'actual'],
    ]);
    expect(statuses(text, { documentYear: 2022, title: '甲区项目建设进展' })).toEqual([
      [7, 'actual'],
      [0.8, 'actual'],
      [14, 'actual'],
    ]);
  });

  it('reads the figures after a paragraph opening that sets goals as targets', () => {
    const text =
      '发展目标提到,甲园区到2035年,建成创新高地。甲园区研究型大学数量达到9所,领军人才数量突破300人。\n乙园区研究型大学数量达到5所。';
    expect(statuses(text, { documentYear: 2019 })).toEqual([
      [9, 'target'],
      [300, 'target'],
      [5, 'actual'],
    ]);
  });
});
