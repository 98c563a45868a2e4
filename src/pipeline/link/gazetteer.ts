import type { DistrictKey, PlaceKey } from '../../model/zones';
import places from '../../../data/gazetteer/places.json';

/**
 * A place of the gazetteer (`data/gazetteer/places.json`): every name it goes by (the first is the
 * canonical one), where it is, and the source that places it there — a public URL or the id of a
 * document that says so. Kinds:
 * - `zone`, `sub-area`, `campus`, `institution`: a place inside a zone; naming it places the facts
 *   of its clause there, and the projects whose names contain it;
 * - `site`: a facility or park inside a zone, which places the projects named after it (小米…,
 *   温榆河公园…) but not the numbers of its sentence;
 * - `area`, `look-alike`: a place outside every zone that shares a word with one (昌平新城东区 is not
 *   Future Science City's East area; 清华南口 is far from it). A number next to it has no place; a
 *   project named after it is in its `district`;
 * - `district`: the district itself.
 * `onlyIn` limits a short name to documents about one district (科学城); `before` limits a historical
 * name to documents dated before that year (未来科技城 was the 10 km² first phase, today's Energy Valley
 * core, until the 2017 plan renamed the whole science city).
 */
export interface GazetteerPlace {
  names: string[];
  place: PlaceKey | null;
  kind:
    'zone' | 'sub-area' | 'campus' | 'institution' | 'site' | 'district' | 'area' | 'look-alike';
  source: string;
  onlyIn?: DistrictKey;
  /** The year from which the name means something else: the entry holds for documents dated before it. */
  before?: number;
  /** For an area or a look-alike: the district it lies in, if it is in one of the atlas's districts. */
  district?: DistrictKey;
  /**
   * A sub-area that was itself built as a project (中关村国家工程技术创新基地): it places the facts of
   * its clause like any sub-area, and where it is named it is also a project.
   */
  alsoProject?: boolean;
  note?: string;
}

/**
 * A name the linker recognises. `transparent` names are consumed without becoming a mention (the 昌平 in
 * 清华附中昌平学校 says nothing about the district); they and `blocker`s that are not places (全市平均)
 * are facts of language, not geography, and live here rather than in the data file.
 */
export interface GazetteerEntry {
  name: string;
  place: PlaceKey | null;
  kind: GazetteerPlace['kind'] | 'blocker' | 'transparent';
  onlyIn?: DistrictKey;
  /** The entry holds only for documents dated before this year. */
  before?: number;
  /** For an area or a look-alike: the district it lies in. */
  district?: DistrictKey;
  /** A sub-area that is also a project where it is named. */
  alsoProject?: boolean;
  /** The canonical name of the place (the first of its names). */
  canonical: string;
}

export const PLACES: readonly GazetteerPlace[] = places.places as GazetteerPlace[];

/** Words that carry a place name but say nothing about where a fact is. */
const TRANSPARENT = [
  '北京国际科技创新中心承载区',
  '昌平区人民政府',
  '怀柔区人民政府',
  '昌平区政府',
  '怀柔区政府',
  '昌平学校',
  '昌平院区',
  '昌平二期',
  '昌平段',
  '昌平教育集团',
  '昌平科研基地',
  '昌平智能工厂',
  '昌平生命科学创新走廊',
  '昌平铁人三项',
  '怀柔出品',
  '怀柔经验',
  '怀柔力量',
  '怀柔板栗',
];
/** Phrases that stop the search for a place without being one: Beijing as a whole (在北京落地的19个). */
const BLOCKERS = ['全市平均', '在北京', '北京地区', '全北京'];

/**
 * Provinces and cities outside Beijing, and Beijing's districts other than the atlas's two (Miyun holds
 * part of Huairou Science City, so it is not among them). Where a text sites something at one of them
 * (将落户吉林长春, 位于上海, 落户海淀区), the numbers that follow in its sentence are of that place, not of
 * the zone the story is about.
 */
export const ELSEWHERE_NAMES: readonly string[] = (
  '海淀 朝阳 东城 西城 丰台 石景山 门头沟 房山 通州 顺义 大兴 平谷 延庆 ' +
  '天津 河北 雄安 石家庄 唐山 保定 廊坊 张家口 山西 太原 内蒙古 呼和浩特 ' +
  '辽宁 沈阳 大连 吉林 长春 黑龙江 哈尔滨 上海 江苏 南京 苏州 无锡 常州 ' +
  '浙江 杭州 宁波 安徽 合肥 福建 福州 厦门 江西 南昌 山东 济南 青岛 烟台 ' +
  '河南 郑州 湖北 武汉 湖南 长沙 广东 广州 深圳 东莞 珠海 广西 南宁 海南 ' +
  '海口 重庆 四川 成都 绵阳 贵州 贵阳 云南 昆明 西藏 陕西 西安 甘肃 兰州 ' +
  '青海 西宁 宁夏 银川 新疆 乌鲁木齐 香港 澳门 台湾 粤港澳大湾区 长三角'
).split(' ');
/**
 * A verb or preposition that sites something, then a place outside Beijing (with its 省 or 市); or such a
 * place naming the part of something that lies there (吉林部分总建筑面积6281.1平方米).
 */
const ELSEWHERE_PLACE = `(?:${ELSEWHERE_NAMES.join('|')})(?:省|市|自治区|区)?`;
export const SITED_ELSEWHERE = new RegExp(
  `(?:落户(?:在|于|到)?|位于|落地(?:在|于)?|建在|设在|迁至|迁往|选址(?:在|于)?|在|于|(?=${ELSEWHERE_PLACE}(?:部分|分部|基地|园区|院区)))((?:${ELSEWHERE_PLACE})+)`,
  'y',
);

/**
 * The gazetteer, longest names first so that 沙河高教园区 wins over 高教园; of two entries with the same
 * name, the one limited to earlier documents first, so that it wins where it holds.
 */
export const GAZETTEER: readonly GazetteerEntry[] = (
  [
    ...PLACES.flatMap((p) =>
      p.names.map((name) => ({
        name,
        place: p.place,
        kind: p.kind,
        canonical: p.names[0]!,
        ...(p.onlyIn ? { onlyIn: p.onlyIn } : {}),
        ...(p.before ? { before: p.before } : {}),
        ...(p.district ? { district: p.district } : {}),
        ...(p.alsoProject ? { alsoProject: true } : {}),
      })),
    ),
    ...TRANSPARENT.map((name) => ({
      name,
      place: null,
      kind: 'transparent' as const,
      canonical: name,
    })),
    ...BLOCKERS.map((name) => ({ name, place: null, kind: 'blocker' as const, canonical: name })),
  ] as GazetteerEntry[]
).sort(
  (a, b) =>
    b.name.length - a.name.length ||
    a.name.localeCompare(b.name) ||
    Number(b.before !== undefined) - Number(a.before !== undefined),
);

/**
 * Names of zones, their parts, districts and areas: places, never projects (北四村, 两谷一园), unless
 * the place was itself built as a project (`alsoProject`).
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  GAZETTEER.filter(
    (e) => ['zone', 'sub-area', 'district', 'area'].includes(e.kind) && !e.alsoProject,
  ).map((e) => e.name),
);

/**
 * True when an entry holds for a document: its district (`onlyIn`) and its date (`before`). A
 * document with no date is read as current.
 */
export function holdsFor(
  entry: GazetteerEntry,
  document: { district?: DistrictKey | undefined; year?: number | null | undefined },
): boolean {
  if (entry.onlyIn && entry.onlyIn !== document.district) return false;
  return entry.before === undefined || (document.year != null && document.year < entry.before);
}

/**
 * Zone-specific shorthand that only counts after the full name appeared: 东区 after 科学城东区, or in a
 * document that has named 未来科学城 (其中东区将建设…“能源谷”, 012), and 西区 likewise.
 */
export const COREFERENCES: readonly { name: string; antecedent: string; place: PlaceKey }[] = [
  { name: '东区', antecedent: '科学城东区', place: 'energy-valley' },
  { name: '东区', antecedent: '未来科学城', place: 'energy-valley' },
  { name: '西区', antecedent: '未来科学城', place: 'future-science-city' },
];
