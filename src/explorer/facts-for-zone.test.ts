import { describe, expect, it } from 'vitest';
import { factsForZone, rankFigures, warmZoneFacts } from './facts-for-zone';
import { dataset, figure, project } from './test/facts';

const latest = (cards: { latest: { id: string } }[]) => cards.map((card) => card.latest.id);

describe('factsForZone', () => {
  const zoneArea = figure({
    id: 'fsc-area',
    place: 'future-science-city',
    unit: 'km2',
    value: 170.6,
  });
  const districtResearchers = figure({
    id: 'cp-res',
    place: 'district:changping',
    measure: 'researchers',
  });
  const huairouFigure = figure({ id: 'hr', place: 'district:huairou' });
  const lifeProject = project({ id: 'lv-p', place: 'life-valley', sectors: ['life-sciences'] });
  const lifeFigure = figure({ id: 'lv-f', place: 'life-valley', sectors: ['life-sciences'] });
  const energyProject = project({ id: 'fsc-p', place: 'future-science-city', sectors: ['energy'] });
  const districtProject = project({ id: 'cp-p', place: 'district:changping' });
  const nowhere = project({ id: 'null-p', place: null });
  const data = dataset([
    zoneArea,
    districtResearchers,
    huairouFigure,
    lifeProject,
    lifeFigure,
    energyProject,
    districtProject,
    nowhere,
  ]);

  it('keeps district figures apart from the zone figures', () => {
    const facts = factsForZone(data, 'future-science-city');
    expect(facts.figures).toEqual([zoneArea]);
    expect(facts.district).toBe('district:changping');
    expect(facts.districtFigures).toEqual([districtResearchers]);
    expect(latest(facts.districtProjects)).toEqual([districtProject.id]);
    expect(latest(facts.projects)).toEqual([energyProject.id]);
  });

  it('shows a project named by several documents once, with every mention, where its most specific mention places it', () => {
    const in2023 = project({
      id: 'lab-2023',
      project: 'lab',
      doc: '000',
      place: 'district:changping',
      status: 'planned',
      year: null,
    });
    const in2025 = project({
      id: 'lab-2025',
      project: 'lab',
      doc: '001',
      place: 'life-valley',
      status: 'under-construction',
      year: 2025,
    });
    const twice = {
      documents: [
        { ...data.documents[0]!, id: '000', date: '2023-07' },
        { ...data.documents[0]!, id: '001', date: '2025-01' },
      ],
      facts: [in2023, in2025],
    };
    const cards = factsForZone(twice, 'life-valley').projects;
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      id: 'lab',
      status: 'under-construction',
      year: 2025,
      documents: 2,
    });
    expect(cards[0]!.citations.map((f) => f.id)).toEqual(['lab-2025', 'lab-2023']);
    expect(factsForZone(twice, 'future-science-city').districtProjects).toEqual([]);
    expect(factsForZone(twice, 'future-science-city').childSummaries[0]?.projectCount).toBe(1);
  });

  it('uses the district of the zone, not any district', () => {
    const facts = factsForZone(data, 'huairou-science-city');
    expect(facts.districtFigures).toEqual([huairouFigure]);
    expect(facts.figures).toEqual([]);
  });

  it('summarises each child of a parent, in zone order', () => {
    const facts = factsForZone(data, 'future-science-city');
    expect(facts.childSummaries.map((child) => child.zone)).toEqual([
      'life-valley',
      'energy-valley',
      'shahe-university-park',
    ]);
    expect(facts.childSummaries[0]).toEqual({
      zone: 'life-valley',
      figureCount: 1,
      projectCount: 1,
      topFigures: [lifeFigure],
    });
  });

  it('gives a child zone no child summaries and no parent facts', () => {
    const facts = factsForZone(data, 'life-valley');
    expect(facts.childSummaries).toEqual([]);
    expect(latest(facts.projects)).toEqual([lifeProject.id]);
    expect(facts.figures).toEqual([lifeFigure]);
  });

  it('filters projects strictly but keeps figures that name no sector', () => {
    const facts = factsForZone(data, 'future-science-city', ['life-sciences']);
    expect(facts.projects).toEqual([]);
    expect(facts.figures).toEqual([zoneArea]);
    expect(facts.childSummaries[0]?.projectCount).toBe(1);
  });

  it('keeps headline order under a filter, and a caller changing a result changes no later one', () => {
    const oldEnergy = figure({
      id: 'e-2020',
      place: 'energy-valley',
      sectors: ['energy'],
      year: 2020,
    });
    const target = figure({
      id: 'e-t',
      place: 'energy-valley',
      sectors: ['energy'],
      status: 'target',
      year: 2030,
    });
    const newEnergy = figure({
      id: 'e-2023',
      place: 'energy-valley',
      sectors: ['energy'],
      year: 2023,
    });
    const general = figure({ id: 'e-area', place: 'energy-valley', unit: 'km2', year: null });
    const other = figure({
      id: 'e-life',
      place: 'energy-valley',
      sectors: ['life-sciences'],
      year: 2024,
    });
    const ranked = dataset([oldEnergy, target, newEnergy, general, other]);
    warmZoneFacts(ranked);
    const first = factsForZone(ranked, 'energy-valley', ['energy']);
    expect(first.figures.map((f) => f.id)).toEqual(['e-2023', 'e-2020', 'e-area', 'e-t']);
    first.figures.reverse();
    first.projects.push(factsForZone(data, 'life-valley').projects[0]!);
    const again = factsForZone(ranked, 'energy-valley', ['energy']);
    expect(again.figures.map((f) => f.id)).toEqual(['e-2023', 'e-2020', 'e-area', 'e-t']);
    expect(again.projects).toEqual([]);
    const unfiltered = ['e-life', 'e-2023', 'e-2020', 'e-area', 'e-t'];
    const all = factsForZone(ranked, 'energy-valley');
    expect(all.figures.map((f) => f.id)).toEqual(unfiltered);
    all.figures.reverse();
    all.figures.pop();
    expect(factsForZone(ranked, 'energy-valley').figures.map((f) => f.id)).toEqual(unfiltered);
  });
});

describe('rankFigures', () => {
  it('puts a figure another document already gave after the others', () => {
    const told = figure({
      id: 'told',
      doc: 'a',
      year: 2025,
      measure: 'science-facilities',
      value: 37,
    });
    const again = figure({
      id: 'again',
      doc: 'b',
      year: 2024,
      measure: 'science-facilities',
      value: 37,
    });
    const other = figure({
      id: 'other',
      doc: 'c',
      year: 2020,
      measure: 'science-facilities',
      value: 5,
    });
    expect(rankFigures([again, other, told]).map((f) => f.id)).toEqual(['told', 'other', 'again']);
  });

  it('leads with measures of the place as a whole before measures of one project', () => {
    const floorArea = figure({ id: 'floor', year: 2024, measure: 'floor-area' });
    const firms = figure({ id: 'firms', year: 2023, measure: 'enterprises' });
    const planned = figure({ id: 'planned', status: 'target', year: 2025, measure: 'population' });
    const share = figure({ id: 'share', year: 2024, measure: 'population', unit: 'percent' });
    expect(rankFigures([planned, share, floorArea, firms]).map((f) => f.id)).toEqual([
      'firms',
      'share',
      'floor',
      'planned',
    ]);
  });

  it('puts actuals first, newer years first, and keeps document order on ties', () => {
    const target = figure({ id: 'target', status: 'target', year: 2025 });
    const old = figure({ id: 'old', year: 2020 });
    const undated = figure({ id: 'undated', year: null });
    const newA = figure({ id: 'newA', year: 2023 });
    const newB = figure({ id: 'newB', year: 2023 });
    expect(rankFigures([target, old, undated, newA, newB]).map((f) => f.id)).toEqual([
      'newA',
      'newB',
      'old',
      'undated',
      'target',
    ]);
  });
});
