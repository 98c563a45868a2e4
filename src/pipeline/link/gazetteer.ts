import type { DistrictKey, PlaceKey } from '../../model/zones';

/**
 * A name the linker recognises. `place: null` marks a blocker: a place that shares a word with a zone
 * but is not in it (沙河湿地公园 is not the Shahe park), so a figure next to it stays unplaced.
 * `transparent` names are consumed without becoming a mention (the 昌平 in 清华附中昌平学校 says
 * nothing about the district). `onlyIn` limits a short alias to documents about one district.
 */
export interface GazetteerEntry {
  name: string;
  place: PlaceKey | null;
  kind: 'zone' | 'sub-area' | 'institution' | 'district' | 'blocker' | 'transparent';
  onlyIn?: DistrictKey;
}

type Row = readonly [PlaceKey | null, GazetteerEntry['kind'], string, DistrictKey?];

const ROWS: readonly Row[] = [
  ['future-science-city', 'zone', '未来科学城'],
  ['future-science-city', 'zone', '未来科技城'],
  ['future-science-city', 'sub-area', '未来科学城西区'],
  ['future-science-city', 'sub-area', '两谷一园'],
  ['future-science-city', 'zone', '科学城', 'district:changping'],
  ['energy-valley', 'zone', '能源谷'],
  ['energy-valley', 'sub-area', '未来科学城东区'],
  ['energy-valley', 'sub-area', '科学城东区'],
  ['energy-valley', 'institution', '全球能源互联网研究院'],
  ['energy-valley', 'institution', '北京低碳清洁能源研究院'],
  ['energy-valley', 'institution', '国家电投氢能科技发展有限公司'],
  ['energy-valley', 'institution', '国家电网全球能源互联网研究院'],
  ['energy-valley', 'institution', '国家能源集团北京低碳清洁能源研究院'],
  ['life-valley', 'zone', '生命谷'],
  ['life-valley', 'sub-area', '中关村生命科学园'],
  ['life-valley', 'sub-area', '生命科学园'],
  ['life-valley', 'sub-area', '中关村生命园'],
  ['life-valley', 'sub-area', '生命园'],
  ['life-valley', 'sub-area', '北四村'],
  ['life-valley', 'institution', '昌平国家实验室'],
  ['life-valley', 'institution', '昌平实验室'],
  ['life-valley', 'institution', '北京生命科学研究所'],
  ['life-valley', 'institution', '北京脑科学与类脑研究中心'],
  ['shahe-university-park', 'zone', '沙河高教园'],
  ['shahe-university-park', 'zone', '沙河高教园区'],
  ['shahe-university-park', 'zone', '高教园', 'district:changping'],
  ['huitian', 'zone', '回天地区'],
  ['huitian', 'zone', '回天'],
  ['huitian', 'zone', '回龙观、天通苑地区'],
  ['huitian', 'zone', '回龙观天通苑地区'],
  ['huitian', 'sub-area', '回龙观'],
  ['huitian', 'sub-area', '天通苑'],
  ['huitian', 'sub-area', '天通中苑'],
  ['huitian', 'sub-area', '霍营'],
  ['huitian', 'sub-area', '史各庄'],
  ['huitian', 'sub-area', '东小口'],
  ['huitian', 'sub-area', '龙泽园'],
  ['huitian', 'sub-area', '天南街道'],
  ['huitian', 'sub-area', '天北街道'],
  ['huairou-science-city', 'zone', '怀柔科学城'],
  ['huairou-science-city', 'zone', '科学城', 'district:huairou'],
  ['huairou-science-city', 'institution', '综合极端条件实验装置'],
  ['huairou-science-city', 'institution', '高能同步辐射光源'],
  ['huairou-science-city', 'institution', '中国科学院大学雁栖湖校区'],
  ['huairou-science-city', 'institution', '国科大雁栖湖校区'],
  ['huairou-science-city', 'institution', 'HEPS'],
  ['district:changping', 'district', '昌平区'],
  ['district:changping', 'district', '昌平'],
  ['district:huairou', 'district', '怀柔区'],
  ['district:huairou', 'district', '怀柔'],
  ['district:huairou', 'district', '在怀'],
  [null, 'blocker', '沙河湿地公园'],
  [null, 'blocker', '昌平新城东区'],
  [null, 'blocker', '新城东区'],
  [null, 'blocker', '昌平新城'],
  [null, 'blocker', '昌平老城'],
  [null, 'blocker', '老城区'],
  [null, 'blocker', '中关村昌平园'],
  [null, 'blocker', '中关村科学城'],
  [null, 'blocker', '昌平组团'],
  [null, 'blocker', '自贸组团'],
  [null, 'blocker', '清华南口'],
  [null, 'blocker', '雁栖湖国际会都'],
  [null, 'blocker', '国际会都'],
  [null, 'blocker', '中国影都'],
  [null, 'blocker', '全市平均'],
  [null, 'blocker', '东小口沟'],
  [null, 'transparent', '北京国际科技创新中心承载区'],
  [null, 'transparent', '昌平学校'],
  [null, 'transparent', '昌平院区'],
  [null, 'transparent', '昌平二期'],
  [null, 'transparent', '昌平段'],
  [null, 'transparent', '昌平教育集团'],
  [null, 'transparent', '昌平科研基地'],
  [null, 'transparent', '昌平科技园'],
  [null, 'transparent', '昌平智能工厂'],
  [null, 'transparent', '昌平生命科学创新走廊'],
  [null, 'transparent', '昌平铁人三项'],
  [null, 'transparent', '怀柔科学城中心'],
  [null, 'transparent', '怀柔科创基地'],
  [null, 'transparent', '怀柔出品'],
  [null, 'transparent', '怀柔经验'],
  [null, 'transparent', '怀柔力量'],
  [null, 'transparent', '怀柔板栗'],
];

/** The gazetteer, longest names first so that 沙河高教园区 wins over 高教园. */
export const GAZETTEER: readonly GazetteerEntry[] = ROWS.map(([place, kind, name, onlyIn]) => ({
  name,
  place,
  kind,
  ...(onlyIn ? { onlyIn } : {}),
})).sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));

/** Zone-specific shorthand that only counts after the full name appeared: 东区 after 科学城东区. */
export const COREFERENCES: readonly { name: string; antecedent: string; place: PlaceKey }[] = [
  { name: '东区', antecedent: '科学城东区', place: 'energy-valley' },
];
