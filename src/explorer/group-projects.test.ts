import { describe, expect, it } from 'vitest';
import { groupProjects } from './group-projects';
import { project } from './test/facts';

const dates = new Map([
  ['000', '2023-07'],
  ['001', '2025-01'],
  ['002', '2021-12-15'],
]);

describe('groupProjects', () => {
  it('makes one card per project key, in the order projects are first named', () => {
    const cards = groupProjects([
      project({ id: 'a1', project: 'a', doc: '000' }),
      project({ id: 'b1', project: 'b', doc: '000' }),
      project({ id: 'a2', project: 'a', doc: '001' }),
    ]);
    expect(cards.map((c) => [c.id, c.citations.length, c.documents])).toEqual([
      ['a', 2, 2],
      ['b', 1, 1],
    ]);
  });

  it('takes the name, status and year of the latest document, and lists citations latest first', () => {
    const planned = project({ id: 'p', project: 'k', doc: '000', status: 'planned', year: null });
    const built = project({ id: 'b', project: 'k', doc: '002', status: 'completed', year: 2021 });
    const building = project({
      id: 'u',
      project: 'k',
      doc: '001',
      status: 'under-construction',
      year: 2025,
      name_zh: '生命谷三期',
    });
    const [card] = groupProjects([planned, built, building], dates);
    expect(card).toMatchObject({ status: 'under-construction', year: 2025, documents: 3 });
    expect(card!.latest.name_zh).toBe('生命谷三期');
    expect(card!.citations.map((f) => f.id)).toEqual(['u', 'p', 'b']);
  });

  it('keeps the latest stated status when a later document only names the project', () => {
    const [card] = groupProjects(
      [
        project({ id: 'b', project: 'k', doc: '000', status: 'in-use', year: 2023 }),
        project({ id: 'n', project: 'k', doc: '001', status: 'unknown', year: 2025 }),
      ],
      dates,
    );
    expect(card).toMatchObject({ status: 'in-use', year: 2023 });
    expect(card!.citations.map((f) => f.id)).toEqual(['n', 'b']);
  });

  it('counts a document once however often it names the project', () => {
    const [card] = groupProjects([
      project({ id: 'x', project: 'k', doc: '002', status: 'planned', year: null }),
      project({ id: 'y', project: 'k', doc: '002', status: 'in-use', year: 2021 }),
    ]);
    expect(card).toMatchObject({ documents: 1, status: 'in-use' });
    expect(card!.citations).toHaveLength(2);
  });

  it('shows a card at its most specific place and joins the sectors of all mentions', () => {
    const [card] = groupProjects(
      [
        project({
          id: 'x',
          project: 'k',
          doc: '001',
          place: 'future-science-city',
          sectors: ['energy'],
        }),
        project({
          id: 'y',
          project: 'k',
          doc: '000',
          place: 'energy-valley',
          sectors: ['research-education'],
        }),
        project({
          id: 'z',
          project: 'k',
          doc: '002',
          place: 'district:changping',
          sectors: ['energy'],
        }),
      ],
      dates,
    );
    expect(card!.place).toBe('energy-valley');
    expect(card!.sectors).toEqual(['energy', 'research-education']);
  });

  it('leaves its input alone', () => {
    const facts = [
      project({ id: 'x', project: 'k', doc: '000' }),
      project({ id: 'y', project: 'k', doc: '001' }),
    ];
    groupProjects(facts, dates);
    expect(facts.map((f) => f.id)).toEqual(['x', 'y']);
  });
});
