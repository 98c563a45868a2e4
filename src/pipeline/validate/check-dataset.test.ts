import { describe, expect, it } from 'vitest';
import { checkDataset, type SourceTexts } from './check-dataset';
import sources from '../fixtures/check-dataset/sources.json';
import { expectGolden } from '../test/expect-golden';

const datasets = import.meta.glob<unknown>('../fixtures/check-dataset/*/dataset.json', {
  import: 'default',
  eager: true,
});

describe('checkDataset fixtures', () => {
  for (const [path, dataset] of Object.entries(datasets).sort(([a], [b]) => a.localeCompare(b))) {
    const name = /check-dataset\/([^/]+)\//.exec(path)?.[1] ?? path;
    it(name, async () => {
      const problems = checkDataset(dataset, sources as SourceTexts);
      await expectGolden(
        `${JSON.stringify(problems, null, 2)}\n`,
        path.replace('dataset.json', 'expected.json'),
      );
    });
  }
});

describe('checkDataset', () => {
  it('passes the valid fixture and fails every other one', () => {
    for (const [path, dataset] of Object.entries(datasets)) {
      const problems = checkDataset(dataset, sources as SourceTexts);
      expect(problems.length === 0, path).toBe(path.includes('/valid/'));
    }
  });

  it('names the fact or document of each problem, for `file: id: reason` lines', () => {
    const dataset = structuredClone(
      datasets['../fixtures/check-dataset/span-out-of-range/dataset.json'],
    );
    expect(checkDataset(dataset, sources as SourceTexts)).toEqual([
      { id: 'a-f-vzj0u6', message: 'span [10, 46] is past the end of the source text (41)' },
    ]);
  });

  it('does not mutate its input', () => {
    const dataset = datasets['../fixtures/check-dataset/duplicate-id/dataset.json'];
    const before = JSON.stringify(dataset);
    checkDataset(dataset, sources as SourceTexts);
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('reports a non-object as one problem instead of throwing', () => {
    expect(checkDataset(null, {})).toHaveLength(1);
    expect(checkDataset('atlas', {})[0]?.id).toBeNull();
  });
});
