import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extract/extract-figures';
import { extractProjects } from '../extract/extract-projects';
import { withSubjects } from '../extract/figure-subject';
import { splitSentences } from '../segment/split-sentences';
import { linkProjects } from './link-projects';
import { linkFigures } from './place-by-subject';

function figurePlaces(text: string, title?: string): [number, string | null][] {
  const sentences = splitSentences(text);
  const projects = extractProjects(sentences, { documentYear: 2018 });
  const figures = withSubjects(
    extractFigures(sentences, { documentYear: 2018 }),
    projects,
    sentences,
  );
  const options = { district: 'district:changping' as const };
  const projectLinks = linkProjects(sentences, projects, options);
  const links = linkFigures(sentences, figures, projects, projectLinks, {
    ...options,
    ...(title ? { title } : {}),
  });
  return figures.map((f, i) => [f.value, links[i]!.place]);
}

describe('linkFigures: figures about a project', () => {
  it('gives the figures of a paragraph about "the project" the zone of the project named before', () => {
    const text =
      '怀柔科学城的甲乙装置项目即将开工建设。\n该项目由丙所建设,一期工程占地40.2亩。计划投资12.5亿元。';
    expect(figurePlaces(text)).toEqual([
      [40.2, 'huairou-science-city'],
      [1250000000, 'huairou-science-city'],
    ]);
  });

  it('reads 主要建设内容 as "the project": its figures take the zone of the project named before', () => {
    const text =
      '据了解,甲乙森林公园二期工程坐落东小口镇,总面积约140公顷。\n主要建设内容有新植乔灌木2.9万余株、园路及铺装18.77万平方米。\n全区企业达到500家。';
    expect(figurePlaces(text)).toEqual([
      [140, 'huitian'],
      [29000, 'huitian'],
      [187700, 'huitian'],
      [500, 'district:changping'],
    ]);
  });

  it('gives a factory’s output value (产值) the factory’s zone, not the district’s industry', () => {
    const text =
      '小米智能工厂二期在昌平区正式开工。据悉,小米昌平智能工厂是小米的第二个智能工厂,占地面积58300平方米,产值约600亿元。\n全区工业总产值达到5000亿元。';
    expect(figurePlaces(text)).toEqual([
      [58300, 'future-science-city'],
      [60000000000, 'future-science-city'],
      [500000000000, 'district:changping'],
    ]);
  });

  it('gives a measure of a project the zone one of its earlier mentions was placed in', () => {
    // the second mention, placed by no more than the document, is the one named last
    const text =
      '在怀柔科学城内,甲乙超高速风洞刚通过验收。\n据报导, 甲乙超高速风洞在北京怀柔科学城通过验收。\n这座甲乙超高速风洞,也叫丙风洞。它全长167米。';
    expect(figurePlaces(text)).toEqual([[0.167, 'huairou-science-city']]);
  });

  it('takes the project a sentence opens with for "the project" of the next paragraph', () => {
    // the route's project, placed by its first mention, not the walkway the sentence also names
    const text =
      '怀柔科学城核心景观——甲河城市生态廊道建设工程,2020年启动。\n甲河城市生态廊道建设工程北起乙水库,在城市段建设慢行步道和景观公园等。\n工程计划分三期实施。一期从丙路至丁街,总投资3.61亿元。';
    expect(figurePlaces(text)).toEqual([[361000000, 'huairou-science-city']]);
  });

  it('leaves figures that their own sentence places, or that are about no project', () => {
    const text = '怀柔科学城的甲乙装置项目即将开工建设。\n全区企业达到500家。';
    expect(figurePlaces(text)).toEqual([[500, 'district:changping']]);
  });

  it('gives figures placed only by the district the zone of the one project the headline names', () => {
    const text =
      '甲科研平台项目在怀柔科学城开工。\n据介绍,项目占地30亩,主要建设2个单体科研楼。全区企业达到500家。';
    // with no headline, or one that names no project, the district keeps them
    expect(figurePlaces(text)).toEqual([
      [30, 'district:changping'],
      [2, 'district:changping'],
      [500, 'district:changping'],
    ]);
    expect(figurePlaces(text, '甲科研平台项目奠基')).toEqual([
      [30, 'huairou-science-city'],
      [2, 'huairou-science-city'],
      [500, 'district:changping'],
    ]);
    expect(figurePlaces(text, '怀柔新闻')[0]).toEqual([30, 'district:changping']);
    // a route across districts is no story's place
    const route = '甲乙高速在怀柔科学城段开工。\n据介绍,全线设置2个出口。';
    expect(figurePlaces(route, '甲乙高速明年通车')).toEqual([[2, 'district:changping']]);
  });

  it("gives a sentence that opens with a project under a shorter name that project's zone", () => {
    const text =
      '近日,位于奥北森林公园二期的甲乙体育健身中心正式投用。\n甲乙体育中心以网球场地为主,共有20片户外网球场。\n全区企业达到500家。';
    expect(figurePlaces(text)).toEqual([
      [20, 'huitian'],
      [500, 'district:changping'],
    ]);
    // also over the district a heading above names
    const headed = `昌平区新建一处体育中心\n${text.split('\n').slice(0, 2).join('\n')}`;
    expect(figurePlaces(headed)).toEqual([[20, 'huitian']]);
  });

  it('does not take the last of many places a route passes for "the project" the next sentence means', () => {
    const text =
      '这条绿道沿途经过甲组团(包括东小口森林公园二期、东小口城市休闲公园、甲乙公园、丙丁郊野公园等景观节点)、沙河湿地公园。项目新建绿道9.35公里。';
    expect(figurePlaces(text)).toEqual([[9.35, 'district:changping']]);
    // the one project named before is what "the project" means
    expect(figurePlaces('甲乙体育公园在沙河湿地公园开工。项目新建绿道9.35公里。')).toEqual([
      [9.35, 'future-science-city'],
    ]);
  });

  it("gives a measure said of a placed project that project's zone over the district its paragraph names", () => {
    const text = '2008年,怀柔区规划建设甲园区。2023年,钱学森实验基地(怀柔)正式揭牌。占地142亩。';
    expect(figurePlaces(text)).toEqual([[142, 'huairou-science-city']]);
  });

  it('gives a count that closes a list of named things the zone where all of them lie', () => {
    const listed =
      '甲乙研究院、丙丁实验室等5个平台进入科研状态。甲乙研究院位于生命科学园。丙丁实验室位于生命科学园。';
    expect(figurePlaces(listed)).toEqual([[5, 'life-valley']]);
  });

  it('leaves a count after one example, after things in two zones, or after a district', () => {
    const example = '甲乙研究院等5个平台进入科研状态。甲乙研究院位于生命科学园。';
    const twoZones =
      '甲乙研究院、丙丁实验室等5个平台进入科研状态。甲乙研究院位于生命科学园。丙丁实验室位于怀柔科学城。';
    const district =
      '昌平区推动甲乙研究院、丙丁实验室等5个平台进入科研状态。甲乙研究院位于生命科学园。丙丁实验室位于生命科学园。';
    for (const text of [example, twoZones, district])
      expect(figurePlaces(text)).toEqual([[5, 'district:changping']]);
  });

  it('takes no zone from a headline whose projects lie in two zones', () => {
    const text =
      '甲科研平台项目在怀柔科学城开工。乙研究中心在未来科学城开工。\n据介绍,项目占地30亩。';
    expect(figurePlaces(text, '甲科研平台项目和乙研究中心奠基')).toEqual([
      [30, 'district:changping'],
    ]);
  });
});
