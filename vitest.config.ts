import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Vitest's order (browser files first, then the longest known, else the largest), with the
 * hostile-link test first of all: it is the longest file by far, so started first it runs beside
 * the others instead of after them, on a clean clone too, where no durations are known yet.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isLongest = (file: TestSpecification) =>
      file.moduleId.endsWith('tests/hostile-urls.test.ts');
    return [...sorted.filter(isLongest), ...sorted.filter((file) => !isLongest(file))];
  }
}

export default defineConfig({
  plugins: [svelte()],
  test: {
    // Goldens (`toMatchFileSnapshot`) are written only with `-u`; a missing one fails the run.
    update: 'none',
    // Unit and browser files share the workers, so a browser file never waits for an idle core.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
