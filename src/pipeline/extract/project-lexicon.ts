import type { ProjectStatus } from '../../model/dataset';

/**
 * Verbs that say where a project stands, with the status they give (longest first when matched).
 * A visit (区领导来到…, 走进, 走访, 调研) cuts the clause like any verb, so the visitors are no part of
 * the name; what is visited is running, but it is a project only when its name is one (…有限公司).
 * A verb that only pushes a project along (加快, 推动) says nothing of its status by itself: the
 * tense of the sentence decides (see `PUSH_VERBS`).
 */
export const STATUS_VERBS: readonly (readonly [string, ProjectStatus])[] = [
  ['签约落地', 'signed'],
  ['签约', 'signed'],
  ['签订了', 'signed'],
  ['签订', 'signed'],
  ['签定了', 'signed'],
  ['签定', 'signed'],
  ['落地', 'signed'],
  ['落户', 'signed'],
  ['引进了', 'signed'],
  ['引进', 'signed'],
  ['引入了', 'signed'],
  ['引入', 'signed'],
  ['入驻了', 'in-use'],
  ['入驻', 'in-use'],
  ['进驻', 'in-use'],
  ['集聚了', 'in-use'],
  ['聚集了', 'in-use'],
  ['建成投用', 'in-use'],
  ['建成开园', 'in-use'],
  ['建成开馆', 'in-use'],
  ['建成开学', 'in-use'],
  ['建成开放', 'in-use'],
  ['竣工开学', 'in-use'],
  ['建成通车', 'in-use'],
  ['建成送电', 'in-use'],
  ['完工投用', 'in-use'],
  ['投入使用', 'in-use'],
  ['投用', 'in-use'],
  ['开业运营', 'in-use'],
  ['开学运营', 'in-use'],
  ['开业', 'in-use'],
  ['开园', 'in-use'],
  ['开馆', 'in-use'],
  ['开学', 'in-use'],
  ['通车', 'in-use'],
  ['挂牌运行', 'in-use'],
  ['投入运营', 'in-use'],
  ['投入运行', 'in-use'],
  ['正式运行', 'in-use'],
  ['试运行', 'in-use'],
  ['落成启用', 'in-use'],
  ['全面投产', 'in-use'],
  ['投产', 'in-use'],
  ['揭牌', 'in-use'],
  ['挂牌成立', 'in-use'],
  ['正式成立', 'in-use'],
  ['成立', 'in-use'],
  ['启用', 'in-use'],
  ['通达', 'in-use'],
  ['对外开放', 'in-use'],
  ['开放', 'in-use'],
  ['新建成', 'completed'],
  ['落成', 'completed'],
  ['交付', 'completed'],
  ['竣工验收', 'completed'],
  ['通过验收', 'completed'],
  ['竣工', 'completed'],
  ['完工', 'completed'],
  ['建成', 'completed'],
  ['主体结构封顶', 'under-construction'],
  ['封顶', 'under-construction'],
  ['开工建设', 'under-construction'],
  ['奠基', 'under-construction'],
  ['破土动工', 'under-construction'],
  ['动工', 'under-construction'],
  ['开建', 'under-construction'],
  ['开复工', 'under-construction'],
  ['铺轨', 'under-construction'],
  ['架梁', 'under-construction'],
  ['合龙', 'under-construction'],
  ['开工', 'under-construction'],
  ['进场施工', 'under-construction'],
  ['施工', 'under-construction'],
  ['正在加快建设', 'under-construction'],
  ['正在建设', 'under-construction'],
  ['修建中的', 'under-construction'],
  ['建设中的', 'under-construction'],
  ['在建的', 'under-construction'],
  ['获核准', 'planned'],
  ['核准', 'planned'],
  ['批复', 'planned'],
  ['规划建设', 'planned'],
  ['拟设', 'planned'],
  ['规划', 'planned'],
  ['来到', 'in-use'],
  ['走进', 'in-use'],
  ['走访了', 'in-use'],
  ['走访', 'in-use'],
  ['调研了', 'in-use'],
  ['调研', 'in-use'],
  ['参观了', 'in-use'],
  ['参观', 'in-use'],
  ['获评', 'unknown'],
  ['入选', 'unknown'],
];

/**
 * Verbs that push a project along, build or run it without saying how far it is: the status comes
 * from the sentence (a plan, or work under way).
 */
export const PUSH_VERBS: readonly string[] = [
  '高标准设计建设',
  '高标准建设',
  '加快推进',
  '加速建设',
  '加快建设',
  '抓紧推进',
  '坚决保障',
  '重点推进',
  '全面贯通',
  '精心打造',
  '设计建设',
  '加快',
  '加速',
  '推动',
  '推进',
  '保障',
  '启动',
  '实施',
  '打造',
  '搭建',
  '布局',
  '融入',
  '用好',
  '发挥',
  '抓好',
  '完成',
  '完结',
  '实现',
  '提速',
  '力促',
  '力争',
  '促进',
  '贯通',
  '打通',
  '重现',
  '助力',
  '支持',
  '新增',
  '新建',
  '建设',
  '拓展',
  '组建',
  '共建',
  '编制',
  '其中包括',
  '分别是',
  '分别为',
  '包括',
  '涉及',
  '已有',
  '拥有',
  '纳入',
];

/**
 * What follows a list of projects to say what is done to them (…建设, …前期工作, …入市); it ends the
 * list and is not part of any name.
 */
export const WORK_NOUNS =
  /(?:规划落地|开发建设|开发利用|主体建设|前期工作|前期手续|精准供应|项目建设|改造提升|扩容升级|建设|开发|利用|供应|入市|落地|应用场景|作用)$/;

/** Kinds after 等 or a count that make the listed items projects: 等68个项目, 等平台, 等地块. */
export const PROJECT_KINDS =
  /(?:项目|工程|平台|设施|机构|资源|节点|景观|地块|商圈|综合体|住房|道路|主干路|次干路|支路|快速路|断头路|桥梁|公园|园区|基地|学校|名校名园|名校|场馆|站房|空间|新校区|校区|中心|医院|工业区|产业园|实验室|研究院|研究所|院所|装置|变电站)$/;

/**
 * Kinds that make listed items projects only when the verb has them settle or sign somewhere
 * (入驻了…等600多家行业领军企业); a list of firms praised or going public is not one.
 */
export const FIRM_KINDS = /(?:企业|央企|国企|公司|机构|院校|高校|大学|科研院所)$/;

/**
 * Facility types an item without a head of its own takes from the list's kind: 鞍钢、武钢等地块 →
 * 鞍钢地块; 北航、北邮等高校新校区 → 北航新校区. Kinds not listed here (项目, 平台, 资源) name no
 * facility type, so the items keep their own names (新生巢、飞镖国际等项目).
 */
export const SHARED_HEADS =
  /(?:国家重点实验室|全国重点实验室|重点实验室|集体土地租赁住房|城市综合体|商业综合体|输变电工程|棚改项目|新校区|综合体|地块|商圈|校区|工业区|变电站)$/;
