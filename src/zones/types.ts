import type { MultiPolygon, Polygon } from 'geojson';
import type { ZoneProperties } from '../model/zone-feature';

/** One thing wrong with a zone collection. `zoneId` is null when the problem is not tied to one zone. */
export interface ZoneProblem {
  zoneId: string | null;
  /** Stable kebab-case code, e.g. `bad-winding`; tests compare codes, people read messages. */
  code: string;
  message: string;
}

/**
 * Zone properties as read from untrusted input: only fields that passed their check are present,
 * and `id` / `parent` may be strings that are not known zone ids (those get their own problems).
 */
export type ReadZoneProperties = Partial<Omit<ZoneProperties, 'id' | 'parent'>> & {
  id?: string;
  parent?: string | null;
};

/** A feature of the input after its properties and geometry have been read. */
export interface ReadZoneFeature {
  /** Position in the input collection, for messages. */
  index: number;
  /** The feature's id if it is a string, else null. */
  id: string | null;
  properties: ReadZoneProperties;
  /** The geometry if it is a Polygon or MultiPolygon with well-formed coordinates, else null. */
  geometry: Polygon | MultiPolygon | null;
  /** False when the geometry cannot be trusted for area, containment and overlap checks. */
  usable: boolean;
}

/** Two top-level zones whose outlines may overlap by up to `maxKm2` (an administrative area meeting a plan area). */
export interface AllowedOverlap {
  a: string;
  b: string;
  maxKm2: number;
}

/** Longitude/latitude window that coordinates must fall in. */
export interface LngLatBounds {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
}

/** Tuning for {@link validateZones}; every field has a default. */
export interface ValidateZonesOptions {
  /** Allowed relative difference between polygon area and documented area. Default 0.1 (10%). */
  areaTolerance?: number;
  /** Area of a child that may lie outside its parent, in km², to absorb rounding. Default 0.01. */
  containmentToleranceKm2?: number;
  /** Overlap between siblings ignored as rounding noise, in km². Default 0.01. */
  overlapToleranceKm2?: number;
  /** Sibling pairs allowed to overlap more. Default: Future Science City and Huitian, up to 5 km². */
  allowedOverlaps?: readonly AllowedOverlap[];
  /** Zone ids that must each appear exactly once. Default: the six ids of docs/contracts.md#zones. */
  expectedIds?: readonly string[];
  /** Window that coordinates must fall in. Default: Beijing. */
  bounds?: LngLatBounds;
  /** Most decimal places allowed in a coordinate. Default 6 (RFC 7946 advice). */
  maxDecimals?: number;
}
