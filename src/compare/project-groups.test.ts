import { describe, expect, it } from 'vitest';
import { projectGroups, projectKey } from './project-groups';
import { project } from '../explorer/test/facts';

const dates = new Map([
  ['002', '2021-12-15'],
  ['000', '2023-07'],
]);

describe('projectGroups', () => {
  it('counts a project named in several documents once, with every mention as a citation', () => {
    const groups = projectGroups(
      [
        project({
          id: 'p1',
          doc: '002',
          name_zh: '昌平国家实验室',
          status: 'under-construction',
          year: 2021,
        }),
        project({ id: 'p2', doc: '000', name_zh: '昌平国家实验室', status: 'in-use', year: null }),
        project({ id: 'p3', doc: '000', name_zh: '回南北路' }),
      ],
      dates,
    );
    expect(groups).toHaveLength(2);
    expect(groups[0]?.facts.map((f) => f.id)).toEqual(['p2', 'p1']);
  });

  it("takes the latest document's status and year, not the furthest along", () => {
    const [group] = projectGroups(
      [
        project({ id: 'old', doc: '002', name_zh: '实验室', status: 'in-use', year: 2021 }),
        project({ id: 'new', doc: '000', name_zh: '实验室', status: 'planned', year: null }),
      ],
      dates,
    );
    expect(group).toMatchObject({ status: 'planned', year: null, key: 'name:实验室' });
  });

  it('unites the sectors of all mentions, the latest first', () => {
    const [group] = projectGroups(
      [
        project({ id: 'a', doc: '002', name_zh: '园', sectors: ['energy'] }),
        project({ id: 'b', doc: '000', name_zh: '园', sectors: ['ecology', 'energy'] }),
      ],
      dates,
    );
    expect(group?.sectors).toEqual(['ecology', 'energy']);
  });

  it("prefers the dataset's cross-document project key to the name", () => {
    const named = project({ id: 'a', name_zh: '脑科学中心' });
    const keyed = { ...project({ id: 'b', name_zh: '北京脑科学与类脑研究中心' }), project: 'k1' };
    const alias = { ...project({ id: 'c', name_zh: '脑科学中心' }), project: 'k1' };
    expect(projectKey(named)).toBe('name:脑科学中心');
    expect(projectGroups([keyed, alias])).toHaveLength(1);
  });
});
