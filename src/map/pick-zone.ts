import type { ZoneId } from '../model/zones';
import { isZoneId } from '../model/zones';

interface PickableFeature {
  properties: Record<string, unknown> | null;
}

/**
 * The zone a click means among the zones under the pointer: the innermost one, so a click in
 * Life Valley selects Life Valley rather than Future Science City around it.
 *
 * @example
 * pickZone([{ properties: { id: 'future-science-city', parent: null } },
 *           { properties: { id: 'life-valley', parent: 'future-science-city' } }]) // → 'life-valley'
 */
export function pickZone(features: readonly PickableFeature[]): ZoneId | null {
  const ids = features.map((f) => f.properties?.id).filter(isZoneId);
  const parents = new Set(features.map((f) => f.properties?.parent).filter(isZoneId));
  return ids.find((id) => !parents.has(id)) ?? ids[0] ?? null;
}
