import { GAZETTEER } from '../link/gazetteer';
import { GREAT_KIND } from './find-quantities';

const CLAUSE_START = /[，,；;：:、。！？!?“”"（）()「」【】\s]/;
const LEADING_FILLER =
  /^(?:但是|但|却|而且|而|然而|可是|它|培育了?|新建成|(?:本|该|此)期|(?:主要)?(?:建设|工程)内容(?:主要)?(?:为|包括|有)|其中|目前|该|此外|同时|特别是|截至(?:目前|今年\d+月底|\d+月底|20\d\d年底?)|如今|现在|已经|已|累计|共有|共|全区|全市|还|并|年内|本年|今年|去年|近年来|下一步|接下来|到20\d\d年|20\d\d年(?:全年)?|全年|拥有|集聚了?|聚集了?|入驻了?|汇聚了?|引进|建成|新建成|实现|推动|力争|确保|争取|加快|计划|预计|将|达到|为|是|有|和|及|以及|、)+/;
const TRAILING_VERB =
  /(?:提高到了|提高到|提高至|增加到|增加至|增至|降至|扩充到|达到|高达|达|突破|超过|超|为|是|约|近|共|有|了|占地|至|到|逾|不少于|不低于|在|迈上|迈进|站上|将|等)+$/;
const MAX_LABEL = 18;
/** "实体书店由61家增加至240家": the label is what changed, before 由. */
const CHANGE =
  /^(.*?)由[^，,]*?(?:增加|提高|增长|上升|下降|减少|扩大|降低)(?:到了|至|到)$|^(.*?)由$/;
const LEADING_PLACE = new RegExp(
  `^(?:${GAZETTEER.filter((e) => e.place !== null)
    .map((e) => e.name)
    .join('|')}|我们|咱们|该区|全区)(?:地区)?`,
);

/**
 * A noun right before the next number of a run of counts (4条地铁5条道路, 16个分区645栋楼): not a phrase
 * that goes on about the number (央企下属的100余家, 共有24个, 占比达55%, 扩大到7500人).
 */
const NEXT_COUNT = /^([^\d的中有达计是到至年]{2,}?)\d/;

/**
 * The words right after a measure word ("213家规上先进能源企业" → "规上先进能源企业"), up to the next
 * number of a run of counts (4条地铁5条道路 → 地铁).
 */
function labelAfter(text: string, end: number): string {
  let stop = end;
  while (stop < text.length && (!CLAUSE_START.test(text[stop]!) || /[“”"]/.test(text[stop]!)))
    stop++;
  const tail = text.slice(end, stop).replace(/^的/, '').replace(/[“”"]/g, '');
  const cut = tail.search(
    /(?:集聚|落户|入驻|进驻|相连接|相连|相接|相通|来这里|栖息|全部|已|均|正在|相继|陆续|成功|实现|完成|共建|签定|签订|及其|以及|变成|获评|即将|将|计划(?=[于在])|提供|为|在|被|与|和(?=[\d一二三四五六七八九十])|(?<=(?:中心|项目|平台|基地|园区|企业|机构|实验室|学校|医院))(?:和|及))/,
  );
  const nextCount = NEXT_COUNT.exec(tail)?.[1];
  if (nextCount && (cut <= 1 || nextCount.length < cut)) return nextCount;
  return (cut > 1 ? tail.slice(0, cut) : tail)
    .replace(/(?<=..)(?:中|是|为)$/, '')
    .slice(0, MAX_LABEL);
}

/** What a sentence opens by placing (甲基地位于…,占地1400多亩): the subject of a bare 占地. */
function subjectOf(text: string): string {
  const subject = /^([\u4e00-\u9fff()（）]{2,16}?)(?:位于|地处|坐落)/.exec(text)?.[1] ?? '';
  return subject.replace(LEADING_FILLER, '');
}

/**
 * The words before a number back to the start of its clause ("森林覆盖率提高到48.7%" → "森林覆盖率"); a
 * space before the number (北航 1400 亩) is no clause break. A clause that only says 占地 takes the
 * subject its sentence opens with (甲基地位于…,占地1400多亩 → 甲基地占地).
 */
function labelBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && text[start - 1] === ' ') start--;
  let from = start;
  while (from > 0 && !CLAUSE_START.test(text[from - 1]!)) from--;
  let label = text.slice(from, start);
  const change = CHANGE.exec(label);
  if (change) label = change[1] ?? change[2] ?? label;
  if (/^占地(?:面积)?(?:约|近|超过)?$/.test(label)) return `${subjectOf(text)}占地`;
  label = label.replace(TRAILING_VERB, '');
  for (let previous = ''; previous !== label;) {
    previous = label;
    label = label.replace(LEADING_FILLER, '').replace(LEADING_PLACE, '');
  }
  label = label.replace(/的$/, '');
  if (label.length > 6 && label.includes('的')) label = label.slice(label.lastIndexOf('的') + 1);
  return label.length > MAX_LABEL ? label.slice(-MAX_LABEL) : label;
}

/** A volume of visits or trips a bare number is told after (接诊量应该在3500到4000): it names the number. */
const VOLUME_BEFORE = /((?:接诊|门诊|就诊|急诊|客流|通行|服务|访问|车流|人流|运送)量)[^。；;]*$/;

/** A length followed by what runs that far (34.75公里道路的升级): the route names the figure. */
const ROUTE_AFTER = /^(?:城市)?(?:道路|绿道|公路|管线|管网|轨道|线路|河道|步道|自行车道|慢行系统)/;

/** A floor area followed by what stands on it (4.8万平方米土建工程): that names the figure. */
const WORKS_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:土建工程|建筑|厂房|用房|住宅|办公楼)/;

/**
 * A short Chinese description of a figure: the noun after a measure word when there is one, or else
 * the words before the number in its clause, without fillers and verbs.
 *
 * @example
 * figureLabel('能源谷里,213家规上先进能源企业集聚发展。', 4, 8, '家') // '规上先进能源企业'
 * figureLabel('全区森林覆盖率提高到48.7%', 11, 16, '%') // '森林覆盖率'
 */
export function figureLabel(text: string, start: number, end: number, measureWord: string): string {
  const volume =
    measureWord === '' ? VOLUME_BEFORE.exec(text.slice(Math.max(0, start - 16), start)) : null;
  if (volume) return volume[1]!;
  // 五大功能区加速成型: the kind counted, no more
  const great = measureWord === '大' ? GREAT_KIND.exec(text.slice(end)) : null;
  if (great) return great[0].replace(/[“”"]/g, '');
  const isCount =
    !/^(?:亿美元|万美元|美元|亿元|万元|元|平方公里|平方米|公顷|亩|公里|%|％|成)$/.test(measureWord);
  const route = measureWord === '公里' ? ROUTE_AFTER.exec(text.slice(end)) : null;
  if (route) return route[0];
  const works = /平方米|平米/.test(measureWord) ? WORKS_AFTER.exec(text.slice(end)) : null;
  if (works) return works[0];
  const after = isCount || text[end] === '的' ? labelAfter(text, end) : '';
  if (after.length >= 2 && !/^[的了]/.test(after)) return after;
  const before = labelBefore(text, start);
  if (before.length >= 2) return before;
  return labelAfter(text, end) || before;
}
