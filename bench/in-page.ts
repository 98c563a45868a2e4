/**
 * Code the benchmark runs inside the page. It is plain JavaScript in a string so the browser
 * receives exactly this text, untouched by the TypeScript loader that runs the benchmark.
 *
 * `PROBE` runs before the page's own scripts (an init script): it marks when the map is created
 * and loaded (through the `window.atlasMap` hook, SPEC §6) and records long tasks.
 * `HELPERS` installs `window.__bench` with the interaction timers.
 */
export const PROBE = `(() => {
  let map;
  Object.defineProperty(window, 'atlasMap', {
    configurable: true,
    get: () => map,
    set(value) {
      map = value;
      performance.mark('bench:map-created');
      value.once('load', () => performance.mark('bench:map-load'));
    },
  });
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Reads what one cold load cost, once \`zones-rendered\` has been marked. */
export const READ_FIRST_SCREEN = `(() => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const zones = mark('zones-rendered');
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = [nav, ...performance.getEntriesByType('resource')]
    .filter((e) => e && e.startTime <= zones)
    .map((e) => ({
      url: e.name,
      type: e.initiatorType,
      bytes: e.encodedBodySize,
      rawBytes: e.decodedBodySize,
      start: e.startTime,
      end: e.responseEnd,
    }));
  const longTasks = window.__benchLongTasks.filter(([start]) => start <= zones);
  return {
    zonesRendered: zones,
    htmlEnd: nav.responseEnd,
    scriptsEnd: Math.max(0, ...resources.filter((r) => ['script', 'link', 'css'].includes(r.type)).map((r) => r.end)),
    domContentLoaded: nav.domContentLoadedEventEnd,
    mapCreated: mark('bench:map-created'),
    mapLoad: mark('bench:map-load'),
    longTaskMs: longTasks.reduce((sum, [, d]) => sum + d, 0),
    longestTaskMs: Math.max(0, ...longTasks.map(([, d]) => d)),
    resources,
  };
})()`;

export const HELPERS = `(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const painted = async () => { await frame(); await frame(); };
  const waitFor = (test, timeoutMs = 5000) => new Promise((resolve) => {
    if (test()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (test()) { observer.disconnect(); clearTimeout(timer); resolve(true); }
    });
    const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, timeoutMs);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const q = (selector) => document.querySelector(selector);
  const attr = (value) => CSS.escape(value);
  const projectsSignature = () => [
    ...document.querySelectorAll('[data-testid="project"], [data-testid="zone-list-item"]'),
  ].map((e) => e.outerHTML.length + ':' + (e.getAttribute('class') ?? '')).join('|');
  const mapSettled = () => {
    const map = window.atlasMap;
    if (!map) return Promise.resolve();
    return new Promise((resolve) => { map.once('idle', () => resolve()); map.triggerRepaint(); });
  };

  /** Waits until the map has finished moving and drawing (at most 3 s). */
  const settle = () => {
    const map = window.atlasMap;
    if (!map) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 3000);
      map.once('idle', () => { clearTimeout(timer); resolve(); });
      map.triggerRepaint();
    });
  };

  window.__bench = {
    settle,
    /** The baseline of a zone click: MapLibre alone flying to a zone's bounds → painted. */
    async fitFrames(bounds) {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      const t0 = performance.now();
      window.atlasMap.fitBounds(bounds, { padding: 48, maxZoom: 13.5, duration: reduce ? 0 : 700 });
      await painted();
      return { ms: performance.now() - t0 };
    },
    hooks() {
      return {
        zones: [...document.querySelectorAll('[data-testid="zone-list-item"]')].map((e) => e.dataset.zone),
        sectors: [...document.querySelectorAll('[data-testid="sector-filter"]')].map((e) => e.dataset.sector),
        projects: document.querySelectorAll('[data-testid="project"]').length,
      };
    },
    /** Click on a zone in the list → its panel in the DOM and painted (two frames later). */
    async zoneClick(zone) {
      const item = q('[data-testid="zone-list-item"][data-zone="' + attr(zone) + '"]');
      if (!item) return { ms: null, error: 'no zone-list-item for ' + zone };
      const panel = '[data-testid="zone-panel"][data-zone="' + attr(zone) + '"]';
      const t0 = performance.now();
      item.click();
      const found = await waitFor(() => q(panel) !== null);
      await painted();
      const ms = performance.now() - t0;
      return found ? { ms } : { ms: null, error: 'no zone-panel for ' + zone };
    },
    /** Toggle a sector chip → lists re-rendered and painted, and the map settled (idle). */
    async sectorToggle(sector) {
      const chip = q('[data-testid="sector-filter"][data-sector="' + attr(sector) + '"]');
      if (!chip) return { ms: null, error: 'no sector-filter for ' + sector };
      const before = projectsSignature();
      const t0 = performance.now();
      chip.click();
      const map = mapSettled().then(() => performance.now() - t0);
      await painted();
      const listsMs = performance.now() - t0;
      const mapMs = await map;
      return { ms: Math.max(listsMs, mapMs), listsMs, mapMs, changed: projectsSignature() !== before };
    },
  };
})();`;
