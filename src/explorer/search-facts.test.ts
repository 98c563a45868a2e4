import { describe, expect, it } from 'vitest';
import { searchFacts } from './search-facts';
import { dataset, figure, project } from './test/facts';
import { ZONES } from './test/zones';

const xiaomi = project({
  id: 'xiaomi',
  place: 'future-science-city',
  name_zh: '小米智能工厂',
  name_en: 'Xiaomi smart factory',
  quote: '小米智能工厂二期建成投产。',
  year: 2024,
});
const heps = project({
  id: 'heps',
  place: 'huairou-science-city',
  name_zh: '高能同步辐射光源',
  name_en: 'High Energy Photon Source',
  quote: '高能同步辐射光源完成安装。',
});
const beigene = project({
  id: 'beigene',
  place: 'life-valley',
  name_zh: '百济神州生物药研发中心',
  name_en: null,
  quote: '百济神州生物药研发中心落户生命谷。',
});
const researchers = figure({
  id: 'researchers',
  place: 'district:huairou',
  label_zh: '在怀科研人员',
  label_en: null,
  measure: 'researchers',
  value: 23000,
  quote: '在怀科研人员达2.3万人。',
});
const mentionsXiaomi = figure({
  id: 'mentions',
  place: 'energy-valley',
  label_zh: '产值',
  label_en: 'Output',
  quote: '带动小米等企业产值增长。',
  year: 2025,
});
const data = dataset([xiaomi, heps, beigene, researchers, mentionsXiaomi]);
const ids = (hits: { factId: string | null }[]) => hits.map((hit) => hit.factId);

describe('searchFacts', () => {
  it('finds 小米 by name before a sentence that only mentions it', () => {
    const hits = searchFacts(data, ZONES, '小米', 'zh');
    expect(ids(hits)).toEqual(['xiaomi', 'mentions']);
    expect(hits[0]).toMatchObject({
      zone: 'future-science-city',
      field: 'name',
      title: '小米智能工厂',
    });
  });

  it('finds HEPS through its alias, case-insensitively', () => {
    const hits = searchFacts(data, ZONES, 'heps', 'en');
    expect(ids(hits)).toEqual(['heps']);
    expect(hits[0]?.title).toBe('High Energy Photon Source');
    expect(ids(searchFacts(data, ZONES, 'HEPS', 'zh'))).toEqual(['heps']);
  });

  it('finds 百济神州 and falls back to the Chinese name in English', () => {
    const hits = searchFacts(data, ZONES, '百济神州', 'en');
    expect(hits[0]).toMatchObject({
      factId: 'beigene',
      zone: 'life-valley',
      title: '百济神州生物药研发中心',
      titleLang: 'zh',
    });
    expect(ids(searchFacts(data, ZONES, 'BeiGene', 'en'))).toEqual(['beigene']);
  });

  it('finds a Chinese-only figure by its English measure word and opens its district zone', () => {
    const hits = searchFacts(data, ZONES, 'Researchers', 'en');
    expect(hits[0]).toMatchObject({
      factId: 'researchers',
      field: 'label',
      zone: 'huairou-science-city',
      place: 'district:huairou',
      detail: 'Huairou (district-wide)',
      title: '在怀科研人员: 23,000',
      titleLang: 'zh',
    });
  });

  it('finds zones by name in either language', () => {
    const hits = searchFacts(data, ZONES, 'energy valley', 'zh');
    expect(hits[0]).toMatchObject({
      zone: 'energy-valley',
      factId: null,
      field: 'zone',
      title: '能源谷',
    });
    expect(searchFacts(data, ZONES, '生命谷', 'en')[0]).toMatchObject({
      zone: 'life-valley',
      field: 'zone',
    });
  });

  it('matches several words anywhere in a fact', () => {
    expect(ids(searchFacts(data, ZONES, 'xiaomi factory', 'en'))).toEqual(['xiaomi']);
    expect(ids(searchFacts(data, ZONES, 'photon installed', 'en'))).toEqual([]);
  });

  it('returns a project named by two documents once, in the zone of its card', () => {
    const older = project({
      id: 'lab-000',
      project: 'lab',
      doc: '000',
      place: 'district:changping',
      name_zh: '北京脑科学与类脑研究中心',
    });
    const newer = project({
      id: 'lab-002',
      project: 'lab',
      doc: '002',
      place: 'life-valley',
      name_zh: '北京脑科学与类脑研究中心二期',
    });
    const hits = searchFacts(dataset([older, newer]), ZONES, '脑科学', 'zh');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ zone: 'life-valley', place: 'life-valley' });
  });

  it('returns nothing for a blank query', () => {
    expect(searchFacts(data, ZONES, '   ', 'en')).toEqual([]);
  });
});
