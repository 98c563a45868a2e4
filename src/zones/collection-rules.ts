import { isZoneId, ZONE_PARENT } from '../model/zones';
import type { AllowedOverlap, ReadZoneFeature, ZoneProblem } from './types';
import { outsideAreaKm2, overlapAreaKm2, zoneAreaKm2 } from './zone-geometry';

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Flags ids that are unknown or repeated, and expected ids that never appear. */
export function checkIds(
  features: readonly ReadZoneFeature[],
  expectedIds: readonly string[],
): ZoneProblem[] {
  const problems: ZoneProblem[] = [];
  const seen = new Set<string>();
  for (const { id } of features) {
    if (id === null) continue;
    if (!expectedIds.includes(id)) {
      problems.push({ zoneId: id, code: 'unknown-id', message: `"${id}" is not a known zone id` });
    } else if (seen.has(id)) {
      problems.push({
        zoneId: id,
        code: 'duplicate-id',
        message: `zone "${id}" appears more than once`,
      });
    }
    seen.add(id);
  }
  for (const id of expectedIds) {
    if (!seen.has(id)) {
      problems.push({ zoneId: id, code: 'missing-zone', message: `zone "${id}" has no feature` });
    }
  }
  return problems;
}

/**
 * Flags parents that name no known zone (`unknown-parent`) and, for the zones of docs/contracts.md#zones,
 * parents that differ from the model's nesting (`wrong-parent`).
 */
export function checkParents(
  features: readonly ReadZoneFeature[],
  expectedIds: readonly string[],
): ZoneProblem[] {
  const problems: ZoneProblem[] = [];
  for (const { id, properties } of features) {
    const parent = properties.parent;
    if (parent === undefined) continue;
    if (parent !== null && !expectedIds.includes(parent)) {
      problems.push({
        zoneId: id,
        code: 'unknown-parent',
        message: `parent "${parent}" is not a known zone id`,
      });
      continue;
    }
    if (!isZoneId(id) || ZONE_PARENT[id] === parent) continue;
    problems.push({
      zoneId: id,
      code: 'wrong-parent',
      message: `parent is ${JSON.stringify(parent)}, the zone model says ${JSON.stringify(ZONE_PARENT[id])}`,
    });
  }
  return problems;
}

/** First usable feature per id, so relations are checked once even when ids repeat. */
function usableById(features: readonly ReadZoneFeature[]): Map<string, ReadZoneFeature> {
  const byId = new Map<string, ReadZoneFeature>();
  for (const item of features) {
    if (item.id !== null && item.usable && item.geometry && !byId.has(item.id))
      byId.set(item.id, item);
  }
  return byId;
}

/** Flags children with more than `toleranceKm2` of their area outside their parent. */
export function checkContainment(
  features: readonly ReadZoneFeature[],
  toleranceKm2: number,
): ZoneProblem[] {
  const byId = usableById(features);
  const problems: ZoneProblem[] = [];
  for (const child of byId.values()) {
    const parent = child.properties.parent ? byId.get(child.properties.parent) : undefined;
    if (!parent?.geometry || !child.geometry) continue;
    const outside = outsideAreaKm2(child.geometry, parent.geometry);
    if (outside <= toleranceKm2) continue;
    problems.push({
      zoneId: child.id,
      code: 'child-outside-parent',
      message: `${round2(outside)} km² lies outside parent "${parent.id}"`,
    });
  }
  return problems;
}

const allowanceFor = (
  a: string,
  b: string,
  allowed: readonly AllowedOverlap[],
): number | undefined =>
  allowed.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a))?.maxKm2;

/**
 * Flags zones with the same parent (top-level zones count as siblings) that overlap by more than
 * `toleranceKm2`, or by more than a listed allowance for that pair.
 */
export function checkSiblingOverlaps(
  features: readonly ReadZoneFeature[],
  toleranceKm2: number,
  allowed: readonly AllowedOverlap[],
): ZoneProblem[] {
  const zones = [...usableById(features).values()];
  const problems: ZoneProblem[] = [];
  zones.forEach((a, i) => {
    for (const b of zones.slice(i + 1)) {
      if (!a.geometry || !b.geometry || a.id === null || b.id === null) continue;
      if ((a.properties.parent ?? null) !== (b.properties.parent ?? null)) continue;
      const limit = Math.max(toleranceKm2, allowanceFor(a.id, b.id, allowed) ?? 0);
      const shared = overlapAreaKm2(a.geometry, b.geometry);
      if (shared <= limit) continue;
      problems.push({
        zoneId: a.id,
        code: 'sibling-overlap',
        message: `overlaps sibling "${b.id}" by ${round2(shared)} km² (allowed ${round2(limit)} km²)`,
      });
    }
  });
  return problems;
}

/** Flags zones whose outline area differs from the documented area by more than `tolerance` (a fraction). */
export function checkAreas(features: readonly ReadZoneFeature[], tolerance: number): ZoneProblem[] {
  const problems: ZoneProblem[] = [];
  for (const { id, geometry, usable, properties } of features) {
    const documented = properties.documented_area_km2;
    if (!usable || !geometry || typeof documented !== 'number') continue;
    const drawn = zoneAreaKm2(geometry);
    const ratio = drawn / documented;
    if (Math.abs(ratio - 1) <= tolerance) continue;
    problems.push({
      zoneId: id,
      code: 'area-far-from-documented',
      message: `outline is ${round2(drawn)} km², ${Math.round(ratio * 100)}% of the documented ${documented} km² (tolerance ±${Math.round(tolerance * 100)}%)`,
    });
  }
  return problems;
}
