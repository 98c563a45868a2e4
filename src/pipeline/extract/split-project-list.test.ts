import { describe, expect, it } from 'vitest';
import { cleanItem, splitProjectList } from './split-project-list';

const names = (text: string, kind = '', listed = false) =>
  splitProjectList(text, kind, listed ? { listed: true } : {}).map((i) => i.name);

describe('splitProjectList', () => {
  it('gives the facility kind after 的 only to owners, not to an item that is a facility itself', () => {
    expect(names('甲工程研究中心、美国乙', '企业的研发中心', true)).toEqual([
      '甲工程研究中心',
      '美国乙研发中心',
    ]);
    expect(names('国家电网、中国华能集团', '央企的研发基地', true)).toEqual([
      '国家电网研发基地',
      '中国华能集团研发基地',
    ]);
  });

  it('takes the facility after its owner (甲公司旗下乙产业园) for the name', () => {
    expect(cleanItem('昌发展旗下甲乙国际精准医学产业园')).toBe('甲乙国际精准医学产业园');
  });

  it('gives headless items the facility type the list names', () => {
    expect(names('鞍钢、武钢', '地块', true)).toEqual(['鞍钢地块', '武钢地块']);
    expect(names('保利、华润', '城市综合体', true)).toEqual(['保利城市综合体', '华润城市综合体']);
    expect(names('崔村工业区、水屯工业区', '地块', true)).toEqual(['崔村工业区', '水屯工业区']);
  });

  it('keeps the items of a list of projects as they are named', () => {
    expect(names('新生巢、飞镖国际、赛默飞', '国际化、专业化项目', true)).toEqual([
      '新生巢',
      '飞镖国际',
      '赛默飞',
    ]);
  });

  it('gives the items before the last the kind the last one ends in (A、B实验室)', () => {
    expect(names('量子物质、生物大分子实验室')).toEqual(['量子物质实验室', '生物大分子实验室']);
    expect(names('北京分子科学、介科学与过程仿真交叉研究平台')).toEqual([
      '北京分子科学交叉研究平台',
      '介科学与过程仿真交叉研究平台',
    ]);
    expect(names('文化、体育设施')).toEqual([]);
  });

  it('gives a facility kind after 的 to every owner listed before it', () => {
    expect(names('国家电网、中国华能、中国商飞集团的研发基地')).toEqual([
      '国家电网研发基地',
      '中国华能研发基地',
      '中国商飞集团研发基地',
    ]);
    expect(names('国家电网、中国华能', '央企的研发基地', true)).toEqual([
      '国家电网研发基地',
      '中国华能研发基地',
    ]);
  });

  it('keeps a generic building joined by 和 with the named one before it', () => {
    expect(names('高能同步辐射光源配套综合实验楼和用户服务楼')).toEqual([
      '高能同步辐射光源配套综合实验楼和用户服务楼',
    ]);
    expect(names('甲光源综合实验楼和用户服务楼项目')).toEqual(['甲光源综合实验楼和用户服务楼项目']);
  });

  it('completes a bare phase with the facility of the item before it', () => {
    expect(names('沙河高教园四期和二期(二)地块')).toEqual([
      '沙河高教园四期',
      '沙河高教园二期(二)地块',
    ]);
    expect(names('北京怀柔综合性国家科学中心二期、三期')).toEqual([
      '北京怀柔综合性国家科学中心二期',
      '北京怀柔综合性国家科学中心三期',
    ]);
  });

  it('splits at 和 only between items, not inside a name', () => {
    expect(names('西沙屯和满井西、小沙河', '棚改项目', true)).toEqual([
      '西沙屯棚改项目',
      '满井西棚改项目',
      '小沙河棚改项目',
    ]);
    expect(names('北京怀柔仪器和传感器产业园一期项目')).toEqual([
      '北京怀柔仪器和传感器产业园一期项目',
    ]);
    expect(names('协和医院国家医学中心')).toEqual(['协和医院国家医学中心']);
  });

  it('splits at 及 only between two named facilities (甲模拟装置及乙研发平台)', () => {
    expect(names('甲乙生理病理模拟装置及丙丁细胞技术研发平台')).toEqual([
      '甲乙生理病理模拟装置',
      '丙丁细胞技术研发平台',
    ]);
    expect(names('甲乙文化中心及配套工程')).toEqual(['甲乙文化中心及配套工程']);
    expect(names('国家甲乙材料成形技术及装备创新中心')).toEqual([
      '国家甲乙材料成形技术及装备创新中心',
    ]);
  });

  it('drops a list that holds a goal or a role (示范区, 承载区)', () => {
    expect(names('京北体验消费示范区、高水平综合服务承载区和智慧产研创新园区')).toEqual([]);
  });
});

describe('cleanItem', () => {
  it('takes the name out of a description before it', () => {
    expect(cleanItem('全市首个碳中和主题公园--温榆河未来智谷')).toBe('温榆河未来智谷');
    expect(cleanItem('全市首家外商投资培训机构德勤书院')).toBe('德勤书院');
    expect(cleanItem('国内首家国际研究型医院')).toBe('国际研究型医院');
    expect(cleanItem('我国首个生命科学国家实验室')).toBe('');
    expect(cleanItem('与清华大学合作建设的清华南口国重基地项目')).toBe('清华南口国重基地项目');
    expect(cleanItem('教育基地即中国科学院大学一期')).toBe('中国科学院大学一期');
    expect(cleanItem('华一医院也称北郊医院')).toBe('华一医院');
    expect(cleanItem('确保高能同步辐射光源')).toBe('高能同步辐射光源');
    expect(cleanItem('甲乙即将开放丙丁体育馆')).toBe('甲乙即将开放丙丁体育馆');
    expect(cleanItem('沙河湿地公园主体')).toBe('沙河湿地公园');
    expect(cleanItem('国家重大科技基础设施甲乙生理病理模拟装置')).toBe('甲乙生理病理模拟装置');
    expect(cleanItem('中国科学院“十四五”科教基础设施丙丁研发平台')).toBe('丙丁研发平台');
    expect(cleanItem('回天地区主干道路甲乙桥改造工程')).toBe('甲乙桥改造工程');
    expect(cleanItem('城市主干路甲乙路')).toBe('甲乙路');
    expect(cleanItem('好生物医学成像设施')).toBe('生物医学成像设施');
    expect(cleanItem('好未来昌平教育园区')).toBe('好未来昌平教育园区');
  });
});
