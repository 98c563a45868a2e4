import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

export interface SuiteTime {
  project: 'unit' | 'browser';
  /** Wall time of `vitest run --project <project>`, including start-up. */
  ms: number;
  passed: number;
  failed: number;
  files: number;
  /** The slowest test files, by their own run time. */
  slowest: { file: string; ms: number }[];
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; startTime: number; endTime: number }[];
}

/** Runs one vitest project with the JSON reporter and reports how long it took and where. */
export function timeTestSuite(project: 'unit' | 'browser', outFile: string): SuiteTime {
  const started = performance.now();
  spawnSync(
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=json', `--outputFile=${outFile}`],
    { encoding: 'utf8', env: process.env },
  );
  const ms = performance.now() - started;
  if (!existsSync(outFile)) return { project, ms, passed: 0, failed: 0, files: 0, slowest: [] };
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as VitestJson;
  return {
    project,
    ms,
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    files: report.testResults.length,
    slowest: report.testResults
      .map((r) => ({ file: relative(process.cwd(), r.name), ms: r.endTime - r.startTime }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
  };
}
