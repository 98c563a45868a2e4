import { describe, expect, it } from 'vitest';
import {
  classifyFigureStatus,
  floorAreaStatus,
  isPlannedInvestment,
  isPlanOpening,
  isPlanStatement,
  tellsApprovedWorks,
} from './classify-figure-status';

const statusOf = (sentence: string, number: string) =>
  classifyFigureStatus(sentence, sentence.indexOf(number));

describe('classifyFigureStatus', () => {
  it('reads a planned floor space (规划地上总建筑规模) as a target', () => {
    const text = '甲产业园规划地上总建筑规模约为8.13万平方米';
    expect(classifyFigureStatus(text, text.indexOf('8.13'))).toBe('target');
  });

  it('reads facilities counted after 规划 (规划医院1所、中小学各1所) as targets, not a planned area told as a fact', () => {
    const text = '该项目占地141.69公顷,规划医院1所、中小学各1所、幼儿园3所。';
    expect(statusOf(text, '1所')).toBe('target');
    expect(statusOf(text, '3所')).toBe('target');
    expect(statusOf('甲园规划面积7.11平方公里', '7.11')).toBe('actual');
  });

  it('reads what a place is planned to hold (规划设置39个临床医技科室) as a target', () => {
    expect(statusOf('该院是公立医院,规划设置39个临床医技科室。', '39')).toBe('target');
    expect(statusOf('该院设置39个临床医技科室。', '39')).toBe('actual');
  });

  it('does not read 拟 inside a word (虚拟, 模拟) as a plan', () => {
    const sentence = '甲中心启动了甲虚拟研究平台、乙模拟装置等6个项目';
    expect(statusOf(sentence, '6个')).toBe('actual');
    expect(statusOf('甲园区拟新建3个平台', '3个')).toBe('target');
  });

  it('reads a count whose noun is a plan (N个2020年计划开工项目) as a target', () => {
    expect(statusOf('甲园区还发布了12个2030年计划开工项目', '12个')).toBe('target');
    expect(statusOf('甲园区发布了9个拟建设项目', '9个')).toBe('target');
    expect(statusOf('甲园区已有12个项目开工', '12个')).toBe('actual');
  });

  it('reads the value a "now" figure changes to as the target', () => {
    const sentence = '建成后学生规模将由现在的800人扩大到3000人';
    expect(statusOf(sentence, '3000人')).toBe('target');
    expect(statusOf(sentence, '800人')).toBe('actual');
    expect(statusOf('甲园区将建成乙楼,目前已入驻50家企业', '50家')).toBe('actual');
  });

  it('reads the values a plan starts from (计划…由2021年的X增加至Y) as actuals', () => {
    const sentence =
      '计划到2025年实现翻番,即收入和产值分别由2021年的700亿元、200亿元增加至1400亿元、400亿元';
    expect(statusOf(sentence, '700亿元')).toBe('actual');
    expect(statusOf(sentence, '200亿元')).toBe('actual');
    expect(statusOf(sentence, '1400亿元')).toBe('target');
  });

  it('reads the value a change starts from after 从 (将从现有的约130人扩大至200人) as an actual', () => {
    const sentence = '预计到2015年,甲研发团队将从现有的约130人扩大至200人';
    expect(statusOf(sentence, '130人')).toBe('actual');
    expect(statusOf(sentence, '200人')).toBe('target');
  });

  it('reads a number dated before the document, after a plan word, as an actual; a starting year dates only the start', () => {
    const story =
      '那段日子,甲所将要迎来最耀眼的时刻:2012 年,全国当年的 20 篇论文中,有 10 篇出自这里';
    const at = story.indexOf('10 篇');
    expect(classifyFigureStatus(story, at, '', false, 2020)).toBe('actual');
    expect(classifyFigureStatus(story, at, '', false, 2012)).toBe('target');
    expect(classifyFigureStatus(story, at)).toBe('target');
    const plan = '计划到2025年实现翻番,即收入由2021年的700亿元增加至1400亿元';
    expect(classifyFigureStatus(plan, plan.indexOf('1400'), '', false, 2023)).toBe('target');
  });

  it("reads 计划 as a noun (a plan fulfilled, a plan's title) as no target, but what a plan sets out as one", () => {
    expect(statusOf('全年完成投资10亿元,超额完成投资计划,服务超千次,满意度上升6.3%', '6.3%')).toBe(
      'actual',
    );
    expect(statusOf('甲工作计划聚焦五个方面,涉及23项具体任务', '23项')).toBe('actual');
    expect(statusOf('甲工作计划提出,改造连通现有8个公园', '8个')).toBe('target');
    expect(statusOf('甲园区计划新建4所学校', '4所')).toBe('target');
    // what this year is planned to carry out (今年计划实施91个项目, 今年计划实施…面积0.2万亩)
    expect(statusOf('甲地区今年计划实施民生项目91个', '91个')).toBe('target');
    expect(statusOf('甲公园规划总面积0.8万亩,今年计划实施乙路东侧地区,面积0.2万亩', '0.2万')).toBe(
      'target',
    );
  });
});

describe('plan scope', () => {
  it('reads goal qualifiers (不少于, 不低于) before a number as targets', () => {
    expect(statusOf('甲园区研究型大学数量不少于3所', '3所')).toBe('target');
    expect(statusOf('甲园区专利申请量不低于200件', '200件')).toBe('target');
    expect(statusOf('甲园区研究型大学有3所', '3所')).toBe('actual');
  });

  it('reads a figure in a plan statement’s scope as a target unless it says what is done', () => {
    const inScope = (sentence: string, number: string) =>
      classifyFigureStatus(sentence, sentence.indexOf(number), '', true);
    expect(inScope('甲园区道路网覆盖率达到85%', '85%')).toBe('target');
    expect(inScope('甲园区领军人才数量突破300人', '300人')).toBe('target');
    expect(inScope('甲园区已入驻14家企业', '14家')).toBe('actual');
    expect(inScope('甲园区累计建成12个项目', '12个')).toBe('actual');
  });

  it('takes titles and headings that set goals or list a plan of work as plan statements', () => {
    expect(isPlanStatement('甲区2022年12项重大项目建设计划出炉', 2022)).toBe(true);
    expect(isPlanStatement('甲园区到2035年建成创新高地', 2019)).toBe(true);
    expect(isPlanStatement('发展目标', 2019)).toBe(true);
    // works approved are still to be built
    expect(isPlanStatement('甲乙110千伏输变电工程获核准', 2019)).toBe(true);
    expect(isPlanStatement('甲路道路工程项目获批', 2019)).toBe(true);
    expect(isPlanStatement('甲园区获批国家级示范区', 2019)).toBe(false);
    // a plan looked back on, a plan's name, an allocation made, a topic
    expect(isPlanStatement('2018年拟实施的51个项目,已完成28个', 2019)).toBe(false);
    expect(isPlanStatement('甲区2019年重大项目建设计划', 2020)).toBe(false);
    expect(isPlanStatement('甲地区2022年工作计划', 2022)).toBe(false);
    expect(isPlanStatement('2020年甲区第一批投资计划出炉', 2020)).toBe(false);
    expect(isPlanStatement('产业发展现状与规划', 2020)).toBe(false);
    // a plan named in quotes is a name (“回天行动”计划), not a plan of work
    expect(isPlanStatement('《甲》节目:回天地区与“回天行动”计划', 2024)).toBe(false);
    // …and so is a programme in quotes (甲所15位“千人计划”专家): experts it has named
    expect(isPlanStatement('甲所15位“千人计划”专家', 2017)).toBe(false);
  });

  it('takes a paragraph opening that sets out goals as a plan statement, not one that follows a plan', () => {
    expect(isPlanOpening('发展目标提到,甲园区到2035年,建成创新高地。', 2019)).toBe(true);
    expect(isPlanOpening('工作计划提出,提升区域服务功能。', 2022)).toBe(true);
    // a plan whose work follows its colon, however the clause opened (已对…形成了方案:将…)
    expect(isPlanOpening('据甲介绍,目前,区政府已对乙问题形成了方案:将对丙街进行改造。', 2011)).toBe(
      true,
    );
    expect(isPlanOpening('按照甲行动计划要求,乙委出台了工作计划。', 2022)).toBe(false);
    expect(isPlanOpening('其中,5个装置正加快建设,预计能够按计划完成年度建设目标。', 2020)).toBe(
      false,
    );
  });

  it('reads what is to happen in the coming years (未来三年) as a target', () => {
    expect(statusOf('未来三年,要在甲地区推进的项目超过100个', '100个')).toBe('target');
  });

  it('reads the investment a plan document lists as a target, the money spent as an actual', () => {
    expect(isPlannedInvestment('乙局印发《甲地区行动计划》,包含12个项目,总投资')).toBe(true);
    expect(isPlannedInvestment('甲方案中列出了17项任务,投资超过')).toBe(true);
    expect(isPlannedInvestment('《甲地区行动计划》实施以来,已完成投资')).toBe(false);
    expect(isPlannedInvestment('甲园区12个项目,总投资')).toBe(false);
  });
});

describe('floorAreaStatus', () => {
  const building = { sentencesBefore: [], sentencesAfter: ['项目正进行主体施工'], title: '' };

  it('reads a school counted by its classes (24班小学) as what a building being put up holds', () => {
    expect(floorAreaStatus({ ...building, before: '设置', after: '小学', counted: '24班' })).toBe(
      'target',
    );
    expect(
      floorAreaStatus({ ...building, before: '新建', after: '个班幼儿园', counted: '3' }),
    ).toBe('target');
  });

  it('reads a car park\u2019s garage or entrance area as a floor area of what is being built', () => {
    expect(floorAreaStatus({ ...building, before: '其中地下停车库面积', after: '' })).toBe(
      'target',
    );
    expect(floorAreaStatus({ ...building, before: '地上建筑出入口面积', after: '' })).toBe(
      'target',
    );
    expect(floorAreaStatus({ ...building, before: '停车场服务半径', after: '' })).toBeNull();
  });

  it('does not read a count of schools (完成10所幼儿园移交) as what a building holds', () => {
    expect(
      floorAreaStatus({
        ...building,
        before: '完成',
        after: '幼儿园移交接收工作',
        counted: '10所',
      }),
    ).toBeNull();
  });
});

describe('tellsApprovedWorks', () => {
  it('reads works approved by name, or a title saying a facility was approved, as works still to be built', () => {
    expect(tellsApprovedWorks('近日,甲市发改委核准乙丙110千伏输变电工程')).toBe(true);
    expect(
      tellsApprovedWorks('甲区发改委近日批复了乙丙东侧地下停车场建设工程等3座停车场建设项目'),
    ).toBe(true);
    expect(tellsApprovedWorks('甲科学城第三座110千伏变电站获批', true)).toBe(true);
    // a facility approved as a title says only in a title; a zone's designation approves no works
    expect(tellsApprovedWorks('甲科学城第三座110千伏变电站获批')).toBe(false);
    expect(tellsApprovedWorks('甲园区获批国家级示范区', true)).toBe(false);
    expect(tellsApprovedWorks('甲路已于2019年建成通车')).toBe(false);
  });
});
