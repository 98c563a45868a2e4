/**
 * Code the benchmark runs inside the page. It is plain JavaScript in a string so the browser
 * receives exactly this text, untouched by the TypeScript loader that runs the benchmark.
 *
 * `PROBE` runs before the page's own scripts (an init script): it marks when the map is created
 * and loaded (through the `window.atlasMap` hook, docs/contracts.md#test-hooks), when the zone list first is in the
 * document, and records long tasks.
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
  window.__benchZoneList = null;
  const list = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="zone-list-item"]')) return;
    window.__benchZoneList = performance.now();
    list.disconnect();
  });
  list.observe(document, { childList: true, subtree: true });
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
    firstContentfulPaint: mark('first-contentful-paint'),
    zoneListAt: window.__benchZoneList,
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
  /**
   * Waits until the map has finished moving and drawing (at most 3 s each), then until the browser
   * produces frames quickly again: MapLibre reports \`idle\` when its JavaScript is done, while
   * the GPU process may still be drawing the last frame. Without this wait, the next timed
   * interaction would queue behind that drawing (or behind a repaint forced here) and be charged
   * for it. No repaint is forced when the map is already idle.
   */
  const settle = async () => {
    const map = window.atlasMap;
    if (map && !map.loaded()) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 3000);
        map.once('idle', () => { clearTimeout(timer); resolve(); });
      });
    }
    if (map && map.isMoving()) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 3000);
        map.once('moveend', () => { clearTimeout(timer); resolve(); });
      });
    }
    if (map) await mapStill(map);
    await quiet();
  };
  /**
   * Frames until the map has not rendered for three in a row (at most 3 s). After \`moveend\`
   * MapLibre keeps drawing while labels fade in and tiles finish; a click timed then would be
   * charged for those frames.
   */
  const mapStill = async (map) => {
    let since = 0;
    const onRender = () => { since = 0; };
    map.on('render', onRender);
    const until = performance.now() + 3000;
    while (since < 3 && performance.now() < until) {
      await frame();
      since += 1;
    }
    map.off('render', onRender);
  };
  /** Frames until two in a row come within 25 ms of each other (at most 1 s). */
  const quiet = async () => {
    const until = performance.now() + 1000;
    let last = performance.now();
    let calm = 0;
    while (calm < 2 && performance.now() < until) {
      await frame();
      const now = performance.now();
      calm = now - last < 25 ? calm + 1 : 0;
      last = now;
    }
  };
  /**
   * Resolves with the time the map finished the redraw an interaction caused, or null when the
   * interaction caused none. Listens from before the click, so a redraw that starts and ends
   * while the lists paint is not missed; the app restyles the map a frame or two after the
   * lists, so it waits three frames past \`ready\` before deciding nothing was drawn.
   */
  const watchMap = () => {
    const map = window.atlasMap;
    let rendered = false;
    let idleAt = null;
    if (!map) return { until: async () => null, stop() {} };
    const onRender = () => { rendered = true; idleAt = null; };
    const onIdle = () => { if (rendered) idleAt = performance.now(); };
    map.on('render', onRender);
    map.on('idle', onIdle);
    const stop = () => { map.off('render', onRender); map.off('idle', onIdle); };
    return {
      async until() {
        await frame(); await frame(); await frame();
        if (!rendered) { stop(); return null; }
        if (idleAt === null) {
          await new Promise((resolve) => {
            const timer = setTimeout(resolve, 3000);
            map.once('idle', () => { clearTimeout(timer); resolve(); });
          });
          idleAt = performance.now();
        }
        stop();
        return idleAt;
      },
    };
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
      const map = window.atlasMap;
      let drawnAt = null;
      const onRender = () => { drawnAt ??= performance.now(); };
      map?.on('render', onRender);
      const t0 = performance.now();
      item.click();
      const found = await waitFor(() => q(panel) !== null);
      await painted();
      const ms = performance.now() - t0;
      // The map answers a frame or two after the panel: its first redraw (highlight, camera).
      for (let i = 0; i < 10 && drawnAt === null; i++) await frame();
      map?.off('render', onRender);
      const mapMs = drawnAt === null ? null : drawnAt - t0;
      return found ? { ms, mapMs } : { ms: null, error: 'no zone-panel for ' + zone };
    },
    /**
     * Toggle a sector chip → lists re-rendered and painted, and any map redraw it caused
     * finished (\`idle\`); then the page is let settle before the next toggle.
     */
    async sectorToggle(sector) {
      const chip = q('[data-testid="sector-filter"][data-sector="' + attr(sector) + '"]');
      if (!chip) return { ms: null, error: 'no sector-filter for ' + sector };
      const before = projectsSignature();
      const watch = watchMap();
      const t0 = performance.now();
      chip.click();
      await painted();
      const listsMs = performance.now() - t0;
      const idleAt = await watch.until();
      const mapMs = idleAt === null ? listsMs : idleAt - t0;
      const changed = projectsSignature() !== before;
      await settle();
      return { ms: Math.max(listsMs, mapMs), listsMs, mapMs, changed };
    },
  };
})();`;
