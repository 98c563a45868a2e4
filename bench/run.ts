/**
 * `npm run bench`: builds the atlas and a bare MapLibre page, measures them side by side, and
 * writes the table to BENCHMARKS.md (between the generated-section markers) and to stdout.
 *
 *   --pairs N      cold A/B load rounds (default 7)
 *   --rounds N     zone-click rounds on the real dataset (default 20); the 100× dataset and the
 *                  sector toggles (every chip on and off) run a quarter as many rounds
 *   --skip-build   measure the existing dist/ and .bench/ builds
 *   --quick        no breakdown pages and no bundle composition
 *   --with-tests   also time the unit and browser test suites
 *   --strict       exit 1 when a budget fails
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from '../tests/support/static-server';
import { launchChromium } from '../tests/support/chromium';
import {
  buildAtlas,
  buildComparisonPage,
  DATASET_PATH,
  writeScaledBuild,
  type BuildResult,
} from './build-targets';
import { measureBundleComposition } from './bundle-composition';
import { loadInTurns, type Target } from './first-screen';
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { measureLargeDocument, type LargeDocumentResult } from './large-document';
import { measureBareFit, measureInteraction, type InteractionRun } from './interaction';
import { renderReport, type BenchResults, type ThroughputRow } from './report';
import { timeTestSuite, type SuiteTime } from './test-suite-time';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const numberFlag = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};
const PAIRS = numberFlag('pairs', 7);
const ROUNDS = numberFlag('rounds', 20);
const TOGGLE_ROUNDS = Math.max(1, Math.round(ROUNDS / 4));
const QUICK = flag('quick');
const SCALE = 100;
const REPORT = 'BENCHMARKS.md';
const START = '<!-- bench:start (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/**
 * Debian's Chromium launcher adds `--enable-gpu-rasterization`, so on a machine without a GPU
 * every page tile is rasterized through SwiftShader on the GPU process's one thread, the thread
 * that also composites each frame and compiles the map's shaders. The table is measured that
 * way, like the tests and every earlier run; row 3a″ repeats the zone click with tiles
 * rasterized on the CPU, as Chrome does when it has no GPU, to show how much of a click is that.
 */
const CPU_RASTER = ['--disable-gpu-rasterization'];

const started = performance.now();
const log = (message: string) =>
  process.stdout.write(
    `[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`,
  );

async function pipelineThroughput(): Promise<ThroughputRow[] | string> {
  const file = new URL('./pipeline-throughput.ts', import.meta.url);
  if (!existsSync(file)) return 'bench/pipeline-throughput.ts does not exist yet';
  try {
    const module = (await import(pathToFileURL(file.pathname).href)) as {
      measurePipelineThroughput?: () => Promise<ThroughputRow[]>;
    };
    if (!module.measurePipelineThroughput)
      return 'bench/pipeline-throughput.ts has no measurePipelineThroughput()';
    return await module.measurePipelineThroughput();
  } catch (error) {
    return `it failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function writeReport(markdown: string) {
  const section = `${START}\n\n${markdown}\n${END}`;
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const at = previous.indexOf(START);
  const end = previous.indexOf(END);
  const next =
    at >= 0 && end > at
      ? previous.slice(0, at) + section + previous.slice(end + END.length)
      : `# Benchmarks\n\nSpeed and size of the atlas against bare MapLibre. Run \`npm run bench\`.\n\n## Latest run\n\n${section}\n`;
  writeFileSync(REPORT, next);
}

async function main() {
  mkdirSync('.bench', { recursive: true });
  let build: BuildResult = { command: 'existing builds (--skip-build)', ms: 0 };
  if (!flag('skip-build')) {
    log('Building the atlas…');
    build = buildAtlas();
    if (build.note) log(`  ${build.note}`);
    log('Building the comparison pages…');
    buildComparisonPage('bare');
    if (!QUICK) {
      try {
        buildComparisonPage('style');
      } catch (error) {
        // The breakdown page builds on src/map; while that is mid-change, measure without it.
        log(`  skipping the breakdown page: ${error instanceof Error ? error.message : error}`);
        rmSync('.bench/bare-style', { recursive: true, force: true });
      }
    }
  }
  const scaled = writeScaledBuild('dist', `.bench/dist-${SCALE}x`, SCALE);
  const realFacts = existsSync(`dist/${DATASET_PATH}`)
    ? (JSON.parse(readFileSync(`dist/${DATASET_PATH}`, 'utf8')) as { facts: unknown[] }).facts
        .length
    : 0;

  const servers = {
    atlas: await startStaticServer('dist', { gzip: true }),
    bare: await startStaticServer('.bench/bare', { gzip: true }),
    style:
      QUICK || !existsSync('.bench/bare-style/style.html')
        ? null
        : await startStaticServer('.bench/bare-style', { gzip: true }),
    scaled: scaled ? await startStaticServer(`.bench/dist-${SCALE}x`, { gzip: true }) : null,
  };
  const browser = await launchChromium();
  try {
    const targets: Target[] = [
      { name: 'atlas', url: `${servers.atlas.url}/` },
      { name: 'bare', url: `${servers.bare.url}/` },
    ];
    if (servers.style) {
      targets.push({ name: 'style', url: `${servers.style.url}/style.html` });
      targets.push({ name: 'style, no labels', url: `${servers.style.url}/style.html?labels=0` });
    }
    log(`Cold loads: ${targets.map((t) => t.name).join(' / ')}, ${PAIRS} rounds…`);
    const loads = await loadInTurns(browser, targets, PAIRS, (done, total) =>
      log(`  round ${done}/${total}`),
    );

    log(`Interaction, real dataset, ${ROUNDS} rounds…`);
    const real = await measureInteraction(browser, `${servers.atlas.url}/`, {
      rounds: ROUNDS,
      toggleRounds: TOGGLE_ROUNDS,
    });
    const baselineRounds = Math.min(ROUNDS, 3);
    log(`Interaction baseline (bare MapLibre flying to each zone), ${baselineRounds} rounds…`);
    const zoneBounds = (
      JSON.parse(readFileSync('geo/zones.geojson', 'utf8')) as FeatureCollection
    ).features.map((feature) => {
      const [west, south, east, north] = bbox(feature);
      return [
        [west, south],
        [east, north],
      ] as [[number, number], [number, number]];
    });
    const bareFit = await measureBareFit(browser, `${servers.bare.url}/`, zoneBounds, {
      rounds: baselineRounds,
    });
    log(`Interaction with prefers-reduced-motion, ${baselineRounds} rounds…`);
    const reducedMotion = await measureInteraction(browser, `${servers.atlas.url}/`, {
      rounds: baselineRounds,
      reducedMotion: true,
      zonesOnly: true,
    });
    let scaledRun: InteractionRun | null = null;
    let scaledNote: string | undefined = scaled
      ? undefined
      : `the build has no ${DATASET_PATH} to scale`;
    if (servers.scaled && !real.fetchedDataset) {
      scaledNote = `the app does not fetch ${DATASET_PATH} yet, so a ${SCALE}× copy changes nothing it shows`;
    } else if (servers.scaled) {
      log(`Interaction, ${SCALE}× dataset, ${TOGGLE_ROUNDS} rounds…`);
      scaledRun = await measureInteraction(browser, `${servers.scaled.url}/`, {
        rounds: TOGGLE_ROUNDS,
        toggleRounds: TOGGLE_ROUNDS,
      });
    }
    await browser.close();

    log(`Zone clicks with tiles rasterized on the CPU, ${TOGGLE_ROUNDS} rounds…`);
    const cpuBrowser = await launchChromium(CPU_RASTER);
    let cpuRaster: BenchResults['interaction']['cpuRaster'];
    try {
      cpuRaster = {
        run: await measureInteraction(cpuBrowser, `${servers.atlas.url}/`, {
          rounds: TOGGLE_ROUNDS,
          zonesOnly: true,
        }),
        bareFit: await measureBareFit(cpuBrowser, `${servers.bare.url}/`, zoneBounds, {
          rounds: baselineRounds,
        }),
      };
    } finally {
      await cpuBrowser.close();
    }

    log('Pipeline throughput…');
    const pipeline = await pipelineThroughput();
    log('One large document…');
    let largeDocument: LargeDocumentResult | string;
    try {
      largeDocument = measureLargeDocument();
    } catch (error) {
      largeDocument = `it failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const composition = QUICK ? null : await measureBundleComposition(process.cwd());

    const tests: SuiteTime[] = [];
    if (flag('with-tests')) {
      for (const project of ['unit', 'browser'] as const) {
        log(`Timing the ${project} tests…`);
        tests.push(timeTestSuite(project, `.bench/vitest-${project}.json`));
      }
    }

    const cpuList = cpus();
    const results: BenchResults = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: {
        cores: cpuList.length,
        cpus: cpuList[0]?.model.trim() ?? 'unknown CPU',
        memoryGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        platform: `${platform()} ${release()} (${Math.round(freemem() / 2 ** 30)} GB free)`,
      },
      build,
      pairs: PAIRS,
      rounds: ROUNDS,
      loads,
      interaction: { real, scaled: scaledRun, scaledNote, reducedMotion, bareFit, cpuRaster },
      scaledFacts: scaled ? { real: realFacts, scaled: scaled.facts } : undefined,
      pipeline,
      largeDocument,
      composition,
      tests,
      totalMs: performance.now() - started,
    };
    const { markdown, verdicts } = renderReport(results);
    writeReport(markdown);
    writeFileSync(
      '.bench/results.json',
      JSON.stringify({ ...results, loads: Object.fromEntries(loads) }, null, 2),
    );
    process.stdout.write(`\n${markdown}\n`);
    const failed = verdicts.filter((v) => v.pass === false);
    log(
      failed.length
        ? `Budgets missed: ${failed.map((v) => v.name).join('; ')}`
        : 'All measured budgets met.',
    );
    if (flag('strict') && failed.length) process.exitCode = 1;
  } finally {
    if (browser.isConnected()) await browser.close();
    for (const server of Object.values(servers)) await server?.close();
  }
}

await main();
