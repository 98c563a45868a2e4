import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

/**
 * Puts the names MapLibre gives its own parts (in English, read once when the map is built) into
 * `lang`: what a screen reader calls the map's picture, its zoom buttons and its credits button.
 * The credits themselves are written in English, and are marked so.
 */
export function translateMapControls(container: HTMLElement, lang: Lang): void {
  const name = (selector: string, text: string, title: boolean) => {
    for (const element of container.querySelectorAll<HTMLElement>(selector)) {
      element.setAttribute('aria-label', text);
      if (title) element.title = text;
    }
  };
  name('.maplibregl-canvas', t(lang, 'mapCanvasLabel'), false);
  name('.maplibregl-ctrl-zoom-in', t(lang, 'zoomIn'), true);
  name('.maplibregl-ctrl-zoom-out', t(lang, 'zoomOut'), true);
  name('.maplibregl-ctrl-attrib-button', t(lang, 'mapCredits'), true);
  for (const credits of container.querySelectorAll('.maplibregl-ctrl-attrib-inner')) {
    credits.setAttribute('lang', 'en');
  }
}
