import { describe, expect, it } from 'vitest';
import {
  enumeratedNames,
  framedNames,
  measuredNames,
  nameAtStart,
  subjectName,
  stationNames,
  venueNames,
} from './named-in-passing';

const names = (found: { name: string }[]) => found.map((n) => n.name);

describe('nameAtStart', () => {
  it('ends a name at its first head that a function word or verb follows', () => {
    expect(nameAtStart('13B线将新建车站6座')).toBe('13B线');
    expect(nameAtStart('回龙观院区项目二期正在扩建')).toBe('回龙观院区项目二期');
    expect(nameAtStart('北清路快速化改造工程已历经6年建设')).toBe('北清路快速化改造工程');
    expect(nameAtStart('贺新公园项目已全面复工')).toBe('贺新公园');
  });

  it('takes no clause, firm or place’s projects for a name', () => {
    expect(nameAtStart('昌平又新增休闲公园')).toBeNull();
    expect(nameAtStart('中国石油集团与昌平区签约')).toBeNull();
    expect(nameAtStart('未来科学城项目一期已完工')).toBeNull();
    expect(nameAtStart('北区共0.4851平方公里属于中国科学院大学校区及创新基地用地')).toBeNull();
  });
});

describe('enumeratedNames', () => {
  it('reads a list whose every item is a named facility, whatever its verb', () => {
    expect(names(enumeratedNames('依托国家骨科医学中心、国家紧急医学救援基地'))).toEqual([
      '国家骨科医学中心',
      '国家紧急医学救援基地',
    ]);
    expect(
      names(enumeratedNames('继续发挥有色金属新材料科创园、清华工研院雁栖湖创新中心等优势')),
    ).toEqual(['有色金属新材料科创园', '清华工研院雁栖湖创新中心']);
    expect(names(enumeratedNames('13号线龙泽站、回龙观站等拥堵严重的地铁站点'))).toEqual([
      '13号线龙泽站',
      '回龙观站',
    ]);
  });

  it('reads two names joined by 和, and a name with 和 inside a list', () => {
    expect(names(enumeratedNames('依托国家骨科医学中心和国家紧急医学救援基地'))).toEqual([
      '国家骨科医学中心',
      '国家紧急医学救援基地',
    ]);
    const list = '分别是甲圈大科学计划总部、甲光源配套综合实验楼和用户服务楼、乙交叉研究平台';
    expect(names(enumeratedNames(list))).toEqual([
      '甲圈大科学计划总部',
      '甲光源配套综合实验楼和用户服务楼',
      '乙交叉研究平台',
    ]);
  });

  it('ends the last item of a list of names before its count or the verb after it', () => {
    const stations = '以及甲城西站、甲城东站和永胜站3座110千伏变电站的相继投运';
    expect(names(enumeratedNames(stations))).toEqual(['甲城西站', '甲城东站', '永胜站']);
    const parks =
      '乙公园建成后将与东小口森林公园一期、东小口森林公园二期、东小口城市休闲公园连接在一起';
    expect(names(enumeratedNames(parks))).toEqual([
      '东小口森林公园一期',
      '东小口森林公园二期',
      '东小口城市休闲公园',
    ]);
    const universities = '园区东边是中央财经大学、北京师范大学和外交学院三所大学';
    expect(names(enumeratedNames(universities))).toEqual([
      '中央财经大学',
      '北京师范大学',
      '外交学院',
    ]);
  });

  it('starts a first item after a verb ending in 了 and drops 项目 after a named work', () => {
    const text =
      '日前,甲公司承接了北京大学第六医院异地扩建工程项目和北京同仁医院南院区扩建工程设计项目';
    expect(names(enumeratedNames(text))).toEqual([
      '北京大学第六医院异地扩建工程',
      '北京同仁医院南院区扩建工程设计项目',
    ]);
  });

  it('reads no list of kinds, departments or clauses', () => {
    expect(enumeratedNames('教育、医疗、文体等领域')).toEqual([]);
    expect(enumeratedNames('设有肿瘤中心、心脏中心、神经中心')).toEqual([]);
    expect(enumeratedNames('这条道路将串联起京藏高速、京承高速')).toEqual([]);
    expect(enumeratedNames('集中整治京张高铁沿线、城乡结合部')).toEqual([]);
    expect(enumeratedNames('目前正在整理绿化用地、铺装路面等作业')).toEqual([]);
  });

  it('starts the first item after the word it follows, never with a verb taken in', () => {
    expect(enumeratedNames('疏通林萃路、黄平路')).toEqual([]);
    expect(names(enumeratedNames('他说——甲同步辐射光源、乙交叉研究平台'))).toEqual([
      '甲同步辐射光源',
      '乙交叉研究平台',
    ]);
    const schools = '目前东区两所在建学校分别为甲城第二小学、甲城第二中学';
    expect(names(enumeratedNames(schools))).toEqual(['甲城第二小学', '甲城第二中学']);
  });
});

describe('measuredNames', () => {
  it('reads the named facility a size is given for (3800平方米的…, 全长约8.9公里的…)', () => {
    expect(names(measuredNames('3800平方米的霍营街道文化活动中心,整合健身'))).toEqual([
      '霍营街道文化活动中心',
    ]);
    expect(names(measuredNames('全长约8.9公里的北清路快速化改造工程已历经6年建设'))).toEqual([
      '北清路快速化改造工程',
    ]);
    expect(measuredNames('约2.5万平方米的文化艺术中心涵盖图书馆、剧场')).toEqual([]);
  });
});

describe('subjectName', () => {
  it('reads the named place a clause opens with as its subject', () => {
    expect(subjectName('新龙泽院区床位800张')).toEqual({ name: '新龙泽院区', start: 0 });
    expect(subjectName('目前回龙观体育文化公园为居民提供休闲阅读空间')).toEqual({
      name: '回龙观体育文化公园',
      start: 2,
    });
  });

  it('reads the named place a visit goes to (到…园区,俯瞰…)', () => {
    expect(subjectName('到中科院物理研究所怀柔园区')).toEqual({
      name: '中科院物理研究所怀柔园区',
      start: 1,
    });
  });

  it('reads no kind, clause or unnamed place as a subject', () => {
    expect(subjectName('电缆隧道位于地下')).toBeNull();
    expect(subjectName('相当于原校区的两倍')).toBeNull();
    expect(subjectName('园区东边是中央财经大学')).toBeNull();
  });

  it('reads a named bridge as a subject, but not a place a road goes past or on to', () => {
    expect(subjectName('甲乙农场桥位于甲区乙大街')).toEqual({ name: '甲乙农场桥', start: 0 });
    expect(subjectName('刚过甲乙农场桥')).toBeNull();
    expect(subjectName('可直达北五环甲乙桥')).toBeNull();
  });
});

describe('framedNames', () => {
  it('reads a facility that carries a plan (以…为载体) and what a picture shows (图为…)', () => {
    expect(names(framedNames('怀柔区还将以怀柔新城滨河森林公园为载体'))).toEqual([
      '怀柔新城滨河森林公园',
    ]);
    expect(names(framedNames('图为天通苑文化艺术中心'))).toEqual(['天通苑文化艺术中心']);
    expect(framedNames('以科技创新为核心')).toEqual([]);
  });

  it('reads the stations a trip starts at, goes to or stops at, not a kind of stop', () => {
    const names = (clause: string) => stationNames(clause).map((n) => n.name);
    expect(names('乘客从甲乙北站到丙丁站仅需31分钟')).toEqual(['甲乙北站', '丙丁站']);
    expect(names('自地铁甲乙旗站起')).toEqual(['甲乙旗站']);
    expect(names('再次在甲乙站下车')).toEqual(['甲乙站']);
    expect(names('可直达北京甲站')).toEqual(['北京甲站']);
    expect(names('到达公交站')).toEqual([]);
    expect(names('从收费站到变电站')).toEqual([]);
    expect(names('在甲乙路与地铁站之间')).toEqual([]);
  });
});

describe('venueNames', () => {
  it('names a facility where people visit, work or meet, but no place or meeting', () => {
    expect(names(venueNames('媒体记者在甲乙模拟实验室参观'))).toEqual(['甲乙模拟实验室']);
    expect(names(venueNames('工作人员在甲城乙丙创造中心为参观者讲解成果'))).toEqual([
      '甲城乙丙创造中心',
    ]);
    expect(names(venueNames('活动在北京市昌平区举行'))).toEqual([]);
    expect(names(venueNames('区领导在会上为企业代表讲解政策'))).toEqual([]);
  });
});
