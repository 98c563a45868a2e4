import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateZones } from './validate-zones';
import type { ZoneProblem } from './types';

const fixtures = new URL('./fixtures/', import.meta.url);

const readJson = (folder: string, name: string): unknown =>
  JSON.parse(readFileSync(new URL(`${folder}/${name}`, fixtures), 'utf8'));

const geojsonIn = (folder: string): string[] =>
  readdirSync(new URL(`${folder}/`, fixtures)).filter((name) => name.endsWith('.geojson'));

/** Problems reduced to what fixtures pin down, in a stable order. */
const summary = (problems: readonly ZoneProblem[]) =>
  problems
    .map(({ zoneId, code }) => ({ zoneId, code }))
    .sort((a, b) => `${a.zoneId}/${a.code}`.localeCompare(`${b.zoneId}/${b.code}`));

describe('valid fixtures', () => {
  test.each(geojsonIn('valid'))('%s has no problems', (name) => {
    expect(validateZones(readJson('valid', name))).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  test.each(geojsonIn('invalid'))('%s gives the expected problems', (name) => {
    const expected = readJson('invalid', name.replace(/\.geojson$/, '.result.json'));
    expect(summary(validateZones(readJson('invalid', name)))).toEqual(
      summary(expected as ZoneProblem[]),
    );
  });

  test('every invalid fixture has a result file', () => {
    const names = readdirSync(new URL('invalid/', fixtures));
    for (const name of geojsonIn('invalid')) {
      expect(names).toContain(name.replace(/\.geojson$/, '.result.json'));
    }
  });
});

describe('validateZones', () => {
  test('does not mutate its input', () => {
    const input = readJson('invalid', 'bad-winding.geojson');
    const before = JSON.stringify(input);
    validateZones(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  test('works on a deeply frozen collection', () => {
    const deepFreeze = (value: unknown): unknown => {
      if (typeof value === 'object' && value !== null) {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
      }
      return value;
    };
    const input = deepFreeze(readJson('valid', 'six-rectangles.geojson'));
    expect(validateZones(input)).toEqual([]);
  });

  test.each([null, 42, 'zones', [], { type: 'Feature' }])(
    'returns a problem instead of throwing for %j',
    (input) => {
      expect(summary(validateZones(input))).toEqual([
        { zoneId: null, code: 'not-feature-collection' },
      ]);
    },
  );

  test('reports broken features without throwing', () => {
    const problems = validateZones({ type: 'FeatureCollection', features: [null, 1, {}] });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.code !== 'validator-error')).toBe(true);
  });

  test('the Huitian / Future Science City allowance can be withdrawn', () => {
    const input = readJson('valid', 'six-rectangles.geojson');
    expect(summary(validateZones(input, { allowedOverlaps: [] }))).toEqual([
      { zoneId: 'future-science-city', code: 'sibling-overlap' },
    ]);
  });

  test('the area tolerance is an option', () => {
    const input = readJson('invalid', 'area-far-from-documented.geojson');
    expect(validateZones(input, { areaTolerance: 1.5 })).toEqual([]);
  });

  test('messages say what is wrong in words', () => {
    const [problem] = validateZones(readJson('invalid', 'swapped-lat-lng.geojson'));
    expect(problem?.message).toMatch(/\[lng, lat\]/);
  });
});
