import { describe, expect, test } from 'vitest';
import type { Polygon } from 'geojson';
import {
  decimalPlaces,
  outsideAreaKm2,
  overlapAreaKm2,
  vertexCount,
  zoneAreaKm2,
} from './zone-geometry';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe('decimalPlaces', () => {
  test.each([
    [116, 0],
    [116.12345, 5],
    [40.1, 1],
    [1e-7, 7],
    [1.5e-7, 8],
    [Number.NaN, 0],
  ])('%d has %d decimal places', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });
});

describe('areas', () => {
  test('a 0.01° square near 40°N is a little under 1 km²', () => {
    expect(zoneAreaKm2(square(116.3, 40.1, 0.01))).toBeCloseTo(0.947, 2);
  });

  test('overlap of two squares sharing a quarter', () => {
    const a = square(116.3, 40.1, 0.02);
    const b = square(116.31, 40.11, 0.02);
    expect(overlapAreaKm2(a, b)).toBeCloseTo(zoneAreaKm2(square(116.31, 40.11, 0.01)), 3);
  });

  test('touching squares do not overlap', () => {
    expect(overlapAreaKm2(square(116.3, 40.1, 0.01), square(116.31, 40.1, 0.01))).toBe(0);
  });

  test('area outside a parent', () => {
    expect(outsideAreaKm2(square(116.3, 40.1, 0.01), square(116.29, 40.09, 0.05))).toBe(0);
    expect(outsideAreaKm2(square(116.3, 40.1, 0.02), square(116.3, 40.1, 0.01))).toBeGreaterThan(2);
  });
});

test('vertexCount ignores closing positions', () => {
  expect(vertexCount(square(116.3, 40.1, 0.01))).toBe(4);
});
