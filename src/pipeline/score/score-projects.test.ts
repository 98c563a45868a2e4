import { describe, expect, it } from 'vitest';
import { project } from '../../explorer/test/facts';
import type { AnnotatedProject, Annotation } from './annotation';
import { scoreProjects } from './score-projects';

const listed = (overrides: Partial<AnnotatedProject> & { name_zh: string }): AnnotatedProject => ({
  place: 'district:changping',
  placedBy: 'text',
  sectors: ['ecology'],
  status: 'planned',
  year: null,
  ...overrides,
});
const annotation = (projects: AnnotatedProject[], projectsComplete = true): Annotation => ({
  doc: '000',
  complete: true,
  projectsComplete,
  figures: [],
  notInZone: [],
  projects,
});

describe('scoreProjects', () => {
  it('matches names after dropping quotes, brackets and spaces, and through aliases', () => {
    const score = scoreProjects(
      annotation([
        listed({ name_zh: '奥北森林公园一期' }),
        listed({ name_zh: '小米“灯塔工厂”', place: null }),
        listed({ name_zh: '中关村生命园三期', aliases: ['生命园三期'], place: 'life-valley' }),
      ]),
      [
        project({ id: 'a', name_zh: '奥北森林公园（一期）', place: 'district:changping' }),
        project({ id: 'b', name_zh: '小米 灯塔工厂', place: null }),
        project({ id: 'c', name_zh: '生命园三期', place: 'life-valley' }),
      ],
    );
    expect(score).toMatchObject({ expected: 3, found: 3, placed: 3, judged: 3, wrong: [] });
    expect(score).toMatchObject({ zoneExpected: 1, zoneFound: 1 });
  });

  it('counts a project named twice once, and a project found elsewhere as found but not placed', () => {
    const score = scoreProjects(
      annotation([listed({ name_zh: '回龙观体育文化公园', place: 'huitian' })]),
      [
        project({ id: 'a', name_zh: '回龙观体育文化公园', place: 'district:changping' }),
        project({ id: 'b', name_zh: '回龙观体育文化公园', place: 'district:changping' }),
      ],
    );
    expect(score).toMatchObject({ found: 1, placed: 0, zoneExpected: 1, zoneFound: 0, judged: 1 });
    expect(score.misplaced).toEqual([
      {
        project: expect.objectContaining({ name_zh: '回龙观体育文化公园' }),
        places: ['district:changping'],
      },
    ]);
  });

  it('judges names only in complete lists, and a name matching nothing is wrong', () => {
    const facts = [
      project({ id: 'a', name_zh: '天通苑文化艺术中心', place: 'huitian' }),
      project({ id: 'b', name_zh: '一批重大项目', place: 'huitian' }),
    ];
    const list = [listed({ name_zh: '天通苑文化艺术中心', place: 'huitian' })];
    expect(scoreProjects(annotation(list), facts)).toMatchObject({
      judged: 2,
      wrong: ['一批重大项目'],
    });
    expect(scoreProjects(annotation(list, false), facts)).toMatchObject({ judged: 0, wrong: [] });
  });

  it('counts a known miss as missed even when a fact matches it', () => {
    const known = listed({ name_zh: '鞍钢地块', place: 'energy-valley', knownMiss: 'not found' });
    const score = scoreProjects(annotation([known]), [
      project({ id: 'a', name_zh: '鞍钢地块', place: 'energy-valley' }),
    ]);
    expect(score).toMatchObject({ found: 0, placed: 0, zoneFound: 0, missed: [known] });
  });

  it('looks only at the annotated document', () => {
    const score = scoreProjects(annotation([listed({ name_zh: '林萃路' })]), [
      project({ id: 'a', doc: '002', name_zh: '林萃路', place: 'district:changping' }),
    ]);
    expect(score).toMatchObject({ found: 0, judged: 0 });
  });
});
