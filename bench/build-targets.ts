import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Fact } from '../src/model/dataset';

export interface BuildResult {
  /** The command that produced the build. */
  command: string;
  ms: number;
  /** Why the full build was not used, when it was not. */
  note?: string;
}

function run(command: string, args: string[]): { ok: boolean; ms: number; output: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: process.env });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { ok: result.status === 0, ms: performance.now() - started, output };
}

function lastLines(text: string, count = 3): string {
  const lines = text
    .trim()
    .split('\n')
    .filter((line) => !/^npm warn/.test(line));
  return lines.slice(-count).join(' / ');
}

/**
 * Builds the atlas into dist/ with `npm run build` (extract, geometry check, bundle); if that
 * fails, bundles with `vite build` alone so the benchmark still measures the app as it stands.
 */
export function buildAtlas(): BuildResult {
  const full = run('npm', ['run', 'build', '--silent']);
  if (full.ok) return { command: 'npm run build', ms: full.ms };
  const bundle = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (!bundle.ok) throw new Error(`vite build failed: ${lastLines(bundle.output, 20)}`);
  return {
    command: 'vite build',
    ms: bundle.ms,
    note: `npm run build failed (${lastLines(full.output)}), so only the bundle was rebuilt`,
  };
}

/** Builds a comparison page from bench/bare (see vite.bench.config.ts). */
export function buildComparisonPage(mode: 'bare' | 'style'): BuildResult {
  const args = ['vite', 'build', '-c', 'vite.bench.config.ts', '--mode', mode];
  const result = run('npx', args);
  if (!result.ok) throw new Error(`${args.join(' ')} failed: ${lastLines(result.output, 20)}`);
  return { command: `vite build -c vite.bench.config.ts --mode ${mode}`, ms: result.ms };
}

/** Where the app reads its facts from, inside a build. */
export const DATASET_PATH = 'data/atlas.json';

/**
 * The same dataset with every fact repeated `factor` times under new unique ids: the same zones,
 * `factor`× the facts. Documents are kept once, since the copies quote the same sentences.
 */
export function scaleDataset(dataset: Dataset, factor: number): Dataset {
  const facts: Fact[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const fact of dataset.facts) {
      facts.push(copy === 0 ? fact : { ...fact, id: `${fact.id}~x${copy}` });
    }
  }
  return { ...dataset, facts };
}

/**
 * Copies a build to `out` with its dataset scaled `factor`×; returns null when the build has no
 * dataset file to scale.
 */
export function writeScaledBuild(
  dist: string,
  out: string,
  factor: number,
): { facts: number; bytes: number } | null {
  const source = join(dist, DATASET_PATH);
  if (!existsSync(source)) return null;
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const dataset = JSON.parse(readFileSync(source, 'utf8')) as Dataset;
  const text = JSON.stringify(scaleDataset(dataset, factor));
  writeFileSync(join(out, DATASET_PATH), text);
  return { facts: dataset.facts.length * factor, bytes: Buffer.byteLength(text) };
}
