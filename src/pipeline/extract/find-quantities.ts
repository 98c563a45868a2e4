import type { Unit } from '../../model/dataset';
import type { ParsedQuantity } from '../types';
import { parseNumber, scaleDecimal, scaleOf } from './parse-number';

const MONEY: Readonly<Record<string, [Unit, number]>> = {
  亿元: ['CNY', 1e8],
  万元: ['CNY', 1e4],
  元: ['CNY', 1],
  亿美元: ['USD', 1e8],
  万美元: ['USD', 1e4],
  美元: ['USD', 1],
};
const MEASURES: Readonly<Record<string, Unit>> = {
  平方公里: 'km2',
  平方千米: 'km2',
  'km²': 'km2',
  '㎡': 'm2',
  'm²': 'm2',
  平方米: 'm2',
  平米: 'm2',
  平: 'm2',
  公顷: 'ha',
  亩: 'mu',
  公里: 'km',
  千米: 'km',
  '%': 'percent',
  '％': 'percent',
  成: 'percent',
};
const COUNT_WORDS =
  '万人次|人次|家|个|名|人|所|项|座|处|套|张|栋|户|件|辆|种|场|届|块|条|床|台|间|支|宗|席|班(?![车次组])|部(?![门署分])|株|盏|棵|册|卷(?![入起])|篇(?![章幅])|位(?![于置列居次])|片(?=[^，,；;。、]{0,8}?场)|街道|镇';
const CHINESE_COUNT_WORDS = new Set(['家', '个', '名', '所', '座', '处', '套', '条', '街道', '镇']);
/**
 * 三条道路, 三条轨道交通线路, 十条匝道, 三条千亿级产业集群: routes and chains of industry, the things counted by 条
 * in words in these reports (not 四条主线, 十条措施).
 */
const ROUTE_AFTER =
  /^[\u4e00-\u9fff]{0,6}?(?:道路|路|线路|地铁|轨道|绿道|河道|公路|街|匝道|产业集群|产业链)/;
/** 两座电力开闭站, 两所学校: two facilities of a kind, named right after the count. */
const FACILITIES_AFTER =
  /^[\u4e00-\u9fff]{0,6}?(?:站|学校|医院|桥|桥梁|公园|场馆|中心|园区|校区|实验室|装置|设施|平台)(?:[，,；;。、和及共已]|$)/;
/** 一镇六街道: a count in a series of counts, however small. */
const SERIES_AFTER = /^[一二两三四五六七八九十]+(?:个|镇|街道|所|家|座)/;
/**
 * 保利、华润两个城市综合体, 甲桥和乙桥两座桥梁: a count of the names listed right before it, however
 * small, but never one.
 */
const NAMES_BEFORE =
  /(?:[\u4e00-\u9fff]{2,}|[A-Z])(?:、|和|与)(?:(?:(?!的)[\u4e00-\u9fff]){2,}|[A-Z])$/;
/** What 平 alone (for 平方米) follows in its clause: the name of an area (建筑面积118000平). */
const AREA_BEFORE = /(?:面积|规模|占地|空间)[^，,。；;]{0,6}$/;
/** 平 alone is 平方米 when a floor area ends with it (建筑面积118000平,): only before punctuation. */
const UNIT_WORDS = `亿美元|万美元|美元|亿元|万元|元|平方公里|平方千米|km²|㎡|m²|平方米|平米|平(?=[，,。；;、)）])|公顷|亩|公里|千米|%|％|成|${COUNT_WORDS}`;
const QUANTITY = new RegExp(
  String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千万亿]+) ?([万亿千]*) ?(余|多)?([万亿])?(${UNIT_WORDS})(以上|左右|上下|以内)?`,
  'g',
);
const BEFORE =
  /(不少于|不低于|不超过|不足|不到|最多|至多|超过|突破|将近|接近|大约|(?<![签制节合公条预契])约|近|超|逾|数)$/;
const QUALIFIERS: Readonly<Record<string, ParsedQuantity['qualifier']>> = {
  余: 'over',
  多: 'over',
  超过: 'over',
  突破: 'over',
  超: 'over',
  逾: 'over',
  // 数百家: several hundred, so more than the hundred the number reads
  数: 'over',
  以上: 'at-least',
  不少于: 'at-least',
  不低于: 'at-least',
  约: 'about',
  大约: 'about',
  左右: 'about',
  上下: 'about',
  近: 'nearly',
  将近: 'nearly',
  接近: 'nearly',
  以内: 'up-to',
  不超过: 'up-to',
  不足: 'up-to',
  不到: 'up-to',
  最多: 'up-to',
  至多: 'up-to',
};

/**
 * The lower end of a range written before a quantity (90-120平方米, 20万-30万元, 4000至6000人次): a
 * number, its own scale if it has one, and a dash or 至 / 到 right before the upper end.
 */
const RANGE_LOWER = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)([万亿千]?)(余|多)?(?:至|到|-|—|–|~|～)$/;

/** The lower end of a range before an upper end with `unit`: bare (90-120平方米) or with the unit too (248万册至307万册). */
function rangeLower(before: string, unit: string): RegExpExecArray | null {
  const bare = RANGE_LOWER.exec(before);
  if (bare || unit === '') return bare;
  const escaped = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<![\\d.A-Za-z])(\\d+(?:\\.\\d+)?)([万亿千]?)(余|多)?${escaped}(?:至|到|-|—|–|~|～)$`,
  ).exec(before);
}

/**
 * A rate per area, person or year (道路网密度8公里/平方公里, 每平方公里1.2万人): no unit of the contract
 * expresses it, and read as a length or count it would be wrong.
 */
const PER_AFTER = /^ ?(?:\/|每) ?(?:平方公里|平方米|平米|公里|公顷|亩|人|户|年|天|小时|时)/;
const PER_BEFORE = /每(?:平方公里|平方米|平米|公顷|亩)$/;

/** 近5个月, 3个小时: a span of time, not an amount of something. */
const DURATION = /^(?:多|余)?(?:月|小时|工作日|星期|季度)/;

/** A quoted term closing within a few characters of the count that opens it. */
const QUOTE_CLOSES = /^[^“”「」，,。；;]{0,6}[”」]/;

function isExcluded(
  text: string,
  at: [number, number],
  number: string,
  unit: string,
  approx: boolean,
): boolean {
  const [start, end] = at;
  const lettered =
    /^[一二两三四五六七八九十]/.test(number) && NAMES_BEFORE.test(text.slice(0, start));
  const ranged = rangeLower(text.slice(Math.max(0, start - 20), start), unit) !== null;
  if (/[A-Za-z第前几+\-./·]/.test(text[start - 1] ?? '') && !lettered && !ranged) return true;
  if (text[end] === '赛') return true;
  // a count that opens a quoted slogan or name (“四个中心”, “三个翻一番”, “3个100”): no amount
  if (/[“「]/.test(text[start - 1] ?? '') && QUOTE_CLOSES.test(text.slice(end))) return true;
  // 2人制; 2人间 (a room for two); 04:13:09 人民日报, where 人 opens a name (人民日报, 人民医院)
  if (
    unit === '人' &&
    (/[制民间]/.test(text[end] ?? '') || /^[或至、]\d人间/.test(text.slice(end)))
  )
    return true;
  if (PER_AFTER.test(text.slice(end)) || PER_BEFORE.test(text.slice(0, start))) return true;
  if (/^[+-]/.test(text.slice(end, end + 1)) && /^\d/.test(text[end + 1] ?? '')) return true;
  if (unit === '个' && /^(?:和\d+个)?百分点/.test(text.slice(end))) return true;
  if (unit === '个' && DURATION.test(text.slice(end))) return true;
  if (/^\d/.test(number)) return false;
  if (/[北南东西]/.test(text[start - 1] ?? '') || /^[镇村庄陵岭]/.test(text.slice(end)))
    return true;
  if (/[万亿]/.test(number)) return true;
  if (!approx && !CHINESE_COUNT_WORDS.has(unit) && unit !== '成' && unit !== '亩') return true;
  if (unit === '条' && !ROUTE_AFTER.test(text.slice(end))) return true;
  const value = parseNumber(number) ?? 0;
  if (SERIES_AFTER.test(text.slice(end))) return false;
  if (NAMES_BEFORE.test(text.slice(0, start))) return value < 2;
  if (value === 2 && /^两/.test(number) && FACILITIES_AFTER.test(text.slice(end))) return false;
  return value <= 2;
}

/**
 * Finds every number with a unit or measure word in a sentence and scales it fully, with its
 * qualifier: '4.8万余名' → 48000 count (over), '2300亿元' → 2.3e11 CNY, '近九成' → 90 percent (nearly).
 *
 * @example
 * findQuantities('汇聚了4.8万余名科研人员')[0] // { value: 48000, unit: 'count', approx: true, qualifier: 'over', … }
 */
export function findQuantities(text: string): ParsedQuantity[] {
  const found: ParsedQuantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, number = '', scale = '', approxMid, scale2 = '', unitWord = '', after] = m;
    let start = m.index;
    const end = start + whole.length;
    if (isExcluded(text, [start, end], number, unitWord, approxMid !== undefined)) continue;
    if (unitWord === '平' && !AREA_BEFORE.test(text.slice(0, start))) continue;
    const base = parseNumber(number);
    if (base === null) continue;
    const lead = BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[1];
    // 数 counts only before a number in words (数百家), not after 平均数 or 总数
    const before = lead === '数' && !/^[百千万]/.test(number) ? undefined : lead;
    if (before) start -= before.length;
    let unit: Unit = 'count';
    let factor = scaleOf(scale + scale2);
    const money = MONEY[unitWord];
    if (money) [unit, factor] = [money[0], factor * money[1]];
    else if (MEASURES[unitWord]) unit = MEASURES[unitWord]!;
    else if (unitWord === '万人次') factor *= 1e4;
    if (unitWord === '成') factor *= 10;
    const lower = before ? null : rangeLower(text.slice(Math.max(0, start - 20), start), unitWord);
    // a lower end with a scale of its own (20万-30万元) shares the upper end's; another (5000-1万) is no range
    if (lower && (!lower[2] || `${scale}${scale2}${unitWord}`.startsWith(lower[2]))) {
      // the range is read as its two ends, both labelled by the words before the lower one
      const lowerStart = start - lower[0].length;
      const least = scaleDecimal(lower[1]!, factor);
      // ends that do not rise (5000-1万, read with one scale) make no range the text can be trusted for
      if (least >= scaleDecimal(number, factor)) continue;
      // a lower end written with its own unit (248万册至307万册) was read alone just before: it is this end
      for (let i = found.length - 1; i >= 0; i--)
        if (found[i]!.start >= lowerStart && found[i]!.end <= start) found.splice(i, 1);
      found.push({
        value: least,
        unit,
        approx: true,
        qualifier: 'at-least',
        measureWord: unitWord,
        start: lowerStart,
        end,
      });
      found.push({
        value: scaleDecimal(number, factor),
        unit,
        approx: true,
        qualifier: 'up-to',
        measureWord: unitWord,
        start: lowerStart,
        end,
      });
      continue;
    }
    const qualifier =
      QUALIFIERS[after ?? ''] ?? QUALIFIERS[approxMid ?? ''] ?? QUALIFIERS[before ?? ''];
    found.push({
      value: scaleDecimal(number, factor),
      unit,
      approx: qualifier !== undefined,
      ...(qualifier ? { qualifier } : {}),
      measureWord: unitWord,
      start,
      end,
    });
  }
  const round = findRoundQuantities(text, found);
  const people = findPeopleCounts(text, [...found, ...round]);
  const money = findBareMoney(text, [...found, ...round, ...people]);
  const volumes = findVolumeCounts(text, [...found, ...round, ...people, ...money]);
  return found.concat(round, people, money, volumes, findMetreLengths(text), findGreatCounts(text));
}

/** The kinds a "great" count counts, with up to five characters before the kind word. */
const GREAT_KINDS = String.raw`[“"]?[\u4e00-\u9fff]{0,5}?(?:功能区|功能分区|片区|区块|主题区|园区|平台|科学装置|装置|重器|基地|场景|科学方向|产业方向|产业集群|产业项目)[”"]?`;
/** The kind right after a "great" count (三大千亿级产业集群 → 千亿级产业集群), quotes included. */
export const GREAT_KIND = new RegExp(`^${GREAT_KINDS}`);
const GREAT_COUNT = new RegExp(`(?<![十九八七\\d])([二两三四五六七八九])大(?=${GREAT_KINDS})`, 'g');

/**
 * 五大功能区, 三大科学装置, 四大平台, 三大千亿级产业集群: a count told as "the N great" parts, areas, facilities
 * or clusters of a place. Only kinds of thing a plan lays out are counted, not 四大机遇 or 三大理念, and
 * not the Party's congresses (十九大).
 */
function findGreatCounts(text: string): ParsedQuantity[] {
  return [...text.matchAll(GREAT_COUNT)].map((m) => ({
    value: parseNumber(m[1]!)!,
    unit: 'count' as const,
    approx: false,
    measureWord: '大',
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * "全长1243米", "道路长约800米", "隧道周长1360.4m": the length of a road, line, greenway or ring given in
 * metres, read as km; so is a width (红线宽40米-70米, 全桥宽由原16米拓宽至32.5米), which readers list with
 * the road, and a stretch of road measured in metres (大约900米瓶颈路段, 800米的道路). Only after a word of
 * length or width, or before a road, so that a height (限高60米), a depth or an area (平方米) is never one.
 */
function findMetreLengths(text: string): ParsedQuantity[] {
  const out: ParsedQuantity[] = [];
  const lengths =
    /(?<=(?:全长|总长|长度|长|里程|延长|延伸|宽|宽度|拓宽至|拓宽到)(?:为|约|近|超过|达|由原|由)?|宽(?:为|约)?\d+(?:\.\d+)?米?[-—–~至到])(\d+(?:\.\d+)?)(多|余)?(?:米|m(?![A-Za-z²2³3]))(?![\u4e00-\u9fff]?高)/g;
  const stretches = /(\d+(?:\.\d+)?)(多|余)?米(?=的?[\u4e00-\u9fff]{0,4}?(?:路段|道路|绿道|通道))/g;
  for (const pattern of [lengths, stretches]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      if (/[A-Za-z\d.]/.test(text[start - 1] ?? '')) continue;
      if (out.some((q) => q.start <= start && start < q.end)) continue;
      out.push(bareQuantity(text, start, m[0].length, scaleDecimal(m[1]!, 1e-3), 'km', m[2]));
    }
  }
  return out;
}

/**
 * A quantity read without a measure word at `start` (`length` characters): a qualifier word just
 * before it (超过, 近) or right after the digits (多, 余) makes it approximate and widens its span.
 */
function bareQuantity(
  text: string,
  start: number,
  length: number,
  value: number,
  unit: ParsedQuantity['unit'],
  after: string | undefined,
): ParsedQuantity {
  const word = BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[1];
  const qualifier = QUALIFIERS[after ?? ''] ?? QUALIFIERS[word ?? ''];
  return {
    value,
    unit,
    approx: qualifier !== undefined,
    ...(qualifier ? { qualifier } : {}),
    measureWord: '',
    start: start - (word?.length ?? 0),
    end: start + length,
  };
}

/**
 * "投资超过200亿": an amount of money written without 元 after 亿 or 万, where the words before it say
 * it is money (投资, 资金, 营收, 收入, 产值) and nothing follows it in its clause.
 */
function findBareMoney(text: string, taken: readonly ParsedQuantity[]): ParsedQuantity[] {
  const out: ParsedQuantity[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(多|余)?(亿|万)(?=[，,；;。）)]|$)/g)) {
    const start = m.index;
    if (taken.some((q) => q.start <= start && start < q.end)) continue;
    if (/[A-Za-z\d.]/.test(text[start - 1] ?? '')) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    if (!/(?:投资|资金|营收|收入|产值|总额)[^，,；;。\d]{0,4}$/.test(before)) continue;
    const value = scaleDecimal(m[1]!, m[3] === '亿' ? 1e8 : 1e4);
    out.push(bareQuantity(text, start, m[0].length, value, 'CNY', m[2]));
  }
  return out;
}

/**
 * "5000多科研人员", "近90万常住人口", "约40万回天居民": a count of people written without a measure word
 * before the noun.
 */
function findPeopleCounts(text: string, taken: readonly ParsedQuantity[]): ParsedQuantity[] {
  const out: ParsedQuantity[] = [];
  const people =
    /(\d+(?:\.\d+)?)(万)?(多|余)?(?=(?:科研|技术|研发|专业|高层次)?(?:人员|人才|员工|师生)|(?:常住|户籍)?人口|[\u4e00-\u9fff]{0,3}居民)/g;
  for (const m of text.matchAll(people)) {
    const start = m.index;
    if (taken.some((q) => q.start <= start && start < q.end)) continue;
    if (/[A-Za-z\d.]/.test(text[start - 1] ?? '')) continue;
    const value = scaleDecimal(m[1]!, m[2] ? 1e4 : 1);
    out.push(bareQuantity(text, start, m[0].length, value, 'count', m[3]));
  }
  return out;
}

/** "近万能源领域人才": a bare 万/千 after 近/约/超 with a noun right after it. */
function findRoundQuantities(text: string, taken: readonly ParsedQuantity[]): ParsedQuantity[] {
  const out: ParsedQuantity[] = [];
  for (const m of text.matchAll(/(近|约|超|逾)(万|千)(?=[\u4e00-\u9fff])/g)) {
    const start = m.index;
    if (taken.some((q) => q.start <= start && start < q.end)) continue;
    const qualifier = QUALIFIERS[m[1]!];
    out.push({
      value: m[2] === '万' ? 1e4 : 1e3,
      unit: 'count',
      approx: true,
      ...(qualifier ? { qualifier } : {}),
      measureWord: '',
      start,
      end: start + m[0].length,
    });
  }
  return out;
}

/** A daily or yearly volume of visits or trips (接诊量, 通行量): the noun says what the bare number counts. */
const VOLUME = /(?:接诊|门诊|就诊|急诊|客流|通行|服务|访问|车流|人流|运送)量/g;
/** A bare whole number (not a year, not part of a longer number, with no measure word after it). */
const BARE_NUMBER = /(?<![\d.A-Za-z])\d{2,7}(?![\d.]|年|月|日|号|%|％|[\u4e00-\u9fff]?[米元亩])/g;

/**
 * "接诊量应该在3500到4000", "服务量,可以到6000甚至到8000": bare numbers after a volume of visits or
 * trips, up to the end of the clause after it (the next clause too when the noun ends its own clause),
 * are counts of what the volume counts.
 */
function findVolumeCounts(text: string, taken: readonly ParsedQuantity[]): ParsedQuantity[] {
  const out: ParsedQuantity[] = [];
  for (const m of text.matchAll(VOLUME)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const stop = /^[，,]/.test(rest)
      ? 1 + rest.slice(1).search(/[，,；;。]|$/)
      : rest.search(/[，,；;。]|$/);
    const scope = rest.slice(0, stop);
    for (const n of scope.matchAll(BARE_NUMBER)) {
      const start = from + n.index;
      if (taken.some((q) => q.start <= start && start < q.end)) continue;
      out.push(bareQuantity(text, start, n[0].length, Number(n[0]), 'count', undefined));
    }
  }
  return out;
}
