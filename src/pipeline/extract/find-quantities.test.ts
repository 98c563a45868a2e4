import { describe, expect, it } from 'vitest';
import { findQuantities } from './find-quantities';

const values = (text: string) => findQuantities(text).map((q) => [q.value, q.unit, q.approx]);

describe('findQuantities', () => {
  it('reads no count that opens a quoted slogan (“四个中心”, “三个翻一番”, “3个100”)', () => {
    const values = (text: string) => findQuantities(text).map((q) => q.value);
    expect(values('聚焦“四个中心”功能建设,实现“三个翻一番”,列入“3个100”重点工程')).toEqual([]);
    expect(values('今年的行动计划有6个“突出”')).toEqual([6]);
  });

  it('reads several hundred (数百家) as more than a hundred, not as a hundred', () => {
    expect(findQuantities('园区聚集了数百家医药企业').map((q) => [q.value, q.qualifier])).toEqual([
      [100, 'over'],
    ]);
  });

  it('reads a range as its two ends, at least the lower and up to the upper, the lower sharing the upper scale', () => {
    const ends = (text: string) => findQuantities(text).map((q) => [q.value, q.unit, q.qualifier]);
    expect(ends('房屋建筑面积在90-120平方米之间')).toEqual([
      [90, 'm2', 'at-least'],
      [120, 'm2', 'up-to'],
    ]);
    expect(ends('每套价格在20万-30万元之间')).toEqual([
      [200000, 'CNY', 'at-least'],
      [300000, 'CNY', 'up-to'],
    ]);
    expect(ends('投资2-3亿元')).toEqual([
      [200000000, 'CNY', 'at-least'],
      [300000000, 'CNY', 'up-to'],
    ]);
    expect(ends('日均通行量4000至6000人次')).toEqual([
      [4000, 'count', 'at-least'],
      [6000, 'count', 'up-to'],
    ]);
    // the lower end written with its unit too is the same range, not a quantity of its own
    expect(ends('设计容纳藏书248万册至307万册')).toEqual([
      [2480000, 'count', 'at-least'],
      [3070000, 'count', 'up-to'],
    ]);
    expect(ends('投资2亿元-3亿元')).toEqual([
      [200000000, 'CNY', 'at-least'],
      [300000000, 'CNY', 'up-to'],
    ]);
    // ends read with one scale that do not rise are no range
    expect(ends('人数5000-1万人')).toEqual([]);
    expect(ends('电话0599-5822971')).toEqual([]);
  });

  it('reads 不超过, 不到 and 不足 as up to, not as over', () => {
    const caps = (text: string) => findQuantities(text).map((q) => [q.value, q.qualifier, q.start]);
    expect(caps('总价不超过32万元')).toEqual([[320000, 'up-to', 2]]);
    expect(caps('总价不到32万元')).toEqual([[320000, 'up-to', 2]]);
    expect(caps('总价超过32万元')).toEqual([[320000, 'over', 2]]);
  });

  it('reads no count of people in a room type (2人或3人间)', () => {
    expect(findQuantities('病房均设计为2人或3人间,新增床位500张。').map((q) => q.value)).toEqual([
      500,
    ]);
  });

  it('reads no count of people in a room type (2人或3人间)', () => {
    expect(findQuantities('病房均设计为2人或3人间,新增床位500张。').map((q) => q.value)).toEqual([
      500,
    ]);
  });

  it('reads 平 alone as square metres only after the name of an area and before punctuation', () => {
    expect(
      findQuantities('甲园区占地230亩,建筑面积118000平,坐落于乙城。').map((q) => [q.value, q.unit]),
    ).toEqual([
      [230, 'mu'],
      [118000, 'm2'],
    ]);
    expect(findQuantities('水平5.7平,规划占地面积66.4平')).toEqual([]);
  });

  it('reads areas written with unit symbols or 平方千米 (㎡, m², km²)', () => {
    expect(values('建筑面积2.5万㎡,绿地3000m²')).toEqual([
      [25000, 'm2', false],
      [3000, 'm2', false],
    ]);
    expect(values('规划面积3.2平方千米,一期1.5km²')).toEqual([
      [3.2, 'km2', false],
      [1.5, 'km2', false],
    ]);
  });

  it('reads no count of people from 人 that opens a name (04:13:09 人民日报)', () => {
    expect(values('2019-10-22 04:13:09 人民日报')).toEqual([]);
    expect(values('来源:09人民日报')).toEqual([]);
    expect(values('扎根基层末梢:3800平方米的文化活动中心')).toEqual([[3800, 'm2', false]]);
  });

  it('reads a count of people written without a measure word', () => {
    expect(values('年底将有5000多科研人员正式入驻')).toEqual([[5000, 'count', true]]);
    expect(values('集聚1.2万人才')).toEqual([[12000, 'count', false]]);
  });

  it('reads a small count of items named by letters (A、B、C三个地块)', () => {
    expect(values('由A、B、C三个地块组成')).toEqual([[3, 'count', false]]);
    expect(values('G6科创走廊')).toEqual([]);
  });

  it('reads a number set apart from its unit by a space, but not a vague one (几百亩)', () => {
    expect(values('其中北航 1400 亩')).toEqual([[1400, 'mu', false]]);
    expect(values('从几百亩到一千多亩不等')).toEqual([[1000, 'mu', true]]);
  });

  it('scales a decimal exactly, with no floating-point tail (288.6亿元 is 28860000000)', () => {
    expect(values('总投资288.6亿元')).toEqual([[28860000000, 'CNY', false]]);
    expect(values('面积0.35万平方米，投资1.15亿美元')).toEqual([
      [3500, 'm2', false],
      [115000000, 'USD', false],
    ]);
    expect(values('集聚2.3万人才')).toEqual([[23000, 'count', false]]);
  });

  it('skips a rate per area or person, which no unit expresses', () => {
    expect(values('甲区道路网密度达到8公里/平方公里')).toEqual([]);
    expect(values('甲区人口密度为每平方公里1200人')).toEqual([]);
    expect(values('甲区新建道路8公里')).toEqual([[8, 'km', false]]);
  });

  it('skips a span of time (近5个月), which is no amount', () => {
    expect(values('甲计划发布已近5个月')).toEqual([]);
  });

  it('reads a population written without a measure word (近90万常住人口)', () => {
    expect(values('甲地区集聚了近90万常住人口')).toEqual([[900000, 'count', true]]);
  });

  it('reads money written without 元 after an investment (投资超过200亿)', () => {
    expect(values('甲方案列出了97个项目,投资超过200亿。')).toEqual([
      [97, 'count', false],
      [20000000000, 'CNY', true],
    ]);
    expect(values('甲园区有200亿。')).toEqual([]);
  });

  it('reads a length or width in metres as km, but not a height', () => {
    expect(values('安居路全长1243米,其中南段已建成。')).toEqual([[1.243, 'km', false]]);
    expect(values('绿道长约800米。')).toEqual([[0.8, 'km', true]]);
    expect(values('建筑限高60米,楼高45米。')).toEqual([]);
    expect(values('道路红线宽40米-70米。')).toEqual([
      [0.04, 'km', false],
      [0.07, 'km', false],
    ]);
    expect(values('甲桥之间大约900米瓶颈路段将打通。')).toEqual([[0.9, 'km', true]]);
    expect(values('其中储存环隧道周长1360.4m,墙体厚度0.7m。')).toEqual([[1.3604, 'km', false]]);
    expect(values('全桥宽由原16米拓宽至32.5米。')).toEqual([
      [0.016, 'km', false],
      [0.0325, 'km', false],
    ]);
  });

  it('reads courts and pitches counted by 片, but no other thing counted by 片', () => {
    expect(values('设有8片户外篮球场、3片7人制足球场。')).toEqual([
      [8, 'count', false],
      [3, 'count', false],
    ]);
    expect(values('形成3片林地。')).toEqual([]);
  });

  it('reads residents counted without a measure word (约40万回天居民)', () => {
    expect(values('可为周边约40万回天居民提供服务。')).toEqual([[400000, 'count', true]]);
  });

  it('reads routes counted in words (三条道路), but no other thing counted by 条 in words', () => {
    expect(values('甲路、乙路三条道路通车。')).toEqual([[3, 'count', false]]);
    expect(values('从供地、拿地、设计、手续四条主线推进。')).toEqual([]);
  });

  it('reads a small count in words after names (保利、华润两个), not after a description', () => {
    expect(values('保利、华润两个城市综合体')).toEqual([[2, 'count', false]]);
    expect(values('本该是大中小学齐备、配套住宅齐全的一个大学园区')).toEqual([]);
  });

  it('reads a count of two names joined by 和 (甲桥和乙桥两座), never a count of one', () => {
    expect(values('新建甲干渠桥和乙干渠桥两座桥梁')).toEqual([[2, 'count', false]]);
    expect(values('甲公园和乙广场一处')).toEqual([]);
  });

  it('reads two facilities of a kind counted in words (两座电力开闭站), not two of anything else', () => {
    expect(values('今年将新建两座电力开闭站。')).toEqual([[2, 'count', false]]);
    expect(values('从两个方面推进。')).toEqual([]);
    expect(values('两所学校共增加学位2040个。')).toEqual([
      [2, 'count', false],
      [2040, 'count', false],
    ]);
  });

  it('reads ramps counted in words (十条匝道) as routes', () => {
    expect(values('两桥通过十条匝道相连接。')).toEqual([[10, 'count', false]]);
  });

  it('reads classes (24班) as a count, but not a bus (班车) or a side of a game (11人制)', () => {
    expect(values('建设规模为24班小学')).toEqual([[24, 'count', false]]);
    expect(values('开通3班车,设有11人制足球场')).toEqual([]);
  });

  it('skips a speed (设计车速20公里/时)', () => {
    expect(values('设计车速20公里/时,全长6.5公里')).toEqual([[6.5, 'km', false]]);
  });

  it('reads bare numbers after a volume of visits (接诊量…3500到4000) as counts, not a year or a length', () => {
    const text = '目前每天的接诊量应该在3500到4000(门诊),2021年接诊量增长,道路长800米。';
    expect(findQuantities(text).map((q) => [q.value, q.unit])).toEqual([
      [3500, 'count'],
      [4000, 'count'],
      [0.8, 'km'],
    ]);
  });

  it('reads lengths in 千米 and counts by 部, but not a department (部门)', () => {
    const text = '专用路长度约6.5千米,共有3部无障碍电梯,涉及5部门。';
    expect(findQuantities(text).map((q) => [q.value, q.unit])).toEqual([
      [6.5, 'km'],
      [3, 'count'],
    ]);
  });

  it('counts trees and lamps by 株, 棵 and 盏', () => {
    const text = '新植乔灌木2.9万余株,栽植树木2万余棵,新建路灯1578盏。';
    expect(findQuantities(text).map((q) => [q.value, q.unit])).toEqual([
      [29000, 'count'],
      [20000, 'count'],
      [1578, 'count'],
    ]);
  });

  it('counts the “N great” areas, facilities and clusters a plan lays out, not its ideas or a congress', () => {
    const counted = (text: string) => findQuantities(text).map((q) => [q.value, q.unit]);
    expect(counted('三期将重点建设五大功能区。')).toEqual([[5, 'count']]);
    expect(counted('布局五大科学方向,打造三大千亿级产业集群。')).toEqual([
      [5, 'count'],
      [3, 'count'],
    ]);
    expect(counted('全部启动建设五大“重器”。')).toEqual([[5, 'count']]);
    expect(counted('面临四大机遇和两大挑战,贯彻十九大精神。')).toEqual([]);
  });

  it('counts papers by 篇, not a chapter (篇章)', () => {
    expect(
      findQuantities('其中《科学》论文9篇,翻开新篇章。').map((q) => [q.value, q.unit]),
    ).toEqual([[9, 'count']]);
  });

  it('counts people by 位 (20多位学科带头人), not a place (位于)', () => {
    expect(
      findQuantities('引进20多位学科带头人,项目位于甲路。').map((q) => [q.value, q.unit]),
    ).toEqual([[20, 'count']]);
  });
});
