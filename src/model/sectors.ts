/** Sector ids (docs/contracts.md#sectors). They appear in URLs and facts: never rename them. */
export const SECTOR_IDS = [
  'life-sciences',
  'energy',
  'manufacturing',
  'digital',
  'research-education',
  'infrastructure-urban',
  'public-services',
  'ecology',
  'culture-tourism',
  'reform-opening',
] as const;

export type SectorId = (typeof SECTOR_IDS)[number];

export function isSectorId(value: unknown): value is SectorId {
  return typeof value === 'string' && (SECTOR_IDS as readonly string[]).includes(value);
}

/** Display names of each sector in both interface languages. */
export const SECTOR_NAMES: Readonly<Record<SectorId, { zh: string; en: string }>> = {
  'life-sciences': { zh: '医药健康', en: 'Life sciences' },
  energy: { zh: '先进能源', en: 'Advanced energy' },
  manufacturing: { zh: '先进制造', en: 'Advanced manufacturing' },
  digital: { zh: '数字经济', en: 'Digital economy' },
  'research-education': { zh: '科研与高校', en: 'Research & universities' },
  'infrastructure-urban': { zh: '城市建设与交通', en: 'Urban & transport' },
  'public-services': { zh: '公共服务', en: 'Public services' },
  ecology: { zh: '生态环境', en: 'Ecology' },
  'culture-tourism': { zh: '文化旅游', en: 'Culture & tourism' },
  'reform-opening': { zh: '改革开放', en: 'Reform & opening' },
};
