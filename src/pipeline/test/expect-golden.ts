import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `actual` with a golden file, as `toMatchFileSnapshot` does (`file` is relative to the
 * test file). Goldens are written only on purpose, with `-u` (see `vitest.config.ts`), and
 * reviewed before they are committed; a missing one fails with the command that writes it.
 */
export async function expectGolden(actual: string, file: string): Promise<void> {
  const testFile = expect.getState().testPath!;
  const path = resolve(dirname(testFile), file);
  const hint = existsSync(path)
    ? undefined
    : `${relative(process.cwd(), path)} is missing: write it with \`npx vitest run -u ${relative(process.cwd(), testFile)}\`, then review it`;
  await expect(actual).toMatchFileSnapshot(path, hint);
}
