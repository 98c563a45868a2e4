import type { Lang } from '../i18n/lang';

/**
 * Interface text only the print sheet uses; it arrives with the sheet, so the first screen does
 * not carry it. Shared text stays in `i18n/messages.ts`.
 */
export const PRINT_TEXT = {
  outline: { zh: '轮廓依据', en: 'Outline follows' },
  areaStatedBy: { zh: '面积出处', en: 'Area stated by' },
  sectorsShown: { zh: '所列行业', en: 'Sectors shown' },
  mapCaption: {
    zh: '地图：本图鉴依据 © OpenStreetMap 贡献者（ODbL）数据绘制的底图；区域轮廓为依据文件所述边界绘制的近似范围，并非官方边界。',
    en: 'Map: basemap drawn by Science City Atlas from © OpenStreetMap contributors (ODbL); zone outlines are approximations drawn from documented boundaries, not official borders.',
  },
  figure: { zh: '指标', en: 'Figure' },
  value: { zh: '数值', en: 'Value' },
  status: { zh: '状态', en: 'Status' },
  note: { zh: '注', en: 'Note' },
  project: { zh: '项目', en: 'Project' },
  sector: { zh: '行业', en: 'Sector' },
  year: { zh: '年份', en: 'Year' },
  notesHeading: { zh: '注释：引用的原文', en: 'Notes: the sentences cited' },
  printedFrom: { zh: '打印自', en: 'Printed from' },
  credits: {
    zh: '文件版权归各出版方所有，此处仅作引用。数据与项目均摘自上述文件。',
    en: 'Documents © their publishers, quoted here with attribution. Every figure and project is taken from the documents cited.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
