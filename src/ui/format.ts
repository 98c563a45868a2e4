import type { Lang } from '../i18n/lang';

/** An area in km² for the interface language: "170.6 平方公里" / "170.6 km²". */
export function formatArea(km2: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: 1,
  }).format(km2);
  return lang === 'zh' ? `${number} 平方公里` : `${number} km²`;
}
