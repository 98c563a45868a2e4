/**
 * Head nouns a project or facility name ends in (longest first is not needed: any match at the end
 * counts). Phases (二期, 三期扩建) count, since they follow a named facility.
 */
const HEAD =
  /(?:项目|工程|公园|产业园|科技园|工业园|科学园|园|园区|中心|基地|医院|院区|实验室|装置|设施|光源|学校|校区|大学|中学|小学|高中|附小|附中|幼儿园|馆|场馆|体育馆|总馆|线|路|街|站|高铁|高速|段|绿道|公司|平台|大厦|综合体|住院楼|研究院|研究所|派出所|敬老院|工厂|公租房|批发市场|城|[一二三四五六七八九十\d]+期(?:扩建)?|[(（]一期[)）])$/;

/** Words that open a clause, not a name: 在…, 为…, 推动…, 服务…. */
const CLAUSE_OPENER =
  /^(?:在|为|将|把|以|对|与|和|及|从|向|推动|推进|加快|加速|加强|建设|服务|打造|围绕|积极|融入|实现|促进|支持|保障|完成|启动|聚焦|力促|力争|引进|引入|形成|成为|成功|实施|抓好|紧抓|紧紧抓住|统筹|深化|全面|持续|不断|进一步|努力|着力|坚持|发展|提升|提高|优化|布局|保持|大力|全力|完善|健全|开展|落实|强化|做好|做强|做优|做大|打好|筑牢|提供|增加|扩大|确保|构建|创建|争创|鼓励|引导|用好|发挥|探索|规范|高标准)/;

/** Clause verbs inside a candidate show that a whole clause was captured (雁栖湖国际会都已成为…). */
const CLAUSE_INSIDE =
  /已成为|成为|已经|推进|正在|建设中|方面|为主|以及|实现|推动|带动|累计|(?<!协)和/;

/** City-level roles and policy areas (国际科技创新中心, 国际交往中心, 示范区): goals, not projects. */
const CONCEPT =
  /(?:国际科技创新中心|国际科创中心|国际交往中心|全国文化中心|国际消费中心|承载区|示范区|试验区|先行区|新城|核心区)$/;

/** What is left before the head noun when it only says what kind of thing it is (口袋公园, 新型基础设施). */
const GENERIC_BODY =
  /^(?:休闲|口袋|郊野|社区|基层|公共|文化|新型|基础|共性|技术|服务|国际一流|现代化|平原|新|代征代建|城市|高品质|商业|重点|重大|产业|特色|精品|全龄友好型|小微|一般|各类|大型|综合|便民|教育|医疗|文体|养老|交通|市政|园林|民生|造林|高精尖|国际化|专业化|工程技术|社会组织孵化|液化石油气充装|第[一二三四五六七八九十]批)+$/;

/** Descriptions rather than names: 国内首家…, 一批…, 多个…, or a kind word alone (教育项目). */
const GENERIC =
  /^(?:国内首家|全国首家|全国首个|全市首家|全市首个|首家|首个|一批|一系列|多个|多家|各类|各种|若干|部分|相关|重点|重大|其他|该|这些?|那些?)|^(?:教育|医疗|文体|养老|交通|市政|园林|商业|民生|产业|重点|重大|基础设施|公共服务|公共文化|城市更新|棚改|造林|高精尖产业|国际化|专业化)+(?:项目|设施|工程|平台|园区|空间)$/;

/** Options of {@link isProjectName}. */
export interface ProjectNameOptions {
  /**
   * True when the list is of signed or settled firms (签约 上海复星、北启生物): a firm's own name then
   * counts as the project's name even without a head noun.
   */
  firms?: boolean;
}

/**
 * True when a candidate is a named project or facility: it ends in a project or facility head noun
 * (项目, 园, 中心, 医院, 实验室, 装置, 学校, 线, 路, 工程, 平台…), or is a firm's name in a signing list, and
 * it opens neither with a clause word (在, 为, 推动, 服务…) nor with a generic description (国内首家…, 一批…).
 *
 * @example
 * isProjectName('天通苑文化艺术中心') // true
 * isProjectName('在服务北京国际交往中心') // false
 * isProjectName('国内首家国际研究型医院') // false
 * isProjectName('上海复星', { firms: true }) // true
 */
export function isProjectName(name: string, options: ProjectNameOptions = {}): boolean {
  if (name.length < 3 || name.length > 24) return false;
  if (/[\d０-９一两二三四五六七八九十百]+[个项所家座处条]/.test(name)) return false;
  if (CLAUSE_OPENER.test(name) || CLAUSE_INSIDE.test(name) || GENERIC.test(name)) return false;
  if (CONCEPT.test(name) || GENERIC_BODY.test(name.replace(HEAD, ''))) return false;
  if (/[，,。；;：:！？!?“”"+]|等/.test(name)) return false;
  if (HEAD.test(name)) return name.replace(HEAD, '').length >= 2;
  if (/(?:提升|改造|整治|建设|治理|更新|规划)$/.test(name)) return false;
  return (
    options.firms === true &&
    name.length >= 3 &&
    name.length <= 8 &&
    /^[\u4e00-\u9fff]+$/.test(name)
  );
}
