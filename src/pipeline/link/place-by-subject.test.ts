import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extract/extract-figures';
import { extractProjects } from '../extract/extract-projects';
import { withSubjects } from '../extract/figure-subject';
import { splitSentences } from '../segment/split-sentences';
import { linkProjects } from './link-projects';
import { linkFigures } from './place-by-subject';

function figurePlaces(text: string): [number, string | null][] {
  const sentences = splitSentences(text);
  const projects = extractProjects(sentences, { documentYear: 2018 });
  const figures = withSubjects(
    extractFigures(sentences, { documentYear: 2018 }),
    projects,
    sentences,
  );
  const options = { district: 'district:changping' as const };
  const projectLinks = linkProjects(sentences, projects, options);
  const links = linkFigures(sentences, figures, projects, projectLinks, options);
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

  it('leaves figures that their own sentence places, or that are about no project', () => {
    const text = '怀柔科学城的甲乙装置项目即将开工建设。\n全区企业达到500家。';
    expect(figurePlaces(text)).toEqual([[500, 'district:changping']]);
  });
});
