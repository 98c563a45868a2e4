import { describe, expect, it } from 'vitest';
import type { FigureFact } from '../model/dataset';
import { buildDataset } from './build-dataset';
import { gbkCode } from './normalize/gbk-table';

const SENTENCE = '能源谷里,213家规上先进能源企业集聚发展。';
const TEXT = `标题\n\n${SENTENCE}\n`;

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

function utf16le(text: string): number[] {
  return [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return [code & 0xff, code >> 8];
  });
}

function gbk(text: string): number[] {
  return [...text].flatMap((char) => {
    if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
    const code = gbkCode(char);
    if (code === undefined) throw new Error(`no GBK code for ${char}`);
    return [code >> 8, code & 0xff];
  });
}

const variants: [string, number[]][] = [
  ['utf-8', utf8(TEXT)],
  ['utf-8', [0xef, 0xbb, 0xbf, ...utf8(TEXT)]],
  ['utf-16le', [0xff, 0xfe, ...utf16le(TEXT)]],
  ['gb18030', gbk(TEXT)],
];

describe('buildDataset output for the app', () => {
  for (const [encoding, bytes] of variants) {
    it(`writes the encoding, not the text, and spans index TextDecoder('${encoding}') output (${bytes.length} bytes)`, () => {
      const raw = Uint8Array.from(bytes);
      const { dataset, errors } = buildDataset([{ id: 'x', file: 'x.txt', bytes: raw }], {
        glossary: { terms: [] },
        overrides: [],
      });
      expect(errors).toEqual([]);
      const doc = dataset.documents[0]!;
      expect(doc.encoding).toBe(encoding);
      expect(doc).not.toHaveProperty('text');
      const decoded = new TextDecoder(doc.encoding).decode(raw);
      expect(decoded.startsWith('\uFEFF')).toBe(false);
      const figure = dataset.facts.find((f): f is FigureFact => f.kind === 'figure');
      expect(figure?.value).toBe(213);
      expect(decoded.slice(figure!.span[0], figure!.span[1])).toBe(SENTENCE);
    });
  }

  it('counts the facts of a document that name no place, for the sources list', () => {
    const text = '雁栖湖国际会都举办活动2.25万场。能源谷里,213家规上先进能源企业集聚发展。';
    const build = (district?: 'district:huairou') =>
      buildDataset(
        [
          {
            id: 'x',
            file: 'x.txt',
            bytes: new TextEncoder().encode(text),
            ...(district ? { district } : {}),
          },
        ],
        { glossary: { terms: [] }, overrides: [] },
      ).dataset;
    expect(build('district:huairou').documents[0]!.unplaced).toBe(1);
    expect(build('district:huairou').facts.filter((f) => f.place === null)).toHaveLength(1);
  });

  it('keeps repair details near facts only and counts the rest', () => {
    const spam = 'ag百家乐';
    const filler = '昌平区召开会议。'.repeat(20);
    const near = SENTENCE.replace('集聚', `${spam}集聚`);
    const text = `${spam}${filler}\n\n${near}\n\n${filler}${spam}`;
    const { dataset } = buildDataset(
      [{ id: 'x', file: 'x.txt', bytes: new TextEncoder().encode(text) }],
      { glossary: { terms: [] }, overrides: [] },
    );
    const repairs = dataset.documents[0]!.repairs;
    expect(repairs.spamRemoved).toBe(3);
    expect(repairs.details?.map((d) => d.before)).toEqual([spam]);
    expect(text.slice(...repairs.details![0]!.span)).toBe(spam);
    expect(repairs.detailsTruncated).toBe(2);
  });
});
