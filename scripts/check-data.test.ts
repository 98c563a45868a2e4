import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-data-test-'));

function checkData(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-data', () => {
  it('passes the shipped dataset with a one-line summary', () => {
    const { status, stdout, stderr } = checkData();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^public\/data\/atlas\.json: \d+ documents .* facts .* OK\n$/);
  }, 30_000);

  it('fails a malformed dataset with one `file: id: reason` line per problem', () => {
    const dataset = JSON.parse(readFileSync(join(ROOT, 'public/data/atlas.json'), 'utf8')) as {
      facts: { id: string; doc: string; span: number[] }[];
    };
    const [first, second, third] = dataset.facts as [
      (typeof dataset.facts)[0],
      (typeof dataset.facts)[0],
      (typeof dataset.facts)[0],
    ];
    first.span = [0, 10_000_000];
    second.doc = 'nope';
    third.id = first.id;
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(dataset));
    const { status, stdout, stderr } = checkData(file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `${file}: ${first.id}: id: two facts share this id`,
      expect.stringMatching(
        new RegExp(`^${file}: ${first.id}: span \\[0, 10000000\\] is past the end`),
      ),
      `${file}: ${second.id}: doc: unknown document nope`,
    ]);
  }, 30_000);

  it('fails a file that is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"documents": [');
    const { status, stderr } = checkData(file);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${file}: \\(file\\): cannot read as JSON: `));
  }, 30_000);
});
