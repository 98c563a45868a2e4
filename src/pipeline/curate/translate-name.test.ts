import { describe, expect, it } from 'vitest';
import { translateName } from './translate-name';

const glossary = {
  terms: [
    ['公园', 'parks'],
    ['北京', 'Beijing'],
  ] as [string, string][],
  names: [
    ['项目', 'Project'],
    ['公园', 'Park'],
    ['路', 'Road'],
    ['二期', 'Phase II'],
    ['和', 'and'],
    ['实验楼', 'Laboratory Building'],
  ] as [string, string][],
};

describe('translateName', () => {
  it('romanizes the proper names the glossary does not know, in words of two syllables', () => {
    expect(translateName('梧桐星辰项目', glossary)).toBe('Wutong Xingchen Project');
    expect(translateName('杨雁路', glossary)).toBe('Yangyan Road');
  });

  it('prefers the words of names over the words of labels, in title case', () => {
    expect(translateName('北京奥北公园二期', glossary)).toBe('Beijing Aobei Park Phase II');
    expect(translateName('甲实验楼和乙实验楼', glossary)).toBe(
      'Jia Laboratory Building and Yi Laboratory Building',
    );
  });

  it('keeps Latin letters, numbers, quotes and brackets, and names plots by their letter', () => {
    expect(translateName('小米“灯塔工厂”', { terms: [['小米', 'Xiaomi']] })).toBe(
      "Xiaomi 'Dengta Gongchang'",
    );
    expect(translateName('怀柔区“7.16”水毁项目', glossary)).toBe(
      "Huairouqu '7.16' Shuihui Project",
    );
    expect(translateName('城市客厅B地块', glossary)).toBe('Chengshi Keting Plot B');
    expect(translateName('杨雁路(甲路——乙路)', glossary)).toBe('Yangyan Road (Jia Road – Yi Road)');
  });
});
