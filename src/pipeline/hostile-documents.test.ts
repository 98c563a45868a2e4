import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Fact } from '../model/dataset';
import { buildDataset } from './build-dataset';
import { gbkCode } from './normalize/gbk-table';

const SENTENCE = '未来科学城能源谷集聚先进能源企业213家，2023年实现产业收入1500亿元。';
const TEXT = `能源谷动态\n\n${SENTENCE}\n`;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const units = [...text].map((char) => char.charCodeAt(0));
  const bytes = units.flatMap((u) => (endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  return Uint8Array.from(endian === 'le' ? [0xff, 0xfe, ...bytes] : [0xfe, 0xff, ...bytes]);
}

function gbk(text: string): Uint8Array {
  const bytes = [...text].flatMap((char) => {
    if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
    const code = gbkCode(char);
    if (code === undefined) throw new Error(`no GBK code for ${char}`);
    return [code >> 8, code & 0xff];
  });
  return Uint8Array.from(bytes);
}

/** UTF-8 text that was once read as Windows-1252 and saved again as UTF-8 ("未来" → "æœªæ¥"). */
const misreadAsWindows1252 = (text: string): string =>
  new TextDecoder('windows-1252').decode(utf8(text));

/** A small seeded PRNG (mulberry32), so "random" bytes are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function build(bytes: Uint8Array, id = 'doc'): Dataset {
  const { dataset, errors } = buildDataset([{ id, file: `${id}.txt`, bytes }], {
    glossary: { terms: [] },
    overrides: [],
  });
  expect(errors).toEqual([]);
  return dataset;
}

/** What a reader compares across encodings: everything but ids and spans (offsets differ with markup). */
const gist = (facts: readonly Fact[]) =>
  facts.map((f) => ({
    kind: f.kind,
    place: f.place,
    value: 'value' in f ? f.value : null,
    unit: 'unit' in f ? f.unit : null,
    label_zh: f.label_zh,
    quote: f.quote,
  }));

const plain = build(utf8(TEXT));

describe('hostile documents: the baseline', () => {
  it('reads two figures from the plain sentence', () => {
    expect(gist(plain.facts).map((f) => [f.place, f.value, f.unit])).toEqual([
      ['energy-valley', 213, 'count'],
      ['future-science-city', 150000000000, 'CNY'],
    ]);
  });
});

describe('hostile documents: unreadable input fails with a clear error and no facts', () => {
  it('an empty file', () => {
    const { documents, facts } = build(new Uint8Array());
    expect(documents[0]).toMatchObject({ status: 'failed', error: 'empty file' });
    expect(facts).toEqual([]);
  });

  it('4 kB of random bytes', () => {
    const random = seededRandom(20240826);
    const bytes = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
    const { documents, facts } = build(bytes);
    expect(documents[0]!.status).toBe('failed');
    expect(documents[0]!.error).toMatch(/not decodable|binary/);
    expect(facts).toEqual([]);
  });

  it('text with NUL bytes and control characters in it', () => {
    const bytes = Uint8Array.from([...utf8(TEXT), 0, 0, 0, 1, 2, 3, 0, ...utf8(TEXT)]);
    const { documents, facts } = build(bytes);
    expect(documents[0]).toMatchObject({
      status: 'failed',
      error: 'binary content (control characters), not a text document',
    });
    expect(facts).toEqual([]);
  });

  it('a whole document of UTF-8 read as Windows-1252 is flagged unreadable', () => {
    const text = misreadAsWindows1252(TEXT);
    const { documents, facts } = build(utf8(text));
    expect(documents[0]!.status).toBe('failed');
    expect(documents[0]!.error).toMatch(/^unreadable: \d+% of the text is mojibake/);
    const covered = documents[0]!.repairs.unreadable.reduce((sum, [s, e]) => sum + e - s, 0);
    expect(covered).toBeGreaterThan(text.replace(/\s/g, '').length * 0.9);
    expect(facts).toEqual([]);
  });

  it('one misread paragraph among good ones is blanked; the good sentence still yields its facts', () => {
    const damaged = misreadAsWindows1252('新增科研人员4.8万余名。');
    const text = `${TEXT}\n${damaged}\n`;
    const { documents, facts } = build(utf8(text));
    expect(documents[0]!.status).toBe('ok');
    const [[start, end]] = documents[0]!.repairs.unreadable as [[number, number]];
    expect(text.slice(start, end)).toBe(damaged);
    expect(gist(facts)).toEqual(gist(plain.facts));
  });
});

describe('hostile documents: other encodings give the same facts as UTF-8', () => {
  it('the GBK table encodes the sentence with the known codes', () => {
    expect(gbkCode('能')?.toString(16)).toBe('c4dc');
    expect([...gbk('谷')]).toEqual([0xb9, 0xc8]);
  });

  const variants: [string, Uint8Array][] = [
    ['utf-8', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)])],
    ['gb18030', gbk(TEXT)],
    ['utf-16le', utf16(TEXT, 'le')],
    ['utf-16be', utf16(TEXT, 'be')],
  ];
  for (const [encoding, bytes] of variants) {
    it(`${encoding} (${bytes.length} bytes)`, () => {
      const { documents, facts } = build(bytes);
      expect(documents[0]).toMatchObject({ status: 'ok', encoding });
      expect(facts).toEqual(plain.facts);
      const decoded = new TextDecoder(encoding).decode(bytes);
      for (const fact of facts) expect(decoded.slice(...fact.span)).toBe(SENTENCE);
    });
  }
});

describe('hostile documents: markup never reaches the dataset', () => {
  const html =
    '<!DOCTYPE html><html><head><title>能源谷动态</title>' +
    '<script>alert(1)</script><style>p { color: red }</style></head><body>' +
    '<p onclick="steal()"><img src=x onerror=alert(1)>' +
    `${SENTENCE}<a href="javascript:alert(document.cookie)">原文</a></p>` +
    '<!-- <script>alert(2)</script> --><img src="x" onerror="alert(\'>\')"></body></html>';

  it('extracts the sentence facts and no script, handler or tag', () => {
    const dataset = build(utf8(html));
    expect(dataset.documents[0]!.status).toBe('ok');
    expect(dataset.documents[0]!.repairs.markupRemoved).toBeGreaterThan(0);
    expect(gist(dataset.facts).map((f) => [f.place, f.value, f.unit, f.label_zh])).toEqual(
      gist(plain.facts).map((f) => [f.place, f.value, f.unit, f.label_zh]),
    );
    const strings = JSON.stringify(dataset.facts);
    for (const bad of ['<', '>', 'script', 'onerror', 'onclick', 'javascript:', 'alert', 'color'])
      expect(strings).not.toContain(bad);
    for (const fact of dataset.facts) expect(html.slice(...fact.span)).toContain('213家');
  });

  it('an unclosed script runs to the end of the document, as in a browser', () => {
    const dataset = build(utf8(`${SENTENCE}\n<script>var s = "能源谷集聚企业999家。";\n`));
    expect(dataset.facts.map((f) => ('value' in f ? f.value : null))).not.toContain(999);
    expect(JSON.stringify(dataset.facts)).not.toContain('script');
  });
});

describe('hostile documents: noise yields no facts', () => {
  it('a file of bare numbers', () => {
    const random = seededRandom(7);
    const numbers = Array.from({ length: 2000 }, () => String(Math.floor(random() * 1e7)));
    const { documents, facts } = build(utf8(numbers.join(' ')));
    expect(documents[0]!.status).toBe('ok');
    expect(facts).toEqual([]);
  });

  it('a zone article mixed with casino spam keeps the article and drops every advert', () => {
    const text = [
      '未来科学城动态',
      'ag百家乐官网 澳门赌场 博彩平台注册送88元，日赚5000元',
      SENTENCE,
      '澳门赌场在线开户，百家乐赢取100万元奖金！',
      '新葡京娱乐城体育投注返水3%。',
    ].join('\n');
    const dataset = build(utf8(text));
    expect(dataset.documents[0]!.repairs.spamRemoved).toBe(3);
    expect(gist(dataset.facts)).toEqual(gist(plain.facts));
    const values = dataset.facts.map((f) => ('value' in f ? f.value : null));
    for (const spam of [88, 5000, 1000000, 3]) expect(values).not.toContain(spam);
    expect(JSON.stringify(dataset.facts)).not.toMatch(/赌|百家乐|博彩|葡京|投注|注册/);
  });
});

// How its time and memory grow with the length of one document is a benchmark figure
// (`npm run bench`, bench/large-document.ts), not a test: it depends on the machine.
describe('hostile documents: a 5 MB document', () => {
  const seed = readFileSync(
    new URL('../../data/sources/000-beijing-daily-2023-07.txt', import.meta.url),
    'utf8',
  );

  it('is read whole and gives exactly the facts of the article it repeats', () => {
    const copies = Math.ceil((5 * 1024 * 1024) / utf8(seed).length);
    const big = utf8(Array.from({ length: copies }, () => seed).join('\n\n'));
    expect(big.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const dataset = build(big, 'big');
    expect(dataset.documents[0]!.status).toBe('ok');
    expect(dataset.facts).toEqual(build(utf8(seed), 'big').facts);
  }, 120_000);
});
