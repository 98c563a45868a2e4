/**
 * A reviewed word-spinner dictionary: each entry is [spun form, original form]. Spinners replace words
 * with near-synonyms or homophone-like nonsense (人 → 东谈主, 未来 → 改日, 项目 → 技俩). Entries marked
 * `signature` are forms that almost never occur in ordinary writing; several distinct signatures in one
 * document identify it as spun. The other entries are only applied to a document that is already
 * identified, because on their own they are ordinary words.
 */
export interface SpinEntry {
  spun: string;
  original: string;
  signature: boolean;
  /**
   * The spinner the entry belongs to: `homophone` spinners write near-homophones and odd synonyms
   * (人 → 东谈主, 项目 → 技俩), `synonym` spinners plain synonyms (完成 → 完结, 开放 → 敞开, 发展 → 开展).
   * A document is restored with the entries of the family whose signatures it shows.
   */
  family: SpinFamily;
}

export type SpinFamily = 'homophone' | 'synonym';

const SIGNATURES: readonly (readonly [string, string])[] = [
  ['东谈主', '人'],
  ['东说念主', '人'],
  ['人命谷', '生命谷'],
  ['人命科学', '生命科学'],
  ['人命园', '生命园'],
  ['回寰宇区', '回天地区'],
  ['技俩', '项目'],
  ['往常米', '平方米'],
  ['往常公里', '平方公里'],
  ['隐私率', '覆盖率'],
  ['好意思', '美'],
  ['不雅', '观'],
  ['饱读', '鼓'],
  ['竖立', '建设'],
  ['高质料', '高质量'],
  ['蚁合', '集聚'],
  ['赛谈', '赛道'],
  ['轨谈', '轨道'],
  ['谈路', '道路'],
  ['绿谈', '绿道'],
  ['滨水谈', '滨水道'],
  ['骑行谈', '骑行道'],
  ['循环天', '轮回天'],
  // 两轮回天行动 spun at once as 轮回 → 循环 and 行动 → 行径: the two forms overlap
  ['循环天行径', '轮回天行动'],
  ['频年来', '近年来'],
  ['客岁', '去年'],
  ['畴昔一年', '过去一年'],
  ['行径策画', '行动计划'],
  ['行径决策', '行动方案'],
  ['回天行径', '回天行动'],
  ['主阵脚', '主阵地'],
  ['当代化', '现代化'],
  ['糊口', '生活'],
  ['后生报', '青年报'],
  ['国度实验室', '国家实验室'],
  ['重心实验室', '重点实验室'],
  ['工程本事', '工程技术'],
  ['丛林', '森林'],
  ['三级病院', '三级医院'],
  ['所有这个词', '整个'],
  ['来岁', '明年'],
  ['矜重', '正式'],
  ['鼎新', '创新'],
  ['狡计', '规划'],
  ['宇宙一流', '世界一流'],
  ['经济设备区', '经济开发区'],
  ['初始区', '启动区'],
  ['后果变调', '成果转化'],
];

const CONTEXTUAL: readonly (readonly [string, string])[] = [
  ['改日', '未来'],
  ['宇宙重心', '全国重点'],
  ['宇宙"两山"', '全国"两山"'],
  ['宇宙高校', '全国高校'],
  ['重心发展', '重点发展'],
  ['重心产业', '重点产业'],
  ['布告', '书记'],
  ['泄露', '透露'],
  ['暗示', '表示'],
  ['改进创新', '改革创新'],
  ['迫切握手', '重要抓手'],
  ['耕种', '培育'],
  ['计谋新兴', '战略新兴'],
  ['品性', '品质'],
  ['民生保险', '民生保障'],
  ['杰出握好', '突出抓好'],
  ['上风杰出', '优势突出'],
  ['杰出央城', '突出央城'],
  ['杰生产城', '突出产城'],
  ['握好', '抓好'],
  ['握落实', '抓落实'],
  ['创新引颈', '创新引领'],
  ['国外科创', '国际科创'],
  ['国外医疗', '国际医疗'],
  ['国外影响力', '国际影响力'],
  ['素养', '教育'],
  ['咱们', '我们'],
  ['深远校城', '深化校城'],
  ['会通', '融合'],
  ['得手', '成功'],
  ['团结创新', '合作创新'],
  ['团结竖立', '合作建设'],
  ['按期委派', '如期交付'],
  ['罢了', '实现'],
  ['贪图、设想', '规划、设计'],
  ['本年', '今年'],
  ['合座', '整体'],
  ['激动', '推进'],
  ['范例', '标准'],
  ['开导', '开发'],
  ['不休', '不断'],
  ['仍是造成', '已经形成'],
  ['基金群领域', '基金群规模'],
  ['伙同三年', '连续三年'],
  ['卓越', '超过'],
  ['名次', '排名'],
  ['前线', '前列'],
  ['秀丽', '美丽'],
  ['进步城市', '提升城市'],
  ['最好现实', '最佳实践'],
  ['现实创新', '实践创新'],
  ['数目', '数量'],
  ['同期', '同时'],
  ['生意MALL', '商业MALL'],
  ['引发产业', '激发产业'],
  ['奉行', '实施'],
  ['秉性', '特色'],
  ['相配是', '特别是'],
  ['脱手', '启动'],
  ['从属', '附属'],
  ['无间', '继续'],
  ['勾引', '吸引'],
  ['时期', '时代'],
  ['关连', '相关'],
  ['花式修复', '项目建设'],
  ['修复花式', '建设项目'],
  ['花式', '项目'],
  ['修复', '建设'],
  ['鼓动', '推进'],
  ['瞻望', '预计'],
  ['齐全', '完成'],
  ['变调', '转化'],
  ['教授楼', '教学楼'],
  ['教授科研', '教学科研'],
  ['寝室', '宿舍'],
  ['性处', '地处'],
  ['行将', '即将'],
  ['照顾', '研究'],
  ['见地', '方向'],
  ['不绝初始', '陆续启动'],
  ['初始', '启动'],
];

/**
 * A synonym spinner's forms that ordinary writing does not use (高质量开展, 全龄友爱, 归纳体育馆, 担任的人):
 * compounds in which one word was swapped for a synonym that does not fit it.
 */
const SYNONYM_SIGNATURES: readonly (readonly [string, string])[] = [
  ['高质量开展', '高质量发展'],
  ['全龄友爱', '全龄友好'],
  ['零碳开展', '零碳发展'],
  ['担任的人', '负责人'],
  ['功用分区', '功能分区'],
  ['功用系统', '功能系统'],
  ['归纳体育馆', '综合体育馆'],
  ['敞开试运行', '开放试运行'],
  ['首要建造', '主要建设'],
  ['完结主体', '完成主体'],
  ['建造时序', '建设时序'],
  ['改造提高', '改造提升'],
  ['提档晋级', '提档升级'],
  ['日子学习', '生活学习'],
];

/** The same spinner's ordinary words, restored only in a text that shows its signatures. */
const SYNONYM_CONTEXTUAL: readonly (readonly [string, string])[] = [
  ['建造', '建设'],
  ['完结', '完成'],
  ['估计', '预计'],
  ['敞开', '开放'],
  ['首要', '主要'],
  ['功用', '功能'],
  ['开展', '发展'],
  ['其间', '其中'],
  ['要点', '重点'],
  ['供给', '提供'],
  ['满意', '满足'],
  ['日子', '生活'],
  ['依照', '按照'],
  ['完好', '完善'],
  ['晋级', '升级'],
  ['交给', '交付'],
  ['顺畅', '顺利'],
  ['全体', '整体'],
  ['陈述厅', '报告厅'],
  ['巨细', '大小'],
  ['丰厚', '丰富'],
  ['杰出', '突出'],
  ['交融', '融合'],
  ['生机', '活力'],
  ['天然', '自然'],
  ['友爱', '友好'],
  ['装备', '配备'],
  ['保存使用', '保留利用'],
  ['当时', '目前'],
  ['筹备', '准备'],
  ['构成', '形成'],
  ['效果', '成果'],
  ['配套设备', '配套设施'],
];

/** The entries of one list, of one spinner's family, signatures or not. */
function entries(
  pairs: readonly (readonly [string, string])[],
  family: SpinFamily,
  signature: boolean,
): SpinEntry[] {
  return pairs.map(([spun, original]) => ({ spun, original, signature, family }));
}

/** Every entry, longest spun form first so that phrases win over their parts. */
export const SPIN_DICTIONARY: readonly SpinEntry[] = [
  ...entries(SIGNATURES, 'homophone', true),
  ...entries(CONTEXTUAL, 'homophone', false),
  ...entries(SYNONYM_SIGNATURES, 'synonym', true),
  ...entries(SYNONYM_CONTEXTUAL, 'synonym', false),
].sort((a, b) => b.spun.length - a.spun.length || a.spun.localeCompare(b.spun));
