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

  it('reads the parts of a planned total (…计划开工项目…。其中,…) as targets, and of a done one as actuals', () => {
    const text =
      '此次启动的项目22个,总投资约196.9亿元。其中,甲类项目16个,投资约39.4亿元。同时,还发布了28个2020年计划开工项目,总投资约288.6亿元。其中,甲类项目5个,投资约28.5亿元;乙类16个,总投资约224.1亿元。';
    expect(statuses(text, { documentYear: 2019 })).toEqual([
      [22, 'actual'],
      [19690000000, 'actual'],
      [16, 'actual'],
      [3940000000, 'actual'],
      [28, 'target'],
      [28860000000, 'target'],
      [5, 'target'],
      [2850000000, 'target'],
      [16, 'target'],
      [22410000000, 'target'],
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

describe('extractFigures: what a number is not, and floor areas', () => {
  it('skips a way travelled or a distance between (行驶15公里, 前行5公里, 15公里后, 相隔5公里) but keeps a length', () => {
    const text =
      '从甲桥出发,沿着高速向北行驶15公里左右,是甲园区。继续前行5公里,是乙园区。15公里后,是丙镇。甲社区与相隔5公里的乙社区合称丙地区。乙路全长约3公里。';
    expect(statuses(text, { documentYear: 2018 })).toEqual([[3, 'actual']]);
  });

  it('reads the floor area of a building under way as a target, and of one that stands as actual', () => {
    const building =
      '甲中心总用地面积8万平方米,总建筑面积约为28万平方米。复工后,项目正进行基坑施工。';
    expect(statuses(building, { documentYear: 2023 })).toEqual([
      [80000, 'actual'],
      [280000, 'target'],
    ]);
    const phases =
      '甲园一期建筑面积70万平方米。一期现已基本完成建设。目前,正在进行二期开发,建筑面积约90万平方米。';
    expect(statuses(phases, { documentYear: 2018 })).toEqual([
      [700000, 'actual'],
      [900000, 'target'],
    ]);
    expect(statuses('甲中心建筑面积3万平方米。', { documentYear: 2018 })).toEqual([
      [30000, 'actual'],
    ]);
  });

  it('labels both ends of a range by the words before it, and keeps 不超过 out of the label', () => {
    const labels = (text: string) =>
      extractFigures(splitSentences(text), { documentYear: 2021 }).map((f) => [
        f.value,
        f.label_zh,
      ]);
    expect(labels('甲路日均通行量4000至6000人次。')).toEqual([
      [4000, '甲路日均通行量'],
      [6000, '甲路日均通行量'],
    ]);
    expect(labels('总价不超过32万元。')).toEqual([[320000, '总价']]);
  });
  it('leaves a conjunction or adverb of contrast out of a label (但是却有常住人口85万人)', () => {
    const labels = (text: string) =>
      extractFigures(splitSentences(text), { documentYear: 2024 }).map((f) => f.label_zh);
    expect(labels('这片的区域面积是63平方公里,但是却有常住人口85万人。')).toEqual([
      '区域面积',
      '常住人口',
    ]);
  });
  it('reads a cap (不超过) as a target', () => {
    expect(statuses('甲园科研用地不超过40万平方米。', { documentYear: 2018 })).toEqual([
      [400000, 'target'],
    ]);
  });
  it('reads what a building holds (学位) while work has just begun as a target', () => {
    const text = '12月24日,甲学校项目开工建设。项目设置1440个中小学学位,总投资约2亿元。';
    expect(statuses(text, { documentYear: 2024 })).toEqual([
      [1440, 'target'],
      [200000000, 'actual'],
    ]);
    expect(statuses('甲学校建成开学。学校设置1440个学位。', { documentYear: 2024 })).toEqual([
      [1440, 'actual'],
    ]);
  });

  it('reads a count of things planned (规划有) or due next year (明年) as a target', () => {
    expect(statuses('甲地块内共规划有市政道路8条。', { documentYear: 2023 })).toEqual([
      [8, 'target'],
    ]);
    expect(statuses('甲园区8条市政道路明年底完工。', { documentYear: 2023 })).toEqual([
      [8, 'target'],
    ]);
  });
  it('labels a bare 占地 with the subject its sentence opens by placing', () => {
    const text = '甲石油科技创新基地位于乙基地,占地1400多亩。';
    expect(extractFigures(splitSentences(text), { documentYear: 2008 })[0]?.label_zh).toBe(
      '甲石油科技创新基地占地',
    );
  });
  it('reads a budget (预算) as a target, but not a budget revenue', () => {
    expect(statuses('甲园区建设投资总规模预算为100亿元。', { documentYear: 2002 })).toEqual([
      [10000000000, 'target'],
    ]);
    expect(statuses('全区一般公共预算收入达到100亿元。', { documentYear: 2020 })).toEqual([
      [10000000000, 'actual'],
    ]);
  });

  it('reads 将 in a clause dated before the document as 把: what was done', () => {
    const text = '自2017年9月乙委将甲城规划用地从41.2平方公里调整到100.9平方公里。';
    expect(statuses(text, { documentYear: 2018 })).toEqual([
      [41.2, 'actual'],
      [100.9, 'actual'],
    ]);
    expect(statuses('乙委将把甲城规划用地调整到100.9平方公里。', { documentYear: 2018 })).toEqual([
      [100.9, 'target'],
    ]);
  });

  it('reads the areas of a building or park under a groundbreaking title as targets', () => {
    const text = '甲公园位于乙街道,总建设面积约17.93公顷。';
    expect(statuses(text, { documentYear: 2023, title: '两座公园开建' })).toEqual([
      [17.93, 'target'],
    ]);
    expect(statuses(text, { documentYear: 2023, title: '两座公园开放' })).toEqual([
      [17.93, 'actual'],
    ]);
  });

  it('reads the areas of a building about to open as actuals, of one still to come as targets', () => {
    const text = '总建筑面积约9.6万平方米。';
    expect(statuses(text, { documentYear: 2023, title: '本月底,甲公园南区将开放运营' })).toEqual([
      [96000, 'actual'],
    ]);
    expect(statuses(text, { documentYear: 2023, title: '甲地区将添乙文化中心' })).toEqual([
      [96000, 'target'],
    ]);
  });

  it('reads a plan named in quotes (“回天计划”) as no plan word, and a topped-out building as standing', () => {
    const text =
      '二期工程作为“回天计划”的重点工程项目之一,由市政府出资建设,总建筑面积15.6万平方米。';
    expect(statuses(text, { documentYear: 2022, title: '甲医院二期工程主体结构封顶' })).toEqual([
      [156000, 'actual'],
    ]);
    expect(statuses(text, { documentYear: 2022, title: '甲医院二期工程开工' })).toEqual([
      [156000, 'target'],
    ]);
  });

  it('reads the sizes of a building whose headline reports it in use as actuals', () => {
    const text = '甲园区建筑面积11.8万平方米。2017年5月,甲平台启动建设;9月,乙装置开工建设。';
    expect(statuses(text, { documentYear: 2020, title: '甲园区启用' })).toEqual([
      [118000, 'actual'],
    ]);
    expect(statuses(text, { documentYear: 2020, title: '甲园区年底投用' })).toEqual([
      [118000, 'target'],
    ]);
  });

  it('reads the buildings a project still to be finished puts up (包含3栋宿舍楼) as targets', () => {
    const text = '16日启动的第二批项目包含3栋宿舍楼及1栋教学楼。建成后可承担教学任务。';
    expect(statuses(text, { documentYear: 2024 })).toEqual([
      [3, 'target'],
      [1, 'target'],
    ]);
    expect(statuses('甲区收回闲置楼宇68万平方米。', { documentYear: 2024 })).toEqual([
      [680000, 'actual'],
    ]);
    // buildings that renovation works touch stand already
    const renovation = '共申报四批项目,涉及9个小区、151栋楼。建成后可改善居住条件。';
    expect(statuses(renovation, { documentYear: 2024 })).toEqual([
      [9, 'actual'],
      [151, 'actual'],
    ]);
  });

  it('keeps the land a facility stands on actual when a finishing date follows', () => {
    const text = '甲光源由乙所建设,占地976亩,总投资47.6亿元,预计2025年建成运行。';
    expect(statuses(text, { documentYear: 2019 })).toEqual([
      [976, 'actual'],
      [4760000000, 'target'],
    ]);
  });

  it('reads the land of a facility whose work is still to begin as a target', () => {
    const text = '甲装置由乙所建设,一期工程占地40.2亩,将于今年年底前开工建设。';
    expect(statuses(text, { documentYear: 2018 })).toEqual([[40.2, 'target']]);
    expect(
      statuses('甲装置由乙所建设,一期工程占地40.2亩,已开工建设。', { documentYear: 2018 }),
    ).toEqual([[40.2, 'actual']]);
  });

  it('reads the whole area of a park being built (总面积) as a target', () => {
    const text = '甲公园位于乙街道,总面积20.98公顷。';
    expect(statuses(text, { documentYear: 2023, title: '两座公园开建' })).toEqual([
      [20.98, 'target'],
    ]);
  });

  it('reads a floor area whose building is due to be finished (预计…建成投用) as a target', () => {
    const text = '甲项目位于乙区,总建筑面积约63万平方米。预计2023年初全部建成投用。';
    expect(statuses(text, { documentYear: 2020 })).toEqual([[630000, 'target']]);
    expect(
      statuses('甲项目位于乙区,总建筑面积约63万平方米。目前已全部建成投用。', {
        documentYear: 2020,
      }),
    ).toEqual([[630000, 'actual']]);
  });

  it('reads the numbers of a headline whose verb is still to come as targets', () => {
    const text = '4条地铁5条道路,甲城未来两年交通配套将大升级\n正文。';
    expect(statuses(text, { documentYear: 2023 })).toEqual([
      [4, 'target'],
      [5, 'target'],
    ]);
    expect(statuses('甲城已集聚37个科学设施平台\n正文。', { documentYear: 2024 })).toEqual([
      [37, 'actual'],
    ]);
  });

  it('reads the length of a road whose work has begun as a target', () => {
    const text = '此次开工的甲路北段道路全长343.9米,建设内容包括道路、照明等。';
    expect(statuses(text, { documentYear: 2023 })).toEqual([[0.3439, 'target']]);
    expect(
      statuses('乙河道有水总长度110公里。', { documentYear: 2023, title: '丙工程开工' }),
    ).toEqual([[110, 'actual']]);
  });
});

describe('extractFigures: the state of the building', () => {
  it('reads what a school is built for (建设规模为24班) under a title dating its completion ahead as a target', () => {
    const title = '甲城两所新学校明年落成';
    const text = '乙小学建设规模为24班小学,规划建设一栋教学楼。';
    expect(statuses(text, { documentYear: 2020, title })).toEqual([[24, 'target']]);
    expect(statuses(text, { documentYear: 2020, title: '甲城两所新学校落成' })).toEqual([
      [24, 'actual'],
    ]);
  });

  it('does not read an opening dated ahead in the title (…二期年底投用) as a building still to stand', () => {
    const text = '二期工程位于一期西侧,总建筑面积146700平方米。';
    expect(statuses(text, { documentYear: 2024, title: '甲院区二期年底投用' })).toEqual([
      [146.7e3, 'actual'],
    ]);
    const halls = '该项目总建筑面积约9.6万平方米,设有三大功能区。';
    expect(
      statuses(halls, { documentYear: 2023, title: '甲地重大项目年内投用 新体育场馆将建成开放' }),
    ).toEqual([
      [96e3, 'actual'],
      [3, 'actual'],
    ]);
  });

  it('reads the greened area of works whose completion the title dates this month as a target', () => {
    const text = '针对河道的甲城重点区域提升工程绿化面积4万余平方米。';
    expect(statuses(text, { documentYear: 2023, title: '甲城滨水绿廊月底完工' })).toEqual([
      [40000, 'target'],
    ]);
    expect(statuses(text, { documentYear: 2023, title: '甲城滨水绿廊完工' })).toEqual([
      [40000, 'actual'],
    ]);
  });

  it('takes the state told last before the number (已基本完成, then 正在…施工)', () => {
    const text =
      '二期的地下结构已基本完成,现在正在进行的是地上钢结构施工,二期建设规模约15.6万平方米。';
    expect(statuses(text, { documentYear: 2023 })).toEqual([[156e3, 'target']]);
    const told =
      '“二期的地下结构已基本完成,现在正在进行的是地上施工。”负责人介绍,二期建设规模约15.6万平方米。';
    expect(statuses(told, { documentYear: 2023 })).toEqual([[156e3, 'target']]);
  });

  it('reads the length of an approved road (获批) as a target even after one already open', () => {
    const text =
      '其中,甲路西段已建成通车。而此次获批的甲路东段项目,西起乙路,东至丙路,全长约3.8公里。';
    expect(statuses(text, { documentYear: 2023 })).toEqual([[3.8, 'target']]);
  });

  it('reads the classes of a school whose work begins (24班小学开工建设) as a target', () => {
    const text = '甲幼儿园主体已竣工,乙学校已进场施工,丙幼儿园及24班小学开工建设。';
    expect(statuses(text, { documentYear: 2021 })).toEqual([[24, 'target']]);
  });

  it('reads what a facility due to be finished (计划…竣工) will hold as a target, but not work done so far', () => {
    const text = '甲中心建设内容包含5个专业实验室及其配套设施,计划2024年4月竣工。';
    expect(statuses(text, { documentYear: 2022 })).toEqual([[5, 'target']]);
    const done = '甲工程外幕墙安装完成95%,计划2024年底竣工。';
    expect(statuses(done, { documentYear: 2024 })).toEqual([[95, 'actual']]);
  });

  it('reads what works due to go into service (计划于…投产) will install as a target', () => {
    const text = '本期建设内容为安装变压器3台,新建输电线路约9.3千米,计划于2026年投产。';
    expect(statuses(text, { documentYear: 2024 })).toEqual([
      [3, 'target'],
      [9.3, 'target'],
    ]);
  });

  it('reads what a design allows for (服务量可以到6000) as a target', () => {
    const text = '院区整体设计考虑的服务量,可以到6000甚至到8000。';
    expect(statuses(text, { documentYear: 2021 })).toEqual([
      [6000, 'target'],
      [8000, 'target'],
    ]);
  });
});

describe('extractFigures: labels', () => {
  const labels = (text: string) =>
    extractFigures(splitSentences(text), { documentYear: 2023 }).map((f) => [f.value, f.label_zh]);

  it('ends a count’s label at the next count of a run, not at a number the phrase goes on about', () => {
    expect(labels('甲城将有4条地铁5条道路。')).toEqual([
      [4, '地铁'],
      [5, '道路'],
    ]);
    expect(labels('东区已经入驻14家央企下属的100余家单位。')[0]).toEqual([
      14,
      '央企下属的100余家单位',
    ]);
  });

  it('leaves the marks a spam injector strews out of a label (展品■★◆)', () => {
    expect(labels('邀请了200余件展品■★★◆参展。')).toEqual([[200, '展品参展']]);
  });

  it('labels a count of things named by one character with a word of two (151栋楼 → 楼栋)', () => {
    expect(labels('改造涉及9个小区、151栋楼。')).toEqual([
      [9, '小区'],
      [151, '楼栋'],
    ]);
  });

  it('labels bare numbers told after a volume of visits by that volume (接诊量)', () => {
    expect(labels('每天的接诊量应该在3500到4000(门诊)。')).toEqual([
      [3500, '接诊量'],
      [4000, '接诊量'],
    ]);
  });

  it('labels an area by what stands on it, a count of residents by them, and drops 该 and 高达', () => {
    expect(labels('标志着项目4.8万平方米土建工程正式竣工。')).toEqual([[48000, '土建工程']]);
    expect(labels('可为约40万回天居民提供休闲环境。')).toEqual([[400000, '回天居民']]);
    expect(labels('该总用地面积高达799.42公顷。')).toEqual([[799.42, '总用地面积']]);
  });

  it('labels what is counted without the verb that joins it (10条匝道相连接)', () => {
    expect(labels('京藏高速与北清快速路之间,通过10条匝道相连接。')).toEqual([[10, '匝道']]);
  });

  it('labels what a phase of works installs without the words that introduce it (本期建设内容为)', () => {
    expect(labels('本期建设内容为安装变压器3台。')).toEqual([[3, '安装变压器']]);
  });

  it('labels a length by the route that runs that far, also after a list of roads', () => {
    expect(labels('甲路、乙路和丙路、丁路等工程将带来34.75公里道路的升级。')).toEqual([
      [34.75, '道路'],
    ]);
  });

  it('reads a count planned to come (计划在近两年实现通车) as a target, labelled without the plan', () => {
    const figures = extractFigures(splitSentences('还有三条轨道交通线路计划在近两年实现通车。'), {
      documentYear: 2023,
    });
    expect(figures.map((f) => [f.value, f.status, f.label_zh])).toEqual([
      [3, 'target', '轨道交通线路'],
    ]);
  });

  it('skips where a place lies from another (位于中心城区东北50公里), which is no length', () => {
    expect(
      statuses('甲城位于北京中心城区东北50公里,规划面积100.9平方公里。', { documentYear: 2024 }),
    ).toEqual([[100.9, 'actual']]);
    expect(statuses('北京中心城区东北约50公里,甲城正在崛起。', { documentYear: 2024 })).toEqual([]);
    expect(statuses('甲路向北延伸5公里。', { documentYear: 2024 })).toEqual([[5, 'actual']]);
  });

  it('skips the size of a set its subject is one of (15个项目之一)', () => {
    expect(
      statuses('甲装置是《国家重大科技基础设施项目》15个项目之一。', { documentYear: 2018 }),
    ).toEqual([]);
    expect(
      statuses('甲装置是规划确定建设的十个重大科技基础设施之一。', { documentYear: 2020 }),
    ).toEqual([]);
  });

  it('reads what a building is approved to hold as a target while its opening is still ahead', () => {
    const text = '二期工程总建筑面积146700平方米,批复床位500张。';
    expect(statuses(text, { documentYear: 2024, title: '甲医院二期年底投用' })).toEqual([
      [146700, 'actual'],
      [500, 'target'],
    ]);
    expect(
      statuses('全年新增学位2.4万个。', { documentYear: 2021, title: '甲区年底投用一批学校' }),
    ).toEqual([[24000, 'actual']]);
  });

  it('reads a road’s length under a title that says it is still to come as a target', () => {
    const text = '甲路项目,西起乙路,东至丙路,全长约3.8公里。';
    expect(statuses(text, { documentYear: 2023, title: '丁地区将添横向交通大动脉' })).toEqual([
      [3.8, 'target'],
    ]);
    expect(statuses(text, { documentYear: 2023, title: '甲路通车' })).toEqual([[3.8, 'actual']]);
  });

  it('reads a floor area under a title that reports the start of building (启动建设) as a target', () => {
    expect(
      statuses('成像设施新建建筑面积7.2万平方米。', {
        documentYear: 2019,
        title: '甲设施启动建设',
      }),
    ).toEqual([[72000, 'target']]);
  });

  it('reads what a school will hold once built (建成后…设计规模为18个班) as a target', () => {
    expect(
      statuses('据悉,甲中学建成后,设计规模为18个班,容纳学生720人。', { documentYear: 2019 }),
    ).toEqual([
      [18, 'target'],
      [720, 'target'],
    ]);
    expect(statuses('一期建设床位1000张。', { documentYear: 2010, title: '甲医院奠基' })).toEqual([
      [1000, 'target'],
    ]);
  });

  it('skips a resident’s own words (“…20多个红绿灯…”家住甲地的王女士…), not an official’s', () => {
    const quote = '“一路上有20多个红绿灯,10公里的路开车得四五十分钟。”';
    expect(statuses(`${quote}家住甲地的王女士在乙地上班。`, { documentYear: 2025 })).toEqual([]);
    expect(statuses(`${quote}市交通委负责人说。`, { documentYear: 2025 })).toHaveLength(2);
  });

  it('reads space already built as an actual, whatever a plan will do with it', () => {
    expect(
      statuses('我们将重点利用甲产业园24万平米建成空间,打造乙产业园。', { documentYear: 2025 }),
    ).toEqual([[240000, 'actual']]);
  });

  it('reads a headline part that has its own verb of what was done (16个项目获批 将成为…) as done', () => {
    expect(
      statuses('甲中心16个重大科技项目获批 将成为全国科技设施最密集区域之一', {
        documentYear: 2019,
      }),
    ).toEqual([[16, 'actual']]);
  });

  it('does not read a programme named in quotes in a heading (15位“千人计划”专家) as a plan', () => {
    expect(statuses('正文。\n\n甲所15位“千人计划”专家\n\n正文。', { documentYear: 2017 })).toEqual([
      [15, 'actual'],
    ]);
  });

  it('reads a headline part whose verb of what was done is dated ahead (24个重大项目年内投用) as a goal', () => {
    expect(
      statuses('“甲地”24个重大项目年内投用:新体育场馆将建成开放\n正文。', { documentYear: 2023 }),
    ).toEqual([[24, 'target']]);
    expect(statuses('原标题:“甲地”24个重大项目年内投用\n正文。', { documentYear: 2023 })).toEqual([
      [24, 'target'],
    ]);
    expect(
      statuses('“甲地”24个重大项目投用 新体育场馆将建成开放\n正文。', { documentYear: 2023 }),
    ).toEqual([[24, 'actual']]);
  });

  it('does not take the state of a place a road starts from (起点为已建成的…) for the road’s', () => {
    const text =
      '南展工程起点为已建成的甲路与乙路交叉口,终点为丙门,全长约15.9公里。南展项目全线建成后将满足通勤需求。';
    expect(statuses(text, { documentYear: 2020 })).toEqual([[15.9, 'target']]);
  });

  it('reads what a building already has, told beside what it will add, as an actual', () => {
    const text =
      '二期计划2024年底完工投用,将新增500张床位,届时加上一期原有的1000张床位,总床位将达到1500张。';
    expect(statuses(text, { documentYear: 2022 })).toEqual([
      [500, 'target'],
      [1000, 'actual'],
      [1500, 'target'],
    ]);
  });

  it('reads work done so far as an actual though a finishing date follows', () => {
    expect(
      statuses('目前,工程已完成整体工程的35%左右,主体结构预计11月完工。', { documentYear: 2022 }),
    ).toEqual([[35, 'actual']]);
  });
});

describe('extractFigures: roads and bridges, and the page around a story', () => {
  const labelled = (text: string, options: { documentYear: number; title?: string }) =>
    extractFigures(splitSentences(text), options).map((f) => [f.value, f.label_zh, f.status]);

  it('labels a width by its words up to 宽, or by the length before it', () => {
    expect(
      labelled('甲路按照主干路标准建设,红线宽40米-70米,随路实施交通工程。', { documentYear: 2024 }),
    ).toEqual([
      [0.04, '红线宽', 'actual'],
      [0.07, '红线宽', 'actual'],
    ]);
    expect(
      labelled('其中,南侧桥梁与匝道总长约720米,宽10米,布设一条机动车道。', { documentYear: 2016 }),
    ).toEqual([
      [0.72, '南侧桥梁与匝道总长', 'actual'],
      [0.01, '南侧桥梁与匝道宽', 'actual'],
    ]);
  });

  it('drops the function word a label was cut after (道路只, 跨河桥及, 面积也)', () => {
    expect(
      labelled('实施工程的道路只有4.4公里,要新建4座跨河桥及1座箱涵。', { documentYear: 2016 }).map(
        ([, label]) => label,
      ),
    ).toEqual(['道路', '跨河桥', '箱涵']);
    expect(labelled('其规划占地面积也有100公顷。', { documentYear: 2016 })[0]?.[1]).toBe(
      '其规划占地面积',
    );
  });

  it('ends a count’s label at the facility it counts, before the name 和 joins to it (三个审评中心和甲中心)', () => {
    expect(
      labelled('目前,甲乙总局三个审评中心和国家丙丁研究北方科学中心已在该区域选址建设。', {
        documentYear: 2017,
      }).map(([, label]) => label),
    ).toEqual(['审评中心']);
  });

  it('labels a count of “N great” things by the kind counted, no more (三大千亿级产业集群加速成型)', () => {
    expect(
      labelled('三大千亿级产业集群加速成型,五大“重器”全部启动建设。', { documentYear: 2021 }).map(
        ([, label]) => label,
      ),
    ).toEqual(['千亿级产业集群', '重器']);
  });

  it('labels a stretch of road in metres by what it measures', () => {
    expect(labelled('甲路北延最后950米的道路正式通车。', { documentYear: 2015 })).toEqual([
      [0.95, '道路', 'actual'],
    ]);
  });

  it('reads the sizes of a bridge whose opening the headline dates ahead (明年打通) as targets', () => {
    const text = '其中,南侧桥梁与匝道总长约720米,宽10米。';
    expect(statuses(text, { documentYear: 2016, title: '甲高速明年打通老堵点' })).toEqual([
      [0.72, 'target'],
      [0.01, 'target'],
    ]);
  });

  it('reads the sizes of works whose proposal was approved as targets, unless built', () => {
    const text =
      '近日,市发展改革委批复甲路等3条道路工程项目建议书。\n甲路\n项目南起乙路,北至丙街,全长约1.56公里。';
    expect(statuses(text, { documentYear: 2024 })).toEqual([
      [3, 'actual'],
      [1.56, 'target'],
    ]);
    expect(statuses('甲路南起乙路,北至丙街,全长约1.56公里。', { documentYear: 2024 })).toEqual([
      [1.56, 'actual'],
    ]);
  });

  it("reads a project's whole floor area (项目…总建筑规模) as its building is read, not a new town's", () => {
    const text = '甲中心项目正式开工建设,项目总体用地超千亩,总建筑规模达80余万平方米。';
    expect(statuses(text, { documentYear: 2023 })).toContainEqual([800000, 'target']);
    expect(
      statuses('甲新城东区总建筑规模超过1000万平方米。', { documentYear: 2023, title: '甲区开工' }),
    ).toEqual([[10000000, 'actual']]);
  });

  it('reads the parts above and below ground of a floor area as the floor area is read', () => {
    const text = '该项目建筑规模75494平方米(地上62535平方米、地下12959平方米)。';
    expect(statuses(text, { documentYear: 2025, title: '甲学校开工建设' })).toEqual([
      [75494, 'target'],
      [62535, 'target'],
      [12959, 'target'],
    ]);
  });

  it('skips the headlines of the feed under a story (…拼了!正式宣布签下!…)', () => {
    const text = '甲路全长约3公里。\n3亿美元,太阳拼了!正式宣布签下!仅次于库里的第一射手……';
    expect(statuses(text, { documentYear: 2016 })).toEqual([[3, 'actual']]);
  });

  it('skips the counters and controls of the page it was copied from', () => {
    const text = '112人参与 8评论\n查看甲2个人资料 搜索甲2所有发表过的文章\n甲路全长约3公里。';
    expect(statuses(text, { documentYear: 2016 })).toEqual([[3, 'actual']]);
    // one such word in a sentence of the story is no page control
    expect(statuses('活动吸引500人参与。', { documentYear: 2016 })).toEqual([[500, 'actual']]);
    // a line that is one counter alone is
    expect(statuses('• 2020-01-08\n• 0 条评论\n甲路全长约3公里。', { documentYear: 2020 })).toEqual(
      [[3, 'actual']],
    );
    expect(statuses('共有0人对本文发表评论\n甲路全长约3公里。', { documentYear: 2020 })).toEqual([
      [3, 'actual'],
    ]);
  });
});
