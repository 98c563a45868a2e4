import type { Lang } from '../i18n/lang';

/**
 * Interface text only the embed's on-demand parts use; it arrives with them, so the first
 * screen of the full atlas does not carry it. Shared text stays in `i18n/messages.ts`.
 */
export const EMBED_TEXT = {
  openFullAtlas: { zh: '在科学城图鉴中查看完整信息', en: 'Open in Science City Atlas' },
  mapCredit: {
    zh: '底图 © OpenStreetMap 贡献者 · 区域轮廓为示意',
    en: 'Map © OpenStreetMap contributors · outlines approximate',
  },
  newTab: { zh: '（在新标签页打开）', en: '(opens in a new tab)' },
  moreFigures: { zh: '另有 {n} 项数据', en: '{n} more figures' },
  projectsBySector: { zh: '按行业', en: 'By sector' },
  otherSector: { zh: '未分行业', en: 'No sector' },
  filteredBy: { zh: '行业筛选：', en: 'Sectors shown: ' },
  chooseZone: { zh: '在地图上或下面选择一个区域：', en: 'Choose a zone on the map or below:' },
  embedHeading: { zh: '嵌入到网页', en: 'Embed in a web page' },
  embedIntro: {
    zh: '把这段代码粘贴到文章的 HTML 中：读者会看到地图和本区域的主要数据，并可打开完整图鉴。',
    en: 'Paste this code into your article’s HTML: readers get the map and this zone’s headline figures, with a link to the full atlas.',
  },
  embedSizeWide: { zh: '横版 600×400', en: 'Wide 600×400' },
  embedSizeNarrow: { zh: '竖版 360×480', en: 'Narrow 360×480' },
  embedSize: { zh: '尺寸', en: 'Size' },
  preview: { zh: '预览', en: 'Preview' },
  copyCode: { zh: '复制代码', en: 'Copy code' },
  codeCopied: { zh: '代码已复制', en: 'Code copied' },
  copyCodeManually: { zh: '请手动复制上面的代码。', en: 'Copy the code above by hand.' },
} as const satisfies Record<string, Record<Lang, string>>;
