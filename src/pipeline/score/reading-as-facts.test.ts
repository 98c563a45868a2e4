import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { readingAsFacts } from './reading-as-facts';
import { scoreDataset } from './score-dataset';

const reading = (projects: Annotation['projects'], figures: Annotation['figures']): Annotation => ({
  doc: '900',
  complete: true,
  projectsComplete: true,
  figures,
  notInZone: [],
  projects,
});
const project = (name_zh: string, aliases: string[] = []): Annotation['projects'][number] => ({
  name_zh,
  aliases,
  place: 'huitian',
  placedBy: 'text',
  sectors: ['ecology'],
  status: 'planned',
  year: null,
});

describe('readingAsFacts', () => {
  const first = reading(
    [project('甲乙公园', ['甲乙公园一期']), project('丙路')],
    [{ place: 'huitian', value: 12, unit: 'ha', status: 'actual', label: '甲乙公园面积' }],
  );

  it('writes a project under the spelling the first reader accepts', () => {
    const second = reading([project('甲乙公园一期'), project('丁中心')], []);
    const names = readingAsFacts(second, first).map((f) => (f.kind === 'project' ? f.name_zh : ''));
    expect(names).toEqual(['甲乙公园一期', '丁中心']);
  });

  it('finds a second spelling the first reader does not know through the second reader’s aliases', () => {
    const second = reading([project('甲乙城市公园', ['甲乙公园'])], []);
    const [fact] = readingAsFacts(second, first);
    expect(fact?.kind === 'project' && fact.name_zh).toBe('甲乙公园');
  });

  it('is scored like the pipeline: shared projects found, a figure with another status not placed', () => {
    const second = reading(
      [project('甲乙公园'), project('丁中心')],
      [{ place: 'huitian', value: 12, unit: 'ha', status: 'target', label: '公园面积' }],
    );
    const [score] = scoreDataset({ facts: readingAsFacts(second, first) }, [first]);
    expect(score?.projects).toMatchObject({ expected: 2, found: 1, judged: 2, wrong: ['丁中心'] });
    expect(score?.figures).toMatchObject({ expected: 1, found: 1, placed: 0 });
  });
});
