/**
 * Measure keys, tried in order; the first pattern that matches a label wins. Residents a facility serves
 * (约40万回天居民, 直接服务人口), the people who commute (通勤人口) and migrants counted apart (外来人口) are
 * no population of the place.
 */
const MEASURES: readonly (readonly [string, RegExp])[] = [
  ['fiscal-revenue', /公共预算收入/],
  ['retail-sales', /社会消费品零售额/],
  ['fixed-asset-investment', /固定资产投资/],
  ['income', /可支配收入/],
  ['rural-income', /农村经济总收入|农民人均/],
  ['industry-revenue', /产业收入|产业年收入|营业收入|产业规模|收入/],
  ['output-value', /产值/],
  ['gdp', /地区生产总值/],
  ['researchers', /科研人员|科研人才|研发人员|领域人才|高层次人才|人才/],
  ['enterprises', /企业|市场主体|央企|公司/],
  ['universities', /高校|大学|名校/],
  ['laboratories', /实验室/],
  ['research-institutions', /研发机构|研究机构|研究院|技术中心|工程中心|协同创新平台/],
  ['science-facilities', /科学设施|科技基础设施|科教基础设施/],
  ['infrastructure-works', /基础设施/],
  ['projects', /项目/],
  ['forest-coverage', /森林覆盖率/],
  ['greening-rate', /绿化率/],
  ['parks', /公园|绿地/],
  ['afforestation', /造林/],
  ['bird-species', /鸟/],
  ['population', /常住人口|(?<!服务|通勤|外来|流动)人口|(?:常住|户籍)居民(?!人均)/],
  ['employment', /就业/],
  ['school-places', /学位/],
  ['hospitals', /医院/],
  ['housing', /住房|公寓|公租房|保障房|安置房|回迁房/],
  ['industrial-space', /产业空间|产业用地/],
  ['floor-area', /建筑面积|建筑规模|空间资源/],
  ['area', /面积|范围|占地|规划面积/],
  ['rail-length', /(?:轨道交通|地铁|线路|线网)[^，,；;。]*里程/],
  ['road-length', /道路|里程|绿道/],
  ['roads', /道路|绿道/],
  ['investment', /投资|外资|基金/],
];

/**
 * A short key for what a figure measures, so the same measure in different years and documents can be
 * charted together.
 *
 * @example
 * classifyMeasure('科研人员', 'count') // 'researchers'
 * classifyMeasure('先进能源产业收入', 'CNY') // 'industry-revenue'
 * classifyMeasure('产业收入增长', 'percent') // 'industry-revenue-growth'
 * classifyMeasure('甲大学2010年计划投资', 'CNY') // 'investment': a sum of money is no count of universities
 * classifyMeasure('户籍人口', 'count', '据了解,回龙观村') // undefined: a village's people, not the zone's
 */
/** A village or neighbourhood the clause is about (回龙观村户籍人口近4000人): its people are not the zone's. */
const LOCALITY = /[\u4e00-\u9fff]{1,6}(?:村|社区|小区)/;

/** Measures of money: only a sum of money is one, and a sum of money is no other. */
const MONEY_MEASURES = new Set([
  'fiscal-revenue',
  'retail-sales',
  'fixed-asset-investment',
  'income',
  'rural-income',
  'industry-revenue',
  'output-value',
  'gdp',
  'investment',
]);
const MONEY_UNITS = new Set(['CNY', 'USD']);

/** Measures of size, stated only in their own units: a count of roads is no road length. */
const SIZE_UNITS: Readonly<Record<string, ReadonlySet<string>>> = {
  'road-length': new Set(['km']),
  'rail-length': new Set(['km']),
  'floor-area': new Set(['m2', 'km2', 'ha', 'mu']),
  area: new Set(['m2', 'km2', 'ha', 'mu']),
};

/**
 * Whether a measure can be stated in a unit: money measures in money, others in anything else, and a
 * measure of size in its own units.
 */
function fits(measure: string, unit: string): boolean {
  const size = SIZE_UNITS[measure];
  if (size && unit !== 'percent') return size.has(unit);
  return unit === 'percent' || MONEY_MEASURES.has(measure) === MONEY_UNITS.has(unit);
}

export function classifyMeasure(
  label: string,
  unit: string,
  clauseBefore = '',
): string | undefined {
  const found = MEASURES.find(
    ([measure, pattern]) =>
      pattern.test(label) &&
      fits(measure, unit) &&
      !(measure === 'population' && LOCALITY.test(clauseBefore)),
  )?.[0];
  const growth = unit === 'percent' && /增长|增幅|下降/.test(label);
  if (found) return growth ? `${found}-growth` : found;
  if (unit === 'km2' || unit === 'ha' || unit === 'mu') return 'area';
  return undefined;
}

/**
 * A plain English name of a measure, used as the gloss of a figure whose label the glossary cannot
 * translate (better a general "Enterprises" than nothing); null when the measure is unknown.
 *
 * @example
 * measureGloss('industry-revenue-growth') // 'Industry revenue growth'
 */
export function measureGloss(measure: string | undefined): string | null {
  if (!measure) return null;
  const words = measure.replace(/-growth$/, ' growth').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
