import type { Lang } from '../i18n/lang';
import { shownMap } from './shown-map';

/** The hints cooperative gestures show over the map, in Chinese (MapLibre's own are English). */
const HINTS_ZH = {
  desktop: '按住 Ctrl 键滚动以缩放地图',
  desktopMac: '按住 ⌘ 键滚动以缩放地图',
  mobile: '请用双指移动地图',
} as const;

/**
 * Puts the cooperative-gesture hints of the map on screen into `lang`. MapLibre takes its
 * interface text only when a map is built (its `locale` option); this text is for embeds alone,
 * so it comes with the embed's on-demand part and is written into the hint MapLibre drew, rather
 * than into every visitor's first download.
 */
export function translateGestureHints(lang: Lang): void {
  const container = shownMap()?.getContainer();
  if (lang !== 'zh' || !container) return;
  const mac = navigator.userAgent.includes('Mac');
  const desktop = container.querySelector('.maplibregl-desktop-message');
  const mobile = container.querySelector('.maplibregl-mobile-message');
  if (desktop) desktop.textContent = mac ? HINTS_ZH.desktopMac : HINTS_ZH.desktop;
  if (mobile) mobile.textContent = HINTS_ZH.mobile;
}
