import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import { formatDataset } from './format-dataset';

const dataset: Dataset = {
  documents: [
    {
      id: '000',
      file: 'data/sources/000.txt',
      status: 'ok',
      encoding: 'utf-8',
      repairs: {
        pinyinGlosses: 0,
        traditionalChars: 0,
        spunWords: 0,
        spamRemoved: 0,
        markupRemoved: 0,
        unreadable: [],
      },
    },
  ],
  facts: [],
};

describe('formatDataset', () => {
  it('writes valid JSON that parses back to the same dataset, one record per line', () => {
    const text = formatDataset(dataset);
    expect(JSON.parse(text)).toEqual(dataset);
    expect(text.split('\n')).toHaveLength(8);
    expect(formatDataset({ documents: [], facts: [] })).toBe(
      '{\n"documents": [\n],\n"facts": [\n]\n}\n',
    );
  });
});
