import { SECTOR_IDS, type SectorId } from '../../model/sectors';

/** Keywords of each sector (docs/contracts.md#sectors), matched against a fact's label or name. */
const KEYWORDS: Readonly<Record<SectorId, RegExp>> = {
  'life-sciences':
    /医药|生物|医疗器械|新药|药品|药物|抗体|疫苗|细胞|(?<!材料)基因|生命科学|生命谷|生命园|生命健康|精准医学|脑科学|美丽健康|化妆品/,
  energy: /能源|氢能|储能|电网|电力|输电|电投|低碳清洁|光伏|能源谷/,
  manufacturing: /制造|智造|工厂|工业|装备|汽车|灯塔|标厂|厂房|仪器|传感器|产值|机器人|钻井|空天/,
  digital: /数字|信息|半导体|芯|软件|5G|6G|通信|电信|手机|算力|大数据|人工智能|互联网|网络/,
  'research-education':
    /高校|大学|实验室|科研|研发|研究院|研究中心|研究所|研究平台|学院|学科|科学设施|大科学|光源|实验装置|模拟装置|成像设施|监测网|子午|卫星|风洞|试验平台|实验平台|科技成果|创新中心|高教园|工程技术中心|高新技术企业|专精特新|小巨人|独角兽|科技服务|人才/,
  'infrastructure-urban':
    /道路|路$|路改造|铁路|(?<!超)高速(?!列车模型)|轨道|地铁|交通|路网|里程|供地|用地|地块|城市客厅|建筑规模|建筑面积|城市更新|老旧小区|市政|输变电|停车|产业空间|商业|住宅|街区|慢行|供应|棚改/,
  'public-services':
    /学校|小学|中学|消防站|学位|医院|病床|床位|养老|托位|幼儿园|住房|公租房|保障房|安置房|人才公寓|卫生|就业|可支配收入|名校|教育|学区|社区|服务中心|派出所|法院|检察院|宿舍|食堂|公共服务/,
  ecology: /森林|绿化|造林|公园|绿地|湿地|生态|鸟|污水|河道|干渠|水体|绿道|覆盖率|留白增绿|碳中和/,
  'culture-tourism':
    /文化|旅游|文旅|书店|影视|电影|版本馆|文物|遗址|博物|体育|民宿|音乐节|会都|活动/,
  'reform-opening':
    /两区|自贸|外资|市场主体|制度创新|政策创新|改革|营商|开放|上市|招商|出口|储备项目/,
};

/**
 * Sectors of a fact from its label or name, in the contract's sector order, but for a facility whose
 * research word only qualifies its head (人才公租房): its head's sector first, the fact's main one. A
 * road named after what it passes is a road alone. Returns an empty list when nothing matches;
 * curation can add sectors to such facts.
 *
 * @example
 * classifySectors('规上先进能源企业') // ['energy']
 * classifySectors('生物医药产业基地') // ['life-sciences']
 * classifySectors('回龙观至上地软件园自行车专用路') // ['infrastructure-urban']
 */
export function classifySectors(text: string): SectorId[] {
  // a road named after what it passes (…至上地软件园自行车专用路, 生命园路) is a road, whatever it passes
  if (ROAD_NAME.test(text)) return ['infrastructure-urban'];
  const found = SECTOR_IDS.filter((id) => KEYWORDS[id].test(text));
  const main = headSector(text, found);
  return main ? [main, ...found.filter((id) => id !== main)] : found;
}

/** What follows a name's head and says nothing of its kind (…二期, …工程, …项目). */
const AFTER_HEAD = /(?:[(（]?[一二三四五六七八九十\d]+期[)）]?|工程|项目|建设)+$/;

/**
 * The sector of a name's head, its last words, when research comes first only for a word that
 * qualifies the head (天通中苑人才公租房 → public services, not research for 人才; 清华大学附属小学二期 →
 * public services, not research for 大学): the fact's main sector. A research institute keeps research.
 */
function headSector(text: string, found: readonly SectorId[]): SectorId | null {
  if (found.length < 2 || found[0] !== 'research-education') return null;
  const core = text.replace(AFTER_HEAD, '');
  for (let length = 2; length <= Math.min(core.length, 6); length++) {
    const head = core.slice(-length);
    const main = found.find((id) => KEYWORDS[id].test(head));
    if (main) return main;
  }
  return null;
}

/** A road's or bridge's name, with its works after it (…北延, …改造工程). */
const ROAD_NAME =
  /[\u4e00-\u9fff]{2,}(?:(?<![线电网])路|大街|街|(?<!栈)桥|高速|快速路|环路)(?:[东南西北]延伸?|[东南西北]段|改造|改建|扩建|新建|拓宽|工程|项目|全线)*$/;
