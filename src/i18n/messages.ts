import type { Lang } from './lang';

/** Interface text in both languages. Data text (zone names, labels) comes from the data, not here. */
export const MESSAGES = {
  title: { zh: '科学城图鉴', en: 'Science City Atlas' },
  subtitle: {
    zh: '北京科学城：每个数字都能追溯到原文',
    en: "Beijing's science zones, every figure traced to its source",
  },
  zones: { zh: '区域', en: 'Zones' },
  zoneListHint: {
    zh: '选择一个区域，查看文件中的项目与数据',
    en: 'Choose a zone to read the projects and figures documents tie to it',
  },
  legend: { zh: '图例', en: 'Legend' },
  legendParent: { zh: '上级区域（虚线）', en: 'Parent zone (dashed)' },
  legendChild: { zh: '其中的片区', en: 'Area within it' },
  legendMotorway: { zh: '高速公路、环路', en: 'Expressway, ring road' },
  legendRail: { zh: '轨道交通', en: 'Rail and metro' },
  legendRiver: { zh: '河流、水库', en: 'River, reservoir' },
  legendDistrict: { zh: '区界（示意）', en: 'District boundary (approx.)' },
  documentedArea: { zh: '文件记载面积', en: 'Documented area' },
  noDocumentedArea: { zh: '无单一记载面积', en: 'No single documented area' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: 'Switch to English', en: '切换到中文' },
  shapeNote: {
    zh: '区域轮廓为依据文件所述边界绘制的近似范围，并非官方边界。',
    en: 'Zone outlines are approximations drawn from documented boundaries, not official borders.',
  },
  mapLabel: { zh: '北京科学城地图', en: "Map of Beijing's science zones" },
  mapCanvasLabel: { zh: '地图画面', en: 'Map view' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  mapCredits: { zh: '显示或隐藏地图来源', en: 'Show or hide the map credits' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  noWebgl: {
    zh: '此浏览器无法显示地图（不支持 WebGL2），以下为列表视图。',
    en: 'This browser cannot draw the map (no WebGL2); here is the list view.',
  },
  noticeUnknownZone: {
    zh: '链接中的区域不存在，已忽略：',
    en: 'The link names an unknown zone, ignored: ',
  },
  noticeUnknownSector: {
    zh: '链接中的行业不存在，已忽略：',
    en: 'The link names an unknown sector, ignored: ',
  },
  noticeBadLang: {
    zh: '链接中的语言无效，已忽略：',
    en: 'The link names an unknown language, ignored: ',
  },
  noticeBadView: {
    zh: '链接中的地图视野无效，已忽略：',
    en: 'The link has an invalid map view, ignored: ',
  },
  noticeBadEncoding: {
    zh: '链接中有无法解码的部分，已忽略：',
    en: 'Part of the link could not be decoded, ignored: ',
  },
  noticeTooLong: {
    zh: '链接中的内容过长，已截断：',
    en: 'Part of the link was too long and was cut: ',
  },
  statusActual: { zh: '实际', en: 'Actual' },
  statusActualIn: { zh: '{year}年', en: '{year}' },
  statusTarget: { zh: '目标', en: 'Target' },
  statusTargetIn: { zh: '{year}年目标', en: 'Target {year}' },
  statusPlanned: { zh: '规划', en: 'Planned' },
  statusSigned: { zh: '已签约', en: 'Signed' },
  statusUnderConstruction: { zh: '在建', en: 'Under construction' },
  statusCompleted: { zh: '已建成', en: 'Completed' },
  statusInUse: { zh: '已投用', en: 'In use' },
  statusUnknown: { zh: '状态不详', en: 'Status not stated' },
  yearNotStated: { zh: '年份不详', en: 'Year not stated' },
  districtChangping: { zh: '昌平区', en: 'Changping' },
  districtHuairou: { zh: '怀柔区', en: 'Huairou' },
  loadingData: { zh: '正在加载数据…', en: 'Loading the data…' },
  partOf: { zh: '所属', en: 'Part of' },
  howDrawn: { zh: '轮廓是如何绘制的', en: 'How this outline was drawn' },
  areaSource: { zh: '面积出处：', en: 'Area stated by: ' },
  figuresHeading: { zh: '主要数据', en: 'Headline figures' },
  figuresEmpty: {
    zh: '图鉴中没有文件给出本区域的数据。',
    en: 'No document in the atlas gives a figure for this zone.',
  },
  projectsHeading: { zh: '项目', en: 'Projects' },
  projectsEmpty: {
    zh: '图鉴中没有文件将项目与本区域关联。',
    en: 'No document in the atlas ties a project to this zone.',
  },
  projectsEmptyFiltered: {
    zh: '图鉴中没有文件将这些行业的项目与本区域关联。',
    en: 'No document in the atlas ties a project in these sectors to this zone.',
  },
  clearSectorFilter: { zh: '清除行业筛选', en: 'Clear the sector filter' },
  showAll: { zh: '显示全部（{n}）', en: 'Show all ({n})' },
  showFewer: { zh: '收起', en: 'Show fewer' },
  sourcesUnplaced: {
    zh: '{n} 项数据或项目未关联到任何区域或全区，区域面板不显示；可用搜索找到并查看原文。',
    en: '{n} facts name no zone or district, so no panel shows them; search finds them and opens their source.',
  },
  namedInDocuments: { zh: '{n} 份文件提及', en: 'Named in {n} documents' },
  citationOf: { zh: '{what}（第 {i} 处，共 {n} 处）', en: '{what} ({i} of {n})' },
  moreCitations: { zh: '另 {n} 处出处', en: '{n} more sources' },
  fewerCitations: { zh: '收起出处', en: 'Fewer sources' },
  sortBy: { zh: '排序', en: 'Sort by' },
  sortSector: { zh: '行业', en: 'Sector' },
  sortStatus: { zh: '进展', en: 'Status' },
  sortYear: { zh: '年份', en: 'Year' },
  childrenHeading: { zh: '所含片区', en: 'Areas within this zone' },
  childCounts: {
    zh: '{figures} 项数据 · {projects} 个项目',
    en: '{figures} figures · {projects} projects',
  },
  districtHeading: {
    zh: '{district}全区（不是本区域）',
    en: '{district} district as a whole (not this zone)',
  },
  districtNote: {
    zh: '以下数据描述整个区，不能当作本区域的数据。',
    en: 'These figures describe the whole district and are not figures for this zone.',
  },
  trendHeading: { zh: '历年变化', en: 'Change over time' },
  trendActual: { zh: '实际', en: 'Actual' },
  trendTarget: { zh: '目标（空心）', en: 'Target (hollow)' },
  trendHint: { zh: '选择一个点查看出处', en: 'Choose a point to see its source' },
  cite: { zh: '出处', en: 'Source' },
  citeLabel: { zh: '查看原文出处：{what}', en: 'Show the source of: {what}' },
  citeFromLabel: {
    zh: '{source}，查看原文出处：{what}',
    en: '{source}, show the source of: {what}',
  },
  sectorsHeading: { zh: '按行业筛选', en: 'Filter by sector' },
  clearSectors: { zh: '全部行业', en: 'All sectors' },
  sourceHeading: { zh: '原文', en: 'Source document' },
  close: { zh: '关闭', en: 'Close' },
  publisher: { zh: '发布方', en: 'Publisher' },
  date: { zh: '日期', en: 'Date' },
  quoteHeading: { zh: '引用的句子（修复后）', en: 'The cited sentence (as repaired)' },
  loadingText: { zh: '正在加载原文…', en: 'Loading the document…' },
  loadError: { zh: '原文加载失败：', en: 'The document could not be loaded: ' },
  retry: { zh: '重试', en: 'Try again' },
  documentFailed: { zh: '此文件无法读取：', en: 'This document could not be read: ' },
  spanMissing: {
    zh: '引用位置超出原文范围，无法高亮。',
    en: 'The cited position lies outside the document text, so nothing is highlighted.',
  },
  repairsHeading: { zh: '此段文字的修复', en: 'What was repaired in this passage' },
  repairsNone: { zh: '此段文字未经修复。', en: 'Nothing was repaired in this passage.' },
  repairsDocument: { zh: '全文修复统计：', en: 'Repairs across the document: ' },
  repairPinyin: { zh: '删除拼音注音', en: 'pinyin gloss removed' },
  repairScript: { zh: '繁体转为简体', en: 'traditional characters simplified' },
  repairSpin: { zh: '恢复被替换的词', en: 'spun word restored' },
  repairSpam: { zh: '删除插入的广告', en: 'spam removed' },
  repairMarkup: { zh: '删除网页标记', en: 'markup removed' },
  repairMojibake: { zh: '修复乱码', en: 'garbled encoding repaired' },
  repairUnreadable: {
    zh: '附近有无法识别的文字（第 {start}–{end} 字），未使用',
    en: 'Unreadable text nearby (characters {start}–{end}), not used',
  },
  searchLabel: { zh: '搜索项目、机构或数据', en: 'Search projects, institutions and figures' },
  searchPlaceholder: { zh: '如：小米、HEPS、百济神州', en: 'e.g. Xiaomi, HEPS, researchers' },
  searchResults: { zh: '{n} 条结果', en: '{n} results' },
  searchNone: { zh: '没有找到结果', en: 'No results' },
  searchZone: { zh: '区域', en: 'Zone' },
  searchProject: { zh: '项目', en: 'Project' },
  searchFigure: { zh: '数据', en: 'Figure' },
  districtWide: { zh: '{district}全区', en: '{district} (district-wide)' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkCopied: { zh: '链接已复制', en: 'Link copied' },
  embedButton: { zh: '嵌入', en: 'Embed' },
  print: { zh: '打印', en: 'Print' },
  copyManually: { zh: '请手动复制此链接：', en: 'Copy this link:' },
  allZones: { zh: '全部区域', en: 'All zones' },
  sourcesButton: { zh: '资料来源', en: 'Sources' },
  sourcesHeading: { zh: '资料来源与修复报告', en: 'Sources and repair report' },
  sourcesIntro: {
    zh: '图鉴中的每个数字和项目都摘自以下文件（版权归各出版方所有）。文件中损坏的文字已尽可能修复；无法辨认的段落已标出，不从中提取任何内容。',
    en: 'Every figure and project in the atlas is quoted from these documents (© their publishers). Damaged text was repaired where possible; unreadable passages are flagged and nothing is taken from them.',
  },
  creditsNote: {
    zh: '文件版权归各出版方所有；底图与区域轮廓为本图鉴依据公开资料绘制的示意。',
    en: 'Documents © their publishers; basemap and zone outlines drawn by the atlas from public sources, for orientation.',
  },
  onlineBasemap: { zh: '在线底图（OpenStreetMap）', en: 'Online basemap (OpenStreetMap)' },
  onlineBasemapNote: {
    zh: '开启后会连接第三方服务器 tile.openstreetmap.org；默认使用内置底图，不联网。',
    en: 'Contacts a third party, tile.openstreetmap.org. Off by default: the embedded basemap needs no network.',
  },
  noticeOnlineFailed: {
    zh: '在线底图无法连接，已改用内置底图。',
    en: 'The online basemap could not be reached; showing the embedded basemap.',
  },
  noticePartFailed: {
    zh: '图鉴的这一部分未能加载，请检查网络后再试。',
    en: 'This part of the atlas could not be loaded. Check the connection and try again.',
  },
  trendChartsFailed: {
    zh: '趋势图未能加载，请检查网络后再试。',
    en: 'The charts could not be loaded. Check the connection and try again.',
  },
  loadingPart: { zh: '正在加载…', en: 'Loading…' },
  noticeBadCompare: {
    zh: '链接中的对比需要两到三个不同的区域，已忽略：',
    en: 'A comparison takes two or three different zones; ignored: ',
  },
  noticeBadEmbed: {
    zh: '链接中的嵌入参数无效，已忽略：',
    en: 'The link has an invalid embed setting, ignored: ',
  },
  noticeBadBasemap: {
    zh: '链接中的底图无效，已忽略：',
    en: 'The link names an unknown basemap, ignored: ',
  },
  sourcesNoRepairs: { zh: '无需修复。', en: 'No repairs were needed.' },
  sourcesUnreadable: {
    zh: '无法辨认、未使用的段落（字符位置）：',
    en: 'Unreadable passages, not used (character offsets): ',
  },
  dataError: { zh: '数据未能加载。', en: 'The atlas data could not be loaded.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** The interface text for a key in a language. */
export function t(lang: Lang, key: MessageKey): string {
  return MESSAGES[key][lang];
}

/**
 * Interface text with `{name}` placeholders filled in from `values`, as plain text.
 *
 * @example
 * tf('en', 'showAll', { n: 12 }) // → 'Show all (12)'
 */
export function tf(lang: Lang, key: MessageKey, values: Record<string, string | number>): string {
  return fill(t(lang, key), values);
}

/**
 * Fills `{name}` placeholders in any text, for the message tables that on-demand parts keep
 * with them.
 *
 * @example
 * fill('{n} more', { n: 3 }) // → '3 more'
 */
export function fill(text: string, values: Record<string, string | number>): string {
  return Object.entries(values).reduce(
    (filled, [name, value]) => filled.replaceAll(`{${name}}`, String(value)),
    text,
  );
}
