import { ELSEWHERE_NAMES, PLACE_NAMES } from '../link/gazetteer';

/**
 * Head nouns a project or facility name ends in (any match at the end counts). Phases (二期,
 * 三期扩建, 二期(一)) count, since they follow a named facility.
 */
const HEAD =
  /(?:项目|工程|道路|公园|产业园|科技园|工业园|工业区|开发区|科学园|园|园区|片区|中心|基地|医院|院区|实验室|装置|设施|光源|风洞|学校|分校|校区|校址|大学|学院|书院|中学|小学|高中|附小|附中|[一二三四五六七八九十\d]+[小中]|幼儿园|馆|场馆|体育馆|总馆|线|路|街|站|高铁|高速|隧道|(?<!阶)段|绿道|慢行系统|公司|集团|平台|大厦|综合体|住院楼|研究院|研究生院|研究所|站房|派出所|法院|敬老院|(?<=公园)[东南西北]区|工厂|水厂|厂|总部|(?<!大)楼|(?<=楼)[A-Z]|用房|小镇|创新集群|集聚区|公租房|安置房|保障房|租赁房|住房|批发市场|广场|桥|桥梁|枢纽|商圈|商街|社区|用地|地块|城|庙|城墙|鼓楼|[(（]?[一二三四五六七八九十\d]+期[)）]?(?:[(（][一二三四五六七八九十\d]+[)）])?(?:扩建)?)$/;

/** Words that open a clause, not a name: 在…, 为…, 推动…, 服务…. */
const CLAUSE_OPENER =
  /^(?:时期|时间|距离|走进|邻近|维护|在|为|将|把|以|对|与|和(?![平谐睦美])|及|从|至|向|由|通过|注重|突出|强调|共同|见证|联接|连接|串联|创办|聚集|具备|本该|本应|应当|应该|预计|双方|我们|我区|我市|推动|推进|加快|加速|加强|建设|服务|打造|围绕|积极|融入|实现|促进|支持|保障|完成|启动|聚焦|力促|力争|引进|引入|形成|成为|成功|实施|抓好|紧抓|紧紧抓住|统筹|深化|全面|持续|不断|进一步|努力|着力|坚持|发展|提升|提高|优化|布局|保持|大力|全力|完善|健全|开展|落实|强化|做好|做强|做优|做大|打好|筑牢|提供|增加|扩大|确保|构建|创建|争创|鼓励|引导|用好|发挥|探索|规范|高标准|涌现|承担|获评|入选|举办|办好|我国|今年|目前|其中|分类|管控|改造|新建|织补|继续|结合|依托|借鉴|利用|自建|标志着|伴随|吸引|俯瞰|眺望|了解|我|有关|站在|拟新建|拟建|此|年内|区领导|市领导|依靠|配备|加大|承载|关注|负责|式|设(?![计施备])|哪|已|汇聚|注册|因|选址|项目选址|老校名|有(?![研色限机]))/;

/** Clause verbs inside a candidate show that a whole clause was captured (雁栖湖国际会都已成为…). */
const CLAUSE_INSIDE =
  /双一流|周边|这[个条座所家里]|(?<=[\u4e00-\u9fff]{2})(?:将(?!军)|由|在(?!线)|为(?!民))|尽快|明确|总体情况|按照|可供|[【】《》]|于20\d\d年|归入|(?<=.)把|(?<=.)对(?!外)|(?<=.)是(?![非])|方为|定位为|建制为|共同为|选择|靠近|举行|分别|作为|加大|挂牌|乘坐|带着|(?<=.)从|拟利用|延伸至|将有|起始站为|项目为|协议明确|运行和|[东南西北]临(?![河湖水])|以[^，,]{1,8}为中心|由(?=中国|北京)|已成为|始终|只有|出发|更方便|却|仪式|并为|符合|确定|现阶段|原有|建有|分[两二三四五六]期|先后与|聚焦|覆盖|场内|均为|用途|[月年]底|[月年]初|[春夏秋冬]季|升级为|改造为|拆分为|调整为|更名为|定名为?|改名为|记者|公布|召开|要(?!素|塞|道|地)|涵盖|包含|串联|下穿|上跨|成为|已经|后将|将与|规模为|推进|正在|正进行|借助|筹备|将以|将在|将于|将从|也将|还将|做好|至各|位于|地处|坐落|(?<=.)加强|建设中|方面|为主|以及|实现|推动|带动|累计|依托|范围内|首[个家座所批]|[东南西北][起至]|(?:镇|区|市|县|乡|街道|政府|集团|公司)与|的|了|管委会|委员会|人民政府|区政府|市政府|单位|(?<!协)和(?![平谐睦美])/;

/** City-level roles and policy areas (国际科技创新中心, 国际交往中心, 示范区): goals, not projects. */
const CONCEPT =
  /(?:国际科技创新中心|国际科创中心|国际交往中心|全国文化中心|国际消费中心|^(?:北京|首都)科创中心|承载区|示范区|试验区|先行区|新城|核心区|标杆城市|模范城|之城|之都|活力城|和谐城|文明城|科学城|科技城|森林城市|城区|主平台|家园)$/;

/**
 * Programmes called 工程 that build nothing (生命技术赶超工程, 雪亮工程, 百万亩造林工程, 第三代社会保障卡
 * 工程); one year's work under such a programme is a project (怀柔区2020年浅山区荒山造林工程).
 */
const PROGRAM = /(?:赶超|振兴|惠民|聚才|引才|育才|雪亮|昌聚|造林|廉洁|卡)工程$/;

/** A kind alone, which a phase after it does not make a name (医院二期, 项目三期). */
const BARE_KIND = /^(?:医院|学校|园区|项目|工程|中心|公园|校区|基地)$/;

/** Words that say only what kind of thing it is (口袋公园, 新型基础设施, 社区卫生服务中心 aside). */
const GENERIC_WORDS =
  '媒体|新闻|战略|科研|雨污|换乘|复杂|桥涵|休闲|口袋|郊野|社区|基层|公共|文化|新型|基础|共性|技术|服务|国际一流|现代化|平原|新|代征代建|城市|高品质|商业|重点|重大|产业|特色|精品|全龄友好型|小微|一般|各类|大型|综合|便民|教育|医疗|文体|养老|交通|市政|园林|民生|造林|高精尖|国际化|专业化|工程技术|社会组织孵化|液化石油气充装|老旧|碳中和|主题|互联网|农村|老年|配餐|区属|市级|区级|智慧|平安|国家|全国|国家级|省部级|集体|健康|标准|高校|孵化|研发|创新|一流|世界级|三级|二级|人均|协同|融通|大中小企业|示范|转化|加速|轨道交通|微|跨国|企业|重要|功能|北京|首都|都市|工业|生产|制造|剩余|中间|天然林|保护|各类|产研|交叉|研究|体育|智能|数字化|绿色|低碳|土建|建安|土方|创业|科技|科学|科学家|成果|活动|景观|运营|管理|总部|办公|中试|生产|正选|国际|功能|用户|教学|学院|学生|主|市区|两级|滨水|MALL|人才|配套|活力|住宅|央企|经济适用|补植|国有|酒店|公寓|生态|高端|大科学|林荫|散步道|小|核心|综合型|综合性|公立|附属|三甲|高科技|优质|智慧化|工程|装置|设施|照明|绿化|雨水|污水|给水|再生水|燃气|热力|排水|供水|供电|供热|供气|空调|通信|辐射防护|实验|管线|管网|消防|小型|绝佳|学位|图书|篮球|羽毛球|游泳|展览|多媒体|写字|高架|骨干|快速|优质|第[一二三四五六七八九十]批';
const GENERIC_BODY = new RegExp(`^(?:${GENERIC_WORDS})+$`);

/**
 * Kinds of provision named after the area they serve, not projects (中心区基础设施, 配套设施), and the
 * amenities a place is fitted with (便民设施).
 */
const PROVISION = /(?:基础设施|配套设施|公共服务设施|公共设施|便民设施|配套)$/;

/**
 * Fields and sectors a report counts projects by (教育、医疗卫生、文体…等N个项目), and words that open a
 * phrase rather than a name: an item made of them is a category, not a project.
 */
const CATEGORY = new RegExp(
  `^(?:${GENERIC_WORDS}|卫生|绿化|生态|环境|体育|安全|就业|社保|管理|社会管理|社会事业|治理|公益|福利|年度)+$|^[更还也都均已再又亦则就]`,
);

/** Descriptions rather than names: 国内首家…, 一批…, 多个…, or a kind word alone (教育项目). */
const GENERIC =
  /^(?:任何|国内首家|全国首家|全国首个|全市首家|全市首个|首家|首个|首批|第一批|第一[家个座所]|一[栋座所个家处]|一批|各项|各个|一系列|多个|多家|各类|各种|若干|部分|相关|重点|重大(?!疾病)|其他|所有|全部|全体|该|这些?|那些?)|^整个|^每个|^[一二三]级[甲乙](?:等|$)|^(?:任务|工作)(?:与|和)(?:项目|工程)$|^本次|^(?:教育|医疗|文体|养老|交通|市政|园林|商业|民生|产业|重点|重大|基础设施|公共服务|公共文化|城市更新|棚改|造林|高精尖产业|国际化|专业化)+(?:项目|设施|工程|平台|园区|空间)$/;

/**
 * Kinds and fragments that a clause leaves where a name would stand: a class of projects (医疗器械类
 * 重大项目), projects by origin or stage (外资项目, 储备项目), 项目中 (among the projects), a site's layout
 * (分为三期).
 */
const FRAGMENT =
  /类(?:重大|重点)?(?:产业)?项目$|^(?:外资|内资|储备|签约|在建|续建|新建|备选|入库|谋划)(?:重大|重点)?项目$|(?:项目|工程)中(?:既有|还有|也有|有)?$|^分为/;

/**
 * A stage of building work named by its kind (土石方开挖工程, 基坑支护及降水工程, 主体结构工程): a step
 * in putting up a project, not a project.
 */
const WORK_STAGE =
  /^(?:土石方|土方|石方|开挖|基坑|支护|降水|护坡|桩基|地基|基础|主体结构|二次结构|结构|装修|装饰|精装修|幕墙|机电|安装|土护降|防水|管线|迁改|拆除|及|和|与|、)+(?:工程|施工)$/;

/**
 * A person named by office (区委书记甲, 乙公司总经理丙) or a body of the district (区人大, 区政协):
 * those at an event, not a project.
 */
const PERSON =
  /书记|区长|市长|镇长|主任|总经理|总裁|董事长|局长|处长|院长|校长|委员|代表|人大(?!附)|政协|领导人|领导同志/;

/**
 * True for a person named by office or role (区委书记甲, 党和国家领导人乙): a list that opens with one lists
 * people (visitors, speakers), whatever its other items look like.
 */
export function isPerson(name: string): boolean {
  return PERSON.test(name);
}
/**
 * Fittings and equipment (健身器材, 安全胶垫, 长椅石凳, 景墙, 廊架, 驳岸), a site's outdoor spaces (下沉庭院,
 * 绿化广场, 入口广场, 水景平台), what lies on one side of it (南侧设计绿化广场) and its planned use (用途为…):
 * what a place is furnished with.
 */
const FITTINGS =
  /(?:器材|设备|胶垫|石凳|长椅|座椅|桌椅|路灯|垃圾桶|坐凳|廊架|景墙|木栈桥|木栈道|驳岸|(?<![车中])间)$|^(?:下沉庭院|绿化广场|室外空间|入口广场|活动场地|水景平台|亲水平台|观景平台)$|^[东南西北]{1,2}(?:侧|边|面|角)|用途为/;

/** Landmarks named by their kind alone, which a list of projects may hold (文庙、鼓楼等节点景观). */
const LONE_HEAD = /^(?:鼓楼|钟楼|城墙)$/;

/** Endings that make a phrase an action or a type, not a name, even inside a list of projects. */
const NOT_A_NAME_END =
  /(?:提升|改造|整治|治理|更新|规划|建设|利用|加装|供应|试点|案例|品牌|名片|活动|运动|休憩|绿化|[有为]|联合体|共同体|体系|机制|模式|开发|红线|绿线|蓝线|行动|计划|方案|政策|意见|办法|条例|清单|名单|目录|任务|成果|赛道|领域|产品|技术|计算|地带|地区|区域|一带|周边|创新|突破|研究|演出|阅览|讲座|培训|咨询)$/;

/**
 * Roads and works named by kind alone, after a place or an office at most (主干路网道路, 甲区重点道路,
 * 北京市路政局道路, 老堵点工程), and words that are no road though they end in 路 (科学思路).
 */
const KIND_OF_ROAD =
  /^(?:[\u4e00-\u9fff]{1,8}?(?:城|区|市|镇|局|委))?(?:[主次]干|重点|城市|主要|区域|市政|骨干|路网|交通|周边|老|新|疏堵|堵点)*(?:道路|路网|堵点工程|堵点)$|(?:思路|出路|套路|门路)$|(?:另外|此外|其中)$/;

/** An aside in brackets after a name (京津冀国家技术创新中心(怀柔科学城中心)); a bracketed phase is not one. */
const ASIDE = /[(（](?![一二三四五六七八九十\d]+期?[)）])[^()（）]*[)）]$/;

/**
 * A count in a name makes it a description (7座输变电工程, 两轮百万亩造林工程, 42公里绿道); numerals
 * inside a place name (北七家, 十三陵) do not count.
 */
const COUNTED =
  /[一两二三四五六七八九十]+所?(?:高校|大学)|[一两二三四五六七八九十百]+(?:余|多)?[个项所座处条轮批大根套]|(?:^|[共有计])[一两二三四五六七八九十百]+[家名]|[\d０-９]+(?:余|多)?[个项所家座处条名轮批宗栋套]|多[家个座所]|[万千百]余?人次?|^[\d.]+(?:公里|千米|米|万?平方米|亩|公顷)/;
/** Work done on a named facility, kept in the name (北清路快速化提级改造, 地铁19号线北延). */
const WORK_SUFFIX =
  /(?:快速化提级改造|提级改造|扩能提升|改造提升|提升改造|综合改造|综合提升|城市更新行动|城市更新|更新改造|北延|南延|西延|东延|延长线|改造|提升)$/;

/** A phase at the end of a name (园林景观工程一期): a kind with a phase is still a kind. */
const PHASE_END = /[(（]?[一二三四五六七八九十\d]+期[)）]?$/;
/** A phase with nothing before it (二期项目, 三期正选项目, 一期工程): it needs the place it is a phase of. */
const BARE_PHASE_NAME =
  /^(?:医院|学校|园区|中心|公园|校区|基地)?[一二三四五六七八九十]+期[\u4e00-\u9fff]{0,3}(?:项目|工程)$/;
/** A numbered building of a facility (高能同步辐射光源2号楼): a part of it, not a project. */
const NUMBERED_PART = /\d+号(?:楼|厂房)$/;
/**
 * A year and a kind after a place (未来科学城2020年市级重点工程): the title of a list, not a name; after
 * a named work (京津风沙源治理二期工程2019年项目) it is that year's part of the work.
 */
const YEAR_TITLE = /20\d\d年(.*)$/;

/**
 * A page's furniture taken for a name: the site or channel it was published on (搜狐网站, …新闻网,
 * 客户端), a breadcrumb (搜狐新闻-搜狐网站, 新闻中心 > 国内新闻) or a credit line (责任编辑, 来源).
 */
const PAGE_FURNITURE =
  /(?:网站|新闻网|网站群|频道|客户端|公众号|论坛|首页)$|^(?:责任编辑|编辑|来源|作者|记者|原标题|版权所有|Copyright)|[>＞|｜]|[^\s(（]\s*[-—]\s*[^\s)）]*(?:网|新闻|频道)/;

/** A superlative that describes a facility (世界最亮光源, 全国最大…): praise, not its name. */
const SUPERLATIVE = /^(?:世界|全球|全国|国内|亚洲|全市|北京)(?:上)?最/;
/**
 * A slogan counting kinds of thing (“一装置两平台”, “两谷一园”), or a layout told by one (公园构建“一心一塔
 * 两轴三片区”): a programme's or a plan's shorthand, not a name.
 */
const SLOGAN =
  /[“"][^”"]*[一两二三四五六七八九十][^一两二三四五六七八九十”"]{1,3}[一两二三四五六七八九十][^”"]*[”"]$/;

/** True for a name that ends in a quoted slogan counting kinds of thing (甲构建“一心一塔两轴”). */
export function endsInSlogan(name: string): boolean {
  return SLOGAN.test(name);
}

/**
 * An adverb, locative or date a clause leaves after a name (这条道路就将通车, 京郊又一处公园, …医疗园内,
 * …路全线, …地块剩余, 昌平区2022年), or a time alone (竣工后): the words were cut in the wrong place.
 */
const TRAILING_PARTICLE =
  /[也又就还才却则便亦仍既]$|(?<=村)[东南西北]$|^(?:未来|将来|待)?(?:竣工|建成|完工|开工|投用)后$|(?<=[园区院馆校场])[内里]$|全线$|剩余$|20\d\d年$/;

/** A kind told by its voltage (500千伏变电站): which kind, not which one. */
const VOLTAGE_KIND = /^\d+(?:千伏|kV)/;

/** Several projects under one word (怀柔科学城系列项目): not one project. */
const COLLECTIVE = /系列(?:项目|工程)$/;

/**
 * A designation a project holds (国家“十四五”时期重大工程, 北京市重点工程, “回天行动计划”重点民生工程): the
 * list it is on, not its name.
 */
const DESIGNATION = /(?:重点|重大)(?:民生)?(?:工程|项目)$|民生工程$/;

/** A part named by its place in a whole alone (首段, 一段, 末段): which part, not which work. */
const PART_ONLY = /^(?:首|末|前|后|中|[一二三四五六七八九十])段$/;

/** Adverbs of time left where a subject would stand (…园区始终…,现已成为…): no name at all. */
const ADVERB_ONLY = /^(?:现已|现在|目前|如今|已经|正在|始终|一直|早已|仍然)$/;

/**
 * Lines drawn on a plan (城市绿线, 河道蓝线, 生态保护红线): boundaries, not works; and lines that are no
 * railway or road (壮美弧线, 微循环路线, 咨询热线).
 */
const PLANNING_LINE = /[红绿蓝紫黄]线$|(?:弧|曲|路|战|防|底|界|热)线$/;

/** A province or city outside Beijing named alone (台湾、厦门等长庚医院): a place, not a project. */
const ELSEWHERE: ReadonlySet<string> = new Set(ELSEWHERE_NAMES);

/** Options of {@link isProjectName}. */
export interface ProjectNameOptions {
  /**
   * True when the list is of signed or settled firms (签约 上海复星、北启生物): a firm's own name then
   * counts as the project's name even without a head noun.
   */
  firms?: boolean;
  /** True for a name that a list joined with 和 (北京怀柔仪器和传感器产业园): the 和 is part of it. */
  joined?: boolean;
  /**
   * True for an item of a list the document calls projects (新生巢、飞镖国际等135个项目, 新龙泽、黄土店等
   * 项目): a proper name counts without a head noun, though actions and kinds still do not.
   */
  listed?: boolean;
}

/**
 * True when the name is only a kind of thing: a head noun after generic words (口袋公园, 国家实验室),
 * or a head noun with a phase alone (医院二期).
 */
export function isGenericName(name: string): boolean {
  if (GENERIC.test(name)) return true;
  const body = name.replace(HEAD, '');
  if (body !== name && (body === '' || GENERIC_BODY.test(body))) return true;
  const unphased = name.replace(PHASE_END, '');
  const unphasedBody = unphased.replace(HEAD, '');
  if (unphased !== name && BARE_KIND.test(unphased)) return true;
  return unphased !== name && unphasedBody !== '' && GENERIC_BODY.test(unphasedBody);
}

/**
 * True for a kind of amenity (便民设施, 配套设施): what a place is fitted with, so the items a list of
 * them names (小药箱、打气筒等便民设施) are no projects. Infrastructure (基础设施) is built as projects.
 */
export function isAmenity(kind: string): boolean {
  return /(?:便民设施|配套设施|服务设施|配套基础设施)$/.test(kind);
}

/** True for a city-level role or policy area (承载区, 示范区, 国际科创中心): a goal, never a project. */
export function isConcept(name: string): boolean {
  return CONCEPT.test(name);
}

/**
 * True for a plain noun that may open a name joined by 和 (北京怀柔仪器和传感器产业园): no quotes, no
 * action or kind at its end (景观提升, 领军企业), not only generic words.
 */
export function isPlainNoun(text: string): boolean {
  return (
    /^[\u4e00-\u9fffA-Za-z0-9]{2,}$/.test(text) &&
    !NOT_A_NAME_END.test(text) &&
    !/(?:企业|机构|单位|部门|人员|人才)$/.test(text) &&
    !GENERIC_BODY.test(text)
  );
}

/** True when the name ends in a project or facility head noun. */
export function hasProjectHead(name: string): boolean {
  return HEAD.test(name);
}

/** Zones and their parts by name, longest first, and the words that make an area of them. */
const ZONE_WORDS = [...PLACE_NAMES].sort((a, b) => b.length - a.length);
const AREA_SUFFIX = /(?:产业集聚区|集聚区|片区|地区|区域|板块)$/;

/**
 * A zone told as an area (未来科学城生命谷片区, 未来科学城(生命谷)产业集聚区): zone names, with the district
 * or city before them, and a word of area after. A place, not a project.
 *
 * @example
 * isZoneArea('未来科学城(生命谷)产业集聚区') // true
 * isZoneArea('生命谷国际精准医学产业园') // false
 */
export function isZoneArea(name: string): boolean {
  if (!AREA_SUFFIX.test(name)) return false;
  let rest = name.replace(AREA_SUFFIX, '').replace(/[(（)）]/g, '');
  for (const zone of ZONE_WORDS) rest = rest.split(zone).join('');
  return rest.replace(/^(?:北京市?|昌平区?|怀柔区?)+/, '') === '' && rest !== name;
}

/**
 * True when a candidate is a named project or facility: it ends in a project or facility head noun
 * (项目, 园, 中心, 医院, 实验室, 装置, 学校, 线, 路, 工程, 平台, 地块…), or is a firm's name in a signing
 * list, or an item of a list of projects; and it opens neither with a clause word (在, 为, 推动…) nor
 * with a generic description (国内首家…, 一批…), and is not only a kind of thing (口袋公园).
 *
 * @example
 * isProjectName('天通苑文化艺术中心') // true
 * isProjectName('在服务北京国际交往中心') // false
 * isProjectName('口袋公园') // false
 * isProjectName('上海复星', { firms: true }) // true
 * isProjectName('黄土店', { listed: true }) // true
 */
export function isProjectName(full: string, options: ProjectNameOptions = {}): boolean {
  const min = options.listed ? 2 : 3;
  if (full.length < min || full.length > 28) return false;
  const name = (options.joined ? full.replace('和', '·') : full).replace(ASIDE, '');
  if (ELSEWHERE.has(name)) return false;
  if (COUNTED.test(name)) return false;
  if (CLAUSE_OPENER.test(name) || CLAUSE_INSIDE.test(name) || isGenericName(name)) return false;
  if (CONCEPT.test(name) || PROVISION.test(name) || FRAGMENT.test(name)) return false;
  if (WORK_STAGE.test(name) || PERSON.test(name) || FITTINGS.test(name)) return false;
  if (KIND_OF_ROAD.test(name)) return false;
  if (PROGRAM.test(name) && !/20\d\d年/.test(name)) return false;
  const unbracketed = name
    .replace(/[(（][\u4e00-\u9fff]{1,4}[)）](?=.)/g, '')
    .replace(
      /[(（](?:[一二三四五六七八九十\d]+期?|[^()（）]{2,10}[-—–~～至][^()（）]{2,10})[)）]/g,
      '',
    );
  if (/[，,。；;：:！？!?+、]|等/.test(name) || /[(（]/.test(unbracketed)) return false;
  if (COLLECTIVE.test(name) || PAGE_FURNITURE.test(full)) return false;
  if (SUPERLATIVE.test(name) || SLOGAN.test(name) || VOLTAGE_KIND.test(name)) return false;
  if (PLANNING_LINE.test(name) || NUMBERED_PART.test(name) || BARE_PHASE_NAME.test(name))
    return false;
  if (DESIGNATION.test(name) || (/段$/.test(name) && PLACE_NAMES.has(name.slice(0, -1))))
    return false;
  if (ADVERB_ONLY.test(name) || PART_ONLY.test(name) || isZoneArea(name)) return false;
  if (/\s/.test(name) || (name.match(/[“”]/g) ?? []).length % 2 === 1) return false;
  // a name that mojibake repair blanked in part (□□□e水潭医院…) cannot be shown as written
  if (name.includes('\ufffd')) return false;
  if (TRAILING_PARTICLE.test(name)) return false;
  if ((name.match(/[(（]/g) ?? []).length !== (name.match(/[)）]/g) ?? []).length) return false;
  const title = YEAR_TITLE.exec(name);
  const owner = title ? name.slice(0, title.index) : '';
  if (title && isGenericName(title[1]!) && (!hasProjectHead(owner) || CONCEPT.test(owner)))
    return false;
  if (HEAD.test(name)) return name.replace(HEAD, '').length >= (options.listed ? 1 : 2);
  const worked = name.replace(WORK_SUFFIX, '');
  if (worked !== name && HEAD.test(worked) && !isGenericName(worked)) return true;
  if (options.listed && name.length >= 2 && LONE_HEAD.test(name)) return true;
  if (NOT_A_NAME_END.test(name)) return false;
  if (options.listed && (GENERIC_BODY.test(name) || CATEGORY.test(name))) return false;
  if (options.listed) return /^[\u4e00-\u9fffA-Za-z0-9“”"()（）·]+$/.test(name);
  return (
    options.firms === true &&
    name.length >= 3 &&
    name.length <= 8 &&
    /^[\u4e00-\u9fff]+$/.test(name)
  );
}
