import { describe, expect, it } from 'vitest';
import { project } from './test/facts';
import { projectsBySector } from './projects-by-sector';

describe('projectsBySector', () => {
  it('counts each project once, under its main sector, so the counts add up', () => {
    const projects = [
      project({ id: 'lab', sectors: ['energy', 'ecology'] }),
      project({ id: 'school', sectors: ['public-services'] }),
      project({ id: 'plant', sectors: ['energy'] }),
      project({ id: 'park', sectors: ['ecology', 'energy'] }),
    ];
    const counts = projectsBySector(projects);
    expect(counts).toEqual([
      { sector: 'energy', count: 2 },
      { sector: 'public-services', count: 1 },
      { sector: 'ecology', count: 1 },
    ]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(projects.length);
  });

  it('puts projects with no sector last, whatever their number', () => {
    const projects = [
      project({ id: 'a', sectors: [] }),
      project({ id: 'b', sectors: [] }),
      project({ id: 'c', sectors: ['digital'] }),
    ];
    expect(projectsBySector(projects)).toEqual([
      { sector: 'digital', count: 1 },
      { sector: null, count: 2 },
    ]);
  });

  it('gives nothing for no projects', () => {
    expect(projectsBySector([])).toEqual([]);
  });
});
