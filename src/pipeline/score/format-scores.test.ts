import { describe, expect, it } from 'vitest';
import { figure, project } from '../../explorer/test/facts';
import type { Annotation } from './annotation';
import { formatScores } from './format-scores';
import { scoreDataset, totalScores } from './score-dataset';

const annotations: Annotation[] = [
  {
    doc: '000',
    complete: true,
    projectsComplete: true,
    figures: [
      { place: 'huitian', value: 68, unit: 'count', status: 'actual', label: '项目' },
      { place: 'district:changping', value: 2470, unit: 'km', status: 'actual', label: '道路' },
    ],
    notInZone: [],
    projects: [
      {
        name_zh: '林萃路',
        place: 'huitian',
        placedBy: 'text',
        sectors: [],
        status: 'in-use',
        year: 2021,
      },
      {
        name_zh: '定泗路',
        place: 'district:changping',
        placedBy: 'text',
        sectors: [],
        status: 'planned',
        year: null,
      },
    ],
  },
  { doc: '001', complete: true, projectsComplete: true, figures: [], notInZone: [], projects: [] },
];
const dataset = {
  facts: [
    figure({ id: 'f1', value: 68, place: 'huitian' }),
    figure({ id: 'f2', value: 2470, unit: 'km', place: 'huitian' }),
    project({ id: 'p1', name_zh: '林萃路', place: 'district:changping' }),
    project({ id: 'p2', doc: '001', name_zh: '新城东区', place: null }),
  ],
};

describe('scoreDataset, totalScores and formatScores', () => {
  it('adds the documents up into the ratios the quality gates use', () => {
    expect(totalScores(scoreDataset(dataset, annotations))).toEqual({
      projectsFound: 0.5,
      projectsPlaced: 0,
      zoneProjectsFound: 0,
      projectPrecision: 0.5,
      figuresFound: 1,
      figuresPlaced: 0.5,
      zoneFigureRecall: 1,
      zoneFigurePrecision: 0.5,
      districtLeak: 1,
    });
  });

  it('prints one row per document and a total row', () => {
    expect(formatScores(scoreDataset(dataset, annotations)).split('\n')).toEqual([
      '| document | projects found | projects placed | zone projects in zone | project precision | figures found | figures placed | zone figures found | zone figure precision | district leak |',
      '|---|---|---|---|---|---|---|---|---|---|',
      '| 000 | 1/2 (50 %) | 0/2 (0 %) | 0/1 (0 %) | 1/1 (100 %) | 2/2 (100 %) | 1/2 (50 %) | 1/1 (100 %) | 1/2 (50 %) | 1/1 (100 %) |',
      '| 001 | — | — | — | 0/1 (0 %) | — | — | — | — | — |',
      '| total | 1/2 (50 %) | 0/2 (0 %) | 0/1 (0 %) | 1/2 (50 %) | 2/2 (100 %) | 1/2 (50 %) | 1/1 (100 %) | 1/2 (50 %) | 1/1 (100 %) |',
    ]);
  });
});
