import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences';
import { extractFigures } from './extract-figures';
import { extractProjects } from './extract-projects';
import { withSubjects } from './figure-subject';

function subjects(text: string): [number, string | undefined][] {
  const sentences = splitSentences(text);
  const projects = extractProjects(sentences, { documentYear: 2024 });
  const figures = extractFigures(sentences, { documentYear: 2024 });
  return withSubjects(figures, projects, sentences).map((f) => [f.value, f.subject]);
}

describe('withSubjects', () => {
  it('gives a bare measure the project named just before, when its sentence opens with "the project"', () => {
    expect(subjects('12月24日,甲乙实验学校项目开工建设。项目位于丙镇,总投资约2亿元。')).toEqual([
      [200000000, '甲乙实验学校'],
    ]);
  });

  it('takes a project named again by the head of its name (智能工厂), where the label is bare', () => {
    // 智能工厂投资 names its own subject; the floor area after it does not.
    expect(subjects('甲乙手机智能工厂落成启用。智能工厂投资24亿元,建筑面积81000平方米。')).toEqual([
      [2400000000, undefined],
      [81000, '甲乙手机智能工厂'],
    ]);
  });

  it('gives a measure opened by 它 the project named just before (甲超高速风洞通过验收。它全长167米)', () => {
    expect(subjects('甲乙超高速风洞通过验收。它全长167米,各项指标领先。')).toEqual([
      [0.167, '甲乙超高速风洞'],
    ]);
    // first named more than three sentences back, then named again just before with no verb that
    // makes it a project there
    expect(
      subjects(
        '甲乙超高速风洞通过验收。它是研发的关键设备。专家作了比喻。这是重要的设施。而这座号称最先进的甲乙超高速风洞,也叫丙丁风洞。它全长167米。',
      ),
    ).toEqual([[0.167, '甲乙超高速风洞']]);
  });

  it('leaves a measure of several projects, of a zone, or with a label of its own without one', () => {
    expect(subjects('甲乙学校项目开工建设。本次集中启动的22个项目,总投资约196.9亿元。')).toEqual([
      [22, undefined],
      [19690000000, undefined],
    ]);
    expect(subjects('甲乙学校项目开工建设。甲园区入驻企业50家。')).toEqual([[50, undefined]]);
  });

  it("gives a road's length and width the road named before its route and the sentence after", () => {
    expect(
      subjects(
        '市发改委批复甲西二路道路工程项目建议书。据了解,甲西二路道路工程项目南起乙路,北至丙街,全长约1.7公里。按照次干路标准建设,红线宽35米。',
      ),
    ).toEqual([
      [1.7, '甲西二路道路工程'],
      [0.035, '甲西二路道路工程'],
    ]);
    // a sentence that does not go on describing it keeps its width to itself
    expect(
      subjects(
        '市发改委批复甲西二路道路工程项目建议书。甲西二路道路工程项目南起乙路,全长约1.7公里。此外,红线宽35米。',
      ),
    ).toEqual([
      [1.7, '甲西二路道路工程'],
      [0.035, undefined],
    ]);
  });

  it('gives a sentence that opens with the measure the one project the sentence before names', () => {
    expect(subjects('2023年,甲乙实验基地正式揭牌。占地142亩。')).toEqual([[142, '甲乙实验基地']]);
    // two projects before: whose it is, the text does not say
    expect(subjects('甲乙实验基地和丙丁研究中心正式揭牌。占地142亩。')).toEqual([[142, undefined]]);
  });

  it('keeps to itself a sentence that goes on but names a project of its own', () => {
    expect(
      subjects(
        '市发改委批复甲西二路道路工程项目建议书。甲西二路道路工程项目南起乙路,全长约1.7公里。并建设丙丁体育公园,红线宽35米。',
      ),
    ).toEqual([
      [1.7, '甲西二路道路工程'],
      [0.035, undefined],
    ]);
  });
});
