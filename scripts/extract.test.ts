import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/model/dataset';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SENTENCE = '未来科学城能源谷集聚先进能源企业213家，2023年实现产业收入1500亿元。';
const utf8 = (text: string) => new TextEncoder().encode(text);

function extract(...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

let dir = '';
let docs = '';
const readDataset = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Dataset;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-test-'));
  docs = join(dir, 'docs');
  mkdirSync(join(docs, 'nested'), { recursive: true });
  const utf16le = Uint8Array.from([
    0xff,
    0xfe,
    ...new Uint8Array(Buffer.from(SENTENCE, 'utf16le')),
  ]);
  const files: Record<string, Uint8Array> = {
    'good.txt': utf8(`能源谷动态\n\n${SENTENCE}\n`),
    'utf16.txt': utf16le,
    'page.html': utf8(
      `<html><head><title>能源谷动态</title><script>alert(1)</script></head><body>` +
        `<p><img src=x onerror=alert(1)>${SENTENCE}<a href="javascript:alert(1)">原文</a></p></body></html>`,
    ),
    'empty.txt': new Uint8Array(),
    'noise.bin': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251),
    'numbers.txt': utf8('123 456 7890 31415 2718 1000000 42\n'.repeat(50)),
    'spam.txt': utf8(`ag百家乐官网 澳门赌场 博彩平台注册送88元，日赚5000元\n${SENTENCE}\n`),
    'mojibake.txt': utf8(new TextDecoder('windows-1252').decode(utf8(SENTENCE))),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(docs, name), bytes);
  writeFileSync(join(docs, 'nested', 'ignored.txt'), utf8(SENTENCE));
  writeFileSync(join(docs, 'huge.txt'), '');
  truncateSync(join(docs, 'huge.txt'), 17 * 1024 * 1024);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run extract on a folder of hostile documents', () => {
  let status: number | null = null;
  let stderr = '';
  let dataset: Dataset;

  beforeAll(() => {
    ({ status, stderr } = extract('--out', join(dir, 'mixed.json'), docs));
    dataset = readDataset(join(dir, 'mixed.json'));
  }, 60_000);

  it('exits 1 because some documents failed, and still writes the others', () => {
    expect(status).toBe(1);
    const outcome = Object.fromEntries(
      dataset.documents.map((d) => [d.id, d.status === 'ok' ? 'ok' : d.error]),
    );
    expect(outcome).toEqual({
      empty: 'empty file',
      good: 'ok',
      huge: `file too large (${17 * 1024 * 1024} bytes; limit ${16 * 1024 * 1024})`,
      mojibake: expect.stringMatching(/^unreadable: 100% of the text is mojibake/),
      noise: 'not decodable as UTF-8, UTF-16 (with BOM) or GB18030',
      numbers: 'ok',
      page: 'ok',
      spam: 'ok',
      utf16: 'ok',
    });
    expect(stderr).toMatch(/empty\s+FAILED \(empty file\)/);
  });

  it('reads the same two figures from the good documents, and nothing from noise', () => {
    const byDoc = (id: string) =>
      dataset.facts
        .filter((f) => f.doc === id)
        .map((f) => [f.place, 'value' in f ? f.value : null, f.label_zh])
        .sort((a, b) => Number(a[1]) - Number(b[1]));
    const expected = [
      ['energy-valley', 213, '先进能源企业'],
      ['future-science-city', 150000000000, '产业收入'],
    ];
    for (const id of ['good', 'page', 'spam', 'utf16']) expect(byDoc(id), id).toEqual(expected);
    expect(new Set(dataset.facts.map((f) => f.doc))).toEqual(
      new Set(['good', 'page', 'spam', 'utf16']),
    );
  });

  it('writes no markup and no spam into the dataset', () => {
    const strings = JSON.stringify(dataset.facts);
    for (const bad of ['<', 'script', 'onerror', 'javascript:', 'alert', '百家乐', '赌场'])
      expect(strings).not.toContain(bad);
  });
});

describe('check-data on what extract wrote from hostile documents', () => {
  it('finds nothing wrong: failed documents carry errors and no facts, spans fit the sources', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-data.ts', join(dir, 'mixed.json')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /9 documents \(5 ok, 4 failed\), 8 facts \(8 figures, 0 projects\) OK/,
    );
    expect(run.status).toBe(0);
  }, 30_000);
});

describe('npm run extract exit codes', () => {
  it('exits 0 when every document is processed', () => {
    const out = join(dir, 'good.json');
    const { status } = extract('--out', out, join(docs, 'good.txt'), join(docs, 'utf16.txt'));
    expect(status).toBe(0);
    expect(readDataset(out).documents.map((d) => d.status)).toEqual(['ok', 'ok']);
  }, 30_000);

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['--bogus', 'DOCS'], /^extract: unknown option --bogus \(usage: /],
    ['--out without a value', ['DOCS', '--out'], /^extract: --out needs a file name \(usage: /],
    ['--out followed by a flag', ['--out', '--bogus', 'DOCS'], /^extract: --out needs a file name/],
    ['a path that does not exist', ['DOCS/missing.txt'], /^extract: no such file or folder: /],
    ['an empty folder', ['EMPTY'], /^extract: no documents in /],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`exits 2 on ${name}, with one line on stderr and nothing written`, () => {
      const out = join(dir, `usage-${name.replace(/\W+/g, '-')}.json`);
      mkdirSync(join(dir, 'empty'), { recursive: true });
      const resolved = args.map((a) =>
        a.replace('DOCS', docs).replace('EMPTY', join(dir, 'empty')),
      );
      const withOut = name.startsWith('--out') ? resolved : ['--out', out, ...resolved];
      const { status, stderr } = extract(...withOut);
      expect(status).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }, 30_000);
  }
});
