import type { ZoneProperties } from '../model/zone-feature';
import { ZONE_IDS } from '../model/zones';

/** A zone with the zones nested in it, for lists that show nesting. */
export interface ZoneTreeItem {
  zone: ZoneProperties;
  children: ZoneProperties[];
}

const rank = (zone: ZoneProperties) => ZONE_IDS.indexOf(zone.id);

/**
 * Orders zones as a tree in the atlas's reading order (ZONE_IDS): each top-level zone followed
 * by its children, whatever order the GeoJSON file lists them in.
 *
 * @example
 * zoneTree([huitian, life, fsc]) // → [{ zone: fsc, children: [life] }, { zone: huitian, children: [] }]
 */
export function zoneTree(zones: readonly ZoneProperties[]): ZoneTreeItem[] {
  const ordered = [...zones].sort((a, b) => rank(a) - rank(b));
  return ordered
    .filter((zone) => zone.parent === null)
    .map((zone) => ({ zone, children: ordered.filter((child) => child.parent === zone.id) }));
}
