import { describe, expect, it } from 'vitest';
import { extractProjects } from '../extract/extract-projects';
import { splitSentences } from '../segment/split-sentences';
import { linkProjects } from './link-projects';

function places(text: string, topic?: 'energy-valley'): [string, string | null][] {
  const sentences = splitSentences(text);
  const projects = extractProjects(sentences, { documentYear: 2024 });
  const links = linkProjects(sentences, projects, {
    district: 'district:changping',
    ...(topic ? { topic } : {}),
  });
  return projects.map((p, i) => [p.name_zh, links[i]!.place]);
}

describe('linkProjects', () => {
  it('gives a name carrying a zone the child zone its sentence is about (东区一期…,未来科学城甲小学)', () => {
    expect(
      places('未来科学城东区一期将建成商业配套,未来科学城甲小学预计将于9月建成交付使用。'),
    ).toEqual([['未来科学城甲小学', 'energy-valley']]);
    expect(places('未来科学城甲小学预计将于9月建成交付使用。')).toEqual([
      ['未来科学城甲小学', 'future-science-city'],
    ]);
  });

  it("reads 怀柔科学城东区 as the science city's east area, not as Energy Valley's 科学城东区", () => {
    expect(places('该项目位于怀柔科学城东区(密云地块),其中一期批复712亩。')).toEqual([
      ['怀柔科学城东区一期', 'huairou-science-city'],
    ]);
  });

  it('gives a name carrying a zone the child zone the whole story is about', () => {
    expect(places('未来科学城甲小学预计将于9月建成交付使用。', 'energy-valley')).toEqual([
      ['未来科学城甲小学', 'energy-valley'],
    ]);
  });

  it('places a project after a time word and a zone in the zone (今年回天地区将…,甲乙中学…建成)', () => {
    expect(
      places(
        '未来科学城召开会议。甲方面,今年“回天”地区将投用2所幼儿园,甲乙中学也将于9月建成投用。',
      ),
    ).toEqual([['甲乙中学', 'huitian']]);
  });

  it('gives a list closed by 等 the place named after it in its clause', () => {
    expect(
      places(
        '生命谷里,会议召开。甲乙中心、丙丁集团、戊己公司等企业和机构将在昌平共同搭建产业生态。',
      ),
    ).toEqual([
      ['甲乙中心', 'district:changping'],
      ['丙丁集团', 'district:changping'],
      ['戊己公司', 'district:changping'],
    ]);
  });

  it('places a rail line whose name carries no zone in no zone (it crosses districts)', () => {
    expect(places('生命科学园周边,推进地铁99号线北延、甲乙中心建设。')).toEqual([
      ['地铁99号线北延', null],
      ['甲乙中心', 'life-valley'],
    ]);
  });
  it('places a project by the address the next sentence gives "the project" (项目位于…)', () => {
    expect(
      places('12月24日,甲乙实验学校项目开工建设。项目位于昌平区沙河镇创新基地,设置学位。'),
    ).toEqual([['甲乙实验学校项目', 'future-science-city']]);
    expect(places('12月24日,甲乙实验学校项目开工建设。甲方面,沙河镇创新基地另有安排。')).toEqual([
      ['甲乙实验学校项目', 'district:changping'],
    ]);
  });
  it('places a project by the address told right after its name (甲医院(原乙医院),位于…)', () => {
    expect(places('昌平区甲乙医院(原丙丁医院),位于中关村生命科学园内,是一所三级医院。')).toEqual([
      ['昌平区甲乙医院', 'life-valley'],
    ]);
  });

  it('finds the sentence that sites a project within the next three ("该基地位于…")', () => {
    expect(
      places(
        '甲乙生产基地项目奠基。项目如何规划?该基地位于中关村生命科学园内,建筑面积约2万平方米。',
      ),
    ).toEqual([['甲乙生产基地项目', 'life-valley']]);
  });

  it('places a project told to lie in another project that has a zone (位于甲公园二期的乙中心)', () => {
    expect(places('近日,位于奥北森林公园二期的甲乙体育健身中心正式投用。')).toContainEqual([
      '甲乙体育健身中心',
      'huitian',
    ]);
    expect(places('近日,甲乙体育健身中心正式投用。')).toEqual([
      ['甲乙体育健身中心', 'district:changping'],
    ]);
  });

  it('keeps the zone a list of projects gives the project after it (…平台、…平台,位于…的甲)', () => {
    const text =
      '五个大科学装置之一的综合极端条件实验装置,材料基因组研究平台、清洁能源材料测试诊断与研发平台,位于中科院物理所怀柔园区内的甲乙测试中心已率先启用。';
    expect(places(text)).toContainEqual(['甲乙测试中心', 'huairou-science-city']);
  });
});
