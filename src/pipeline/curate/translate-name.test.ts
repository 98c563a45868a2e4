import { describe, expect, it } from 'vitest';
import realGlossary from '../../../data/curation/glossary.json';
import type { Glossary } from './translate-label';
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

  it('puts the number of a thing numbered with 号 after its kind, names a bus route by its number, and numbers the parts of a phase', () => {
    const names = {
      terms: [],
      names: [...glossary.names, ['主场馆', 'Main Arena'], ['地块', 'Plot']],
    } as Glossary;
    expect(translateName('1号主场馆', names)).toBe('Main Arena 1');
    expect(translateName('5号线', names)).toBe('Line 5');
    expect(translateName('963路', names)).toBe('Bus Route 963');
    expect(translateName('公园963路', names)).toBe('Park 963 Road');
    expect(translateName('2号实验楼', names)).toBe('Laboratory Building 2');
    expect(translateName('公园二期(一)', names)).toBe('Park Phase II (Part 1)');
    expect(translateName('公园二期（二）地块', names)).toBe('Park Phase II (Part 2) Plot');
  });

  it('keeps articles lower-case inside a name', () => {
    expect(
      translateName('安立路提级', {
        terms: [],
        names: [
          ['安立路', 'Anli Road'],
          ['提级', 'Upgrade to an Expressway'],
        ],
      }),
    ).toBe('Anli Road Upgrade to an Expressway');
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

  it('keeps the case of units in a title (220 kV, 8 km)', () => {
    const units = {
      terms: [],
      names: [
        ['千伏变电站', 'kV Substation'],
        ['公里绿道', 'km Greenway'],
      ],
    } as Glossary;
    expect(translateName('220千伏变电站', units)).toBe('220 kV Substation');
    expect(translateName('8公里绿道', units)).toBe('8 km Greenway');
  });
});

describe('translateName with the curated glossary', () => {
  const curated = realGlossary as unknown as Glossary;

  it('gives the direction of a road or line extension in English, the road staying in pinyin', () => {
    expect(translateName('云西四路南延(京密路—水杨红街)', curated)).toBe(
      'Yunxisi Road Southern Extension (Jingmi Road – Shuiyanghong Street)',
    );
    expect(translateName('自行车专用路东拓工程', curated)).toBe(
      'Cycle Lane Eastern Extension Project',
    );
    expect(translateName('北苑东路', curated)).toBe('Beiyuan East Road');
  });

  it('writes company suffixes and kinds of firm as English does, a firm of its own name in pinyin', () => {
    expect(translateName('日照众邦电子有限公司', curated)).toBe(
      'Rizhao Zhongbang Electronics Co., Ltd.',
    );
    expect(translateName('九州通医药集团股份有限公司', curated)).toBe(
      'Jointown Pharmaceutical Group Co., Ltd.',
    );
  });

  it('names hospitals, schools and institutions by their English names and kinds', () => {
    expect(translateName('昌平区中西医结合医院', curated)).toBe(
      'Changping District Hospital of Integrated Traditional Chinese and Western Medicine',
    );
    expect(translateName('北京第二实验学校', curated)).toBe('Beijing No. 2 Experimental School');
    expect(translateName('中国科学院北京怀柔科教产业园', curated)).toBe(
      'Chinese Academy of Sciences Beijing Huairou Science and Education Industrial Park',
    );
  });

  it('translates the ordinary words of works and facilities, and keeps a unit with its number', () => {
    expect(translateName('回龙观公交保养场及场站工程', curated)).toBe(
      'Huilongguan Bus Depot and Terminal Project',
    );
    expect(translateName('京平高速', curated)).toBe('Beijing–Pinggu Expressway');
    expect(translateName('钢结构500千伏配电装置楼', curated)).toBe(
      'Steel-Structure 500-kV Switchgear Building',
    );
  });
});
