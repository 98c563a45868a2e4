import type { BundleComposition } from './bundle-composition';
import type { BuildResult } from './build-targets';
import { firstVisitBytes, zoneListInFirstPaint, type FirstScreen } from './first-screen';
import type { LargeDocumentResult } from './large-document';
import type { InteractionResult, InteractionRun } from './interaction';
import { linearFit, median, percentile } from './stats';
import type { SuiteTime } from './test-suite-time';

/** One row of `measurePipelineThroughput()` (bench/pipeline-throughput.ts). */
export interface ThroughputRow {
  copies: number;
  bytes: number;
  ms: number;
  mbPerSec: number;
  heapMB: number;
}

export interface Machine {
  cpus: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  platform: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  build: BuildResult;
  pairs: number;
  rounds: number;
  /** Cold loads per page, keyed by page name; `atlas` and `bare` always, breakdown pages if run. */
  loads: Map<string, FirstScreen[]>;
  interaction: {
    real: InteractionRun | null;
    scaled: InteractionRun | null;
    scaledNote?: string;
    /** Passes over the zones with `prefers-reduced-motion: reduce`. */
    reducedMotion?: InteractionRun | null;
    /** Bare MapLibre flying to each zone's bounds → painted: the floor under a zone click. */
    bareFit?: number[];
    /** Zone clicks and the bare fly-to again, with page tiles rasterized on the CPU. */
    cpuRaster?: { run: InteractionRun; bareFit: number[] };
  };
  scaledFacts?: { real: number; scaled: number };
  pipeline: ThroughputRow[] | string;
  /** One 5 MB document against a tenth of it, or why it could not be measured. */
  largeDocument: LargeDocumentResult | string;
  composition: BundleComposition | null;
  tests: SuiteTime[];
  totalMs: number;
}

/** The budgets of the speed-and-size issue. */
export const BUDGETS = {
  zonesRatio: 1.2,
  bytesRatio: 1.2,
  p95RealMs: 50,
  p95ScaledMs: 100,
  /** A 5 MB document against 512 kB: linear work takes about 10×, a quadratic stage about 100×. */
  largeDocumentTimeRatio: 40,
  /** Heap kept by a 5 MB document's dataset, in multiples of the document. */
  largeDocumentHeapRatio: 4,
};

export interface Verdict {
  name: string;
  pass: boolean | null;
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
const ms1 = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const mark = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'pass' : '**FAIL**');

/** Per-round ratios atlas/bare: the two loads of a round ran back to back. */
function pairedRatios(atlas: FirstScreen[], bare: FirstScreen[]): number[] {
  return atlas.map((a, i) => a.zonesRendered / bare[i]!.zonesRendered);
}

function summary(result: InteractionResult | undefined) {
  if (!result || result.unavailable || result.samples.length === 0) return null;
  return {
    p50: percentile(result.samples, 50),
    p95: percentile(result.samples, 95),
    n: result.samples.length,
  };
}

/** Renders the measured table and details as Markdown, and says which budgets passed. */
export function renderReport(r: BenchResults): { markdown: string; verdicts: Verdict[] } {
  const atlas = r.loads.get('atlas')!;
  const bare = r.loads.get('bare')!;
  const zoneRatios = pairedRatios(atlas, bare);
  const zonesRatio = median(zoneRatios);
  const atlasBytes = firstVisitBytes(atlas[0]!);
  const bareBytes = firstVisitBytes(bare[0]!);
  const bytesRatio = atlasBytes.bytes / bareBytes.bytes;
  const verdicts: Verdict[] = [];
  const rows: string[] = [];
  const row = (cells: (string | number)[]) => rows.push(`| ${cells.join(' | ')} |`);

  const zonesPass = zonesRatio <= BUDGETS.zonesRatio;
  verdicts.push({ name: 'time to zones on screen', pass: zonesPass });
  row([
    '1',
    `Time to zones on screen (cold, median of ${atlas.length} A/B pairs)`,
    ms(median(atlas.map((x) => x.zonesRendered))),
    ms(median(bare.map((x) => x.zonesRendered))),
    `${ratio(zonesRatio)} (pair ratios ${ratio(Math.min(...zoneRatios))}–${ratio(Math.max(...zoneRatios))})`,
    `≤ ${BUDGETS.zonesRatio}×`,
    mark(zonesPass),
  ]);
  const listed = atlas.map(zoneListInFirstPaint);
  const listedPass = listed.every((inFirst) => inFirst === true);
  const fcp = (runs: FirstScreen[]) =>
    ms(median(runs.map((x) => x.firstContentfulPaint ?? Number.NaN)));
  verdicts.push({ name: 'zone list in the first contentful paint', pass: listedPass });
  row([
    '1b',
    'Zone list in the first contentful paint (the sidebar is drawn with the first frame that shows anything)',
    `${listed.filter((inFirst) => inFirst === true).length} of ${atlas.length} loads; first contentful paint ${fcp(atlas)}, zone list in the document at ${ms(median(atlas.map((x) => x.zoneListAt ?? Number.NaN)))}`,
    `first contentful paint ${fcp(bare)}`,
    '',
    'every load',
    mark(listedPass),
  ]);

  const bytesPass = bytesRatio <= BUDGETS.bytesRatio;
  verdicts.push({ name: 'first-visit bytes', pass: bytesPass });
  row([
    '2',
    'First-visit bytes before zones-rendered (gzip, as served)',
    `${kb(atlasBytes.bytes)} (${atlasBytes.files.length} files)`,
    `${kb(bareBytes.bytes)} (${bareBytes.files.length} files)`,
    ratio(bytesRatio),
    `≤ ${BUDGETS.bytesRatio}×`,
    mark(bytesPass),
  ]);

  const interactions: [string, string, keyof InteractionRun][] = [
    ['3a', 'Click a zone → its panel painted', 'zoneClick'],
    ['3b', 'Toggle a sector → lists painted and map redrawn', 'sectorToggle'],
  ];
  for (const [id, label, key] of interactions) {
    const real = summary(r.interaction.real?.[key] as InteractionResult | undefined);
    const scaled = summary(r.interaction.scaled?.[key] as InteractionResult | undefined);
    const why = (run: InteractionRun | null, note?: string) =>
      run ? ((run[key] as InteractionResult).unavailable ?? 'no samples') : (note ?? 'not run');
    const realPass = real ? real.p95 <= BUDGETS.p95RealMs : null;
    const scaledPass = scaled ? scaled.p95 <= BUDGETS.p95ScaledMs : null;
    verdicts.push({ name: `${label} (real)`, pass: realPass });
    verdicts.push({ name: `${label} (100×)`, pass: scaledPass });
    const baseline =
      key === 'zoneClick' && r.interaction.bareFit?.length ? r.interaction.bareFit : null;
    const errors = r.interaction.real?.errors.length
      ? ` — page errors: ${r.interaction.real.errors.join('; ')}`
      : '';
    row([
      id,
      `${label}, real dataset`,
      real
        ? `p50 ${ms1(real.p50)} · p95 ${ms1(real.p95)} (n=${real.n})${key === 'zoneClick' ? errors : ''}`
        : `not available yet: ${why(r.interaction.real)}`,
      baseline
        ? `fly to zone → painted: p50 ${ms1(percentile(baseline, 50))} · p95 ${ms1(percentile(baseline, 95))} (n=${baseline.length})`
        : '',
      baseline && real ? `p95 ${ratio(real.p95 / percentile(baseline, 95))} of bare` : '',
      `p95 ≤ ${BUDGETS.p95RealMs} ms`,
      mark(realPass),
    ]);
    row([
      id,
      `${label}, 100× facts`,
      scaled
        ? `p50 ${ms1(scaled.p50)} · p95 ${ms1(scaled.p95)} (n=${scaled.n})`
        : `not available yet: ${why(r.interaction.scaled, r.interaction.scaledNote)}`,
      '',
      real && scaled ? `growth p95 ${ratio(scaled.p95 / real.p95)}` : '',
      `p95 ≤ ${BUDGETS.p95ScaledMs} ms`,
      mark(scaledPass),
    ]);
  }

  const reduced = r.interaction.reducedMotion;
  const reducedClick = summary(reduced?.zoneClick);
  if (reduced && reducedClick) {
    const pass = reducedClick.p95 <= BUDGETS.p95RealMs && reduced.errors.length === 0;
    verdicts.push({ name: 'zone click with prefers-reduced-motion', pass });
    row([
      '3a′',
      'Click a zone → its panel painted, with `prefers-reduced-motion: reduce`',
      `p50 ${ms1(reducedClick.p50)} · p95 ${ms1(reducedClick.p95)} (n=${reducedClick.n})` +
        (reduced.errors.length ? ` — page errors: ${reduced.errors.join('; ')}` : ''),
      '',
      '',
      `p95 ≤ ${BUDGETS.p95RealMs} ms, no errors`,
      mark(pass),
    ]);
  }

  const cpu = r.interaction.cpuRaster;
  const cpuClick = summary(cpu?.run.zoneClick);
  if (cpu && cpuClick && cpu.bareFit.length) {
    const bareP95 = percentile(cpu.bareFit, 95);
    row([
      '3a″',
      'Click a zone → its panel painted, real dataset, page tiles rasterized on the CPU (`--disable-gpu-rasterization`, as Chrome without a GPU; for comparison)',
      `p50 ${ms1(cpuClick.p50)} · p95 ${ms1(cpuClick.p95)} (n=${cpuClick.n})`,
      `fly to zone → painted: p50 ${ms1(percentile(cpu.bareFit, 50))} · p95 ${ms1(bareP95)} (n=${cpu.bareFit.length})`,
      `p95 ${ratio(cpuClick.p95 / bareP95)} of bare`,
      '',
      '',
    ]);
  }

  if (typeof r.pipeline === 'string') {
    verdicts.push({ name: 'pipeline throughput', pass: null });
    row([
      '4',
      'Pipeline throughput (seed corpus 1×, 10×, 100×)',
      `missing: ${r.pipeline}`,
      '',
      '',
      'linear, bounded memory',
      'n/a',
    ]);
  } else {
    const fit = linearFit(
      r.pipeline.map((p) => p.bytes),
      r.pipeline.map((p) => p.ms),
    );
    const first = r.pipeline[0]!;
    const last = r.pipeline[r.pipeline.length - 1]!;
    const heapGrowth = last.heapMB / first.heapMB;
    const dataGrowth = last.bytes / first.bytes;
    const linear = fit.r2 >= 0.98;
    const bounded = heapGrowth < dataGrowth / 4;
    verdicts.push({ name: 'pipeline throughput', pass: linear && bounded });
    row([
      '4',
      'Pipeline throughput (seed corpus 1×, 10×, 100×)',
      r.pipeline
        .map((p) => `${p.copies}×: ${p.mbPerSec.toFixed(2)} MB/s, ${p.heapMB.toFixed(0)} MB heap`)
        .join('<br>'),
      '',
      `time vs size r² ${fit.r2.toFixed(3)}; heap ${ratio(heapGrowth)} for ${ratio(dataGrowth)} data`,
      'linear (r² ≥ 0.98), heap grows < ¼ of data',
      mark(linear && bounded),
    ]);
  }

  const large = r.largeDocument;
  if (typeof large === 'string') {
    verdicts.push({ name: 'one large document', pass: null });
    row(['4b', 'One 5 MB document against 512 kB of it', `missing: ${large}`, '', '', '', 'n/a']);
  } else {
    const timeRatio = large.bigMs / large.smallMs;
    const heapRatio = large.retainedBytes / large.bigBytes;
    const pass =
      timeRatio <= BUDGETS.largeDocumentTimeRatio && heapRatio <= BUDGETS.largeDocumentHeapRatio;
    verdicts.push({ name: 'one large document', pass });
    row([
      '4b',
      'One 5 MB document against 512 kB of it (median of 3 builds each; heap kept with its dataset)',
      `${ms(large.smallMs)} → ${ms(large.bigMs)}; ${(large.retainedBytes / 2 ** 20).toFixed(1)} MB kept for ${(large.bigBytes / 2 ** 20).toFixed(1)} MB of text`,
      '',
      `time ${ratio(timeRatio)} for ${ratio(large.bigBytes / large.smallBytes)} data; heap ${ratio(heapRatio)} of the document`,
      `time ≤ ${BUDGETS.largeDocumentTimeRatio}×, heap ≤ ${BUDGETS.largeDocumentHeapRatio}× the document`,
      mark(pass),
    ]);
  }

  const lines: string[] = [];
  const m = r.machine;
  lines.push(
    `Run ${r.date} on ${m.cores} cores (${m.cpus}), ${m.memoryGB} GB, ${m.platform}, Node ${m.node}, Chromium ${m.chromium} (headless; WebGL, compositing and, as Debian's launcher sets, page rasterization all in SwiftShader; row 3a″ rasterizes on the CPU instead). ` +
      `Built with \`${r.build.command}\`${r.build.note ? ` — ${r.build.note}` : ''}. The whole run took ${(r.totalMs / 1000).toFixed(0)} s.`,
    '',
    'Every time is a median or a ratio measured side by side in this run: the atlas (A) and a bare MapLibre page (B, `bench/bare`: same MapLibre, same `geo/zones.geojson`, background + fill + line) are built, served gzip-compressed by the same static server, and loaded alternately in fresh browser contexts (cold cache) at 1280×800.',
    '',
    '| # | Measure | Atlas | Bare MapLibre | Ratio / growth | Budget | Result |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  );

  lines.push('### First-visit downloads', '');
  lines.push(
    '| File | Atlas (gzip) | Atlas (raw) | Bare (gzip) | Bare (raw) |',
    '|---|---|---|---|---|',
  );
  const kinds = (file: string) => file.replace(/-[\w-]{8}\./, '.');
  const bareByKind = new Map(bareBytes.files.map((f) => [kinds(f.file), f]));
  const seen = new Set<string>();
  for (const f of atlasBytes.files) {
    const b = bareByKind.get(kinds(f.file));
    seen.add(kinds(f.file));
    lines.push(
      `| ${kinds(f.file)} | ${kb(f.bytes)} | ${kb(f.rawBytes)} | ${b ? kb(b.bytes) : '—'} | ${b ? kb(b.rawBytes) : '—'} |`,
    );
  }
  for (const [kind, b] of bareByKind) {
    if (!seen.has(kind)) lines.push(`| ${kind} | — | — | ${kb(b.bytes)} | ${kb(b.rawBytes)} |`);
  }
  lines.push(
    `| **total** | **${kb(atlasBytes.bytes)}** | ${kb(atlasBytes.rawBytes)} | **${kb(bareBytes.bytes)}** | ${kb(bareBytes.rawBytes)} |`,
    '',
  );

  lines.push('### Where the time goes (measured)', '');
  lines.push(
    'Medians over the cold loads, in ms from navigation start. `style` is MapLibre drawing the atlas’s own first-screen style (embedded basemap, zones, local-font labels) without the app around it; `style, no labels` drops its symbol layers. So style − bare is what the map content costs, atlas − style what the app shell costs.',
    '',
    '| Page | scripts & CSS loaded | DOMContentLoaded | map created | map `load` | zones-rendered | long tasks (sum / longest) |',
    '|---|---|---|---|---|---|---|',
  );
  for (const [name, runs] of r.loads) {
    const med = (pick: (x: FirstScreen) => number | null) =>
      ms(median(runs.map((x) => pick(x) ?? Number.NaN)));
    lines.push(
      `| ${name} | ${med((x) => x.scriptsEnd)} | ${med((x) => x.domContentLoaded)} | ${med((x) => x.mapCreated)} | ${med((x) => x.mapLoad)} | **${med((x) => x.zonesRendered)}** | ${med((x) => x.longTaskMs)} / ${med((x) => x.longestTaskMs)} |`,
    );
  }
  lines.push('');
  lines.push(
    'Zones-rendered per load (ms), in the order run: ' +
      [...r.loads]
        .map(([name, runs]) => `${name} ${runs.map((x) => Math.round(x.zonesRendered)).join(', ')}`)
        .join('; ') +
      '.',
    '',
  );

  if (r.composition) {
    const c = r.composition;
    const total = c.parts.reduce((s, p) => s + p.gzipBytes, 0);
    lines.push('### What the first-screen bundle is made of', '');
    lines.push(
      `Entry chunks: ${c.entry.map((e) => `${e.file} ${kb(e.rawBytes)} (${kb(e.gzipBytes)} gzip)`).join(', ')}. ` +
        `Loaded on demand: ${c.lazy.length ? c.lazy.map((e) => `${e.file} ${kb(e.gzipBytes)} gzip`).join(', ') : 'nothing'}. ` +
        'Each part below is compressed on its own, so the shares are close, not exact.',
      '',
      '| Part | Modules | Raw | Gzip | Share |',
      '|---|---|---|---|---|',
    );
    for (const p of c.parts.slice(0, 14)) {
      lines.push(
        `| ${p.name} | ${p.modules} | ${kb(p.rawBytes)} | ${kb(p.gzipBytes)} | ${((100 * p.gzipBytes) / total).toFixed(1)}% |`,
      );
    }
    const rest = c.parts.slice(14);
    if (rest.length) {
      lines.push(
        `| ${rest.length} more | ${rest.reduce((s, p) => s + p.modules, 0)} | ${kb(rest.reduce((s, p) => s + p.rawBytes, 0))} | ${kb(rest.reduce((s, p) => s + p.gzipBytes, 0))} | ${((100 * rest.reduce((s, p) => s + p.gzipBytes, 0)) / total).toFixed(1)}% |`,
      );
    }
    lines.push(
      '',
      `Largest modules of our own: ${c.ownModules.map((m) => `${m.name} ${kb(m.gzipBytes)}`).join(', ')}.`,
      '',
    );
  }

  const int = r.interaction;
  if (int.real || int.scaled) {
    lines.push('### Interaction details', '');
    for (const [name, run] of [
      ['real', int.real],
      ['100×', int.scaled],
    ] as const) {
      if (!run) continue;
      const t = run.sectorToggle;
      const z = run.zoneClick;
      lines.push(
        `- ${name}: ${run.zones} zones, ${run.sectors} sector chips, ${run.projectsShown} projects in the panel` +
          (z.mapMs?.length
            ? `; zone click → the map's first redraw p50 ${ms1(percentile(z.mapMs, 50))}, p95 ${ms1(percentile(z.mapMs, 95))}`
            : '') +
          (t.listsMs?.length
            ? `; sector toggle: lists painted p95 ${ms1(percentile(t.listsMs, 95))}, map redrawn p95 ${ms1(percentile(t.mapMs ?? [], 95))}, ${t.changed} of ${t.samples.length} toggles changed the lists`
            : '') +
          '.',
      );
    }
    if (r.scaledFacts)
      lines.push(`- Facts: ${r.scaledFacts.real} real, ${r.scaledFacts.scaled} in the 100× copy.`);
    lines.push('');
  }

  if (r.tests.length) {
    lines.push('### Test suite runtime', '');
    lines.push(
      '| Project | Wall time | Tests passed / failed | Files | Slowest files |',
      '|---|---|---|---|---|',
    );
    for (const t of r.tests) {
      lines.push(
        `| ${t.project} | ${(t.ms / 1000).toFixed(1)} s | ${t.passed} / ${t.failed} | ${t.files} | ${t.slowest.map((s) => `${s.file} ${(s.ms / 1000).toFixed(1)} s`).join(', ')} |`,
      );
    }
    lines.push('');
  }

  return { markdown: lines.join('\n'), verdicts };
}
