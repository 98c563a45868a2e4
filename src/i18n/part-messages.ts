import type { Lang } from './lang';

/**
 * Interface text of the parts loaded on demand (the comparison, its picker and the downloads),
 * kept apart from `MESSAGES` so that the first screen does not carry it.
 */
export const PART_MESSAGES = {
  compareWith: { zh: '与其他区域对比…', en: 'Compare with…' },
  compareZones: { zh: '对比区域…', en: 'Compare zones…' },
  compareChoose: { zh: '选择两到三个区域', en: 'Choose two or three zones' },
  compareGo: { zh: '对比', en: 'Compare' },
  exportLabel: { zh: '下载（含出处）', en: 'Download with sources' },
  exportFailed: {
    zh: '导出功能未能加载，请重试。',
    en: 'The export could not be loaded; try again.',
  },
  heading: { zh: '区域对比', en: 'Zones side by side' },
  close: { zh: '关闭对比', en: 'Close the comparison' },
  change: { zh: '更改对比的区域…', en: 'Change the zones…' },
  remove: { zh: '从对比中移除{zone}', en: 'Remove {zone} from the comparison' },
  open: { zh: '打开{zone}', en: 'Open {zone}' },
  caption: {
    zh: '{zones}：面积、主要数据和项目，每个单元格附出处',
    en: '{zones}: area, headline figures and projects, every cell cited',
  },
  area: { zh: '文件记载面积', en: 'Documented area' },
  zoneFile: { zh: '区域轮廓文件', en: 'zone file' },
  zoneFileSource: { zh: '面积出处', en: 'Where this area is stated' },
  figures: { zh: '主要数据', en: 'Headline figures' },
  figuresNone: {
    zh: '这些区域没有文件报告的共同指标或主要指标。',
    en: 'No document reports a headline measure for these zones.',
  },
  projects: { zh: '项目', en: 'Projects' },
  projectsAll: { zh: '全部项目', en: 'All projects' },
  projectsFiltered: { zh: '所选行业的项目', en: 'Projects in the chosen sectors' },
  bySector: { zh: '按行业', en: 'By sector' },
  byStatus: { zh: '按进展', en: 'By status' },
  noSector: { zh: '未注明行业', en: 'No sector stated' },
  notReported: { zh: '无文件报告', en: 'Not reported' },
  noneNamed: { zh: '文件未提及', en: 'None named' },
  projectCount: { zh: '{n} 个项目', en: '{n} projects' },
  yearsDiffer: { zh: '年份不同', en: 'Different years' },
  statusesDiffer: { zh: '目标值与实际值并列', en: 'Targets beside actuals' },
  conflict: { zh: '文件数值不一，均列出', en: 'Documents differ; all shown' },
  yearNotStated: { zh: '年份不详', en: 'year not stated' },
  sectorNote: {
    zh: '项目行只计所选行业：{sectors}。数据行不受行业筛选影响。',
    en: 'Project rows count only the chosen sectors: {sectors}. Figure rows are not filtered.',
  },
  scopeNote: {
    zh: '每一列只包含文件归于该区域本身的数据和项目：上级区域不汇总其中的片区，全区性数据不计入任何区域。',
    en: 'Each column holds what documents tie to that zone itself: a parent zone does not add up the areas within it, and district-wide figures belong to no zone.',
  },
  measureNote: {
    zh: '只有衡量同一事物的数据才并入同一行；同属“企业”等类别但口径不同的数据各占一行。',
    en: 'Figures share a row only when they measure the same thing; counts of different kinds (of enterprises, say) keep rows of their own.',
  },
  sectorCountNote: {
    zh: '一个项目属于多个行业时，在每个行业中各计一次。',
    en: 'A project in several sectors counts once in each.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type PartMessageKey = keyof typeof PART_MESSAGES;

/**
 * The text of an on-demand part for a key, with `{name}` placeholders filled in as plain text.
 *
 * @example
 * pt('en', 'projectCount', { n: 3 }) // → '3 projects'
 */
export function pt(
  lang: Lang,
  key: PartMessageKey,
  values: Record<string, string | number> = {},
): string {
  return Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, String(value)),
    PART_MESSAGES[key][lang] as string,
  );
}
