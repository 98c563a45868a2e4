import type { ZoneProperties } from '../model/zone-feature';
import type { ReadZoneProperties, ZoneProblem } from './types';

/** Allowed values of the `confidence` property. */
export const ZONE_CONFIDENCES: readonly ZoneProperties['confidence'][] = ['medium', 'low'];

type PropertyCheck = (value: unknown) => string | null;

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

const text: PropertyCheck = (value) =>
  isNonEmptyString(value) ? null : 'must be a non-empty string';

/** What each required property must hold; a check returns null when the value is fine. */
const PROPERTY_CHECKS: Readonly<Record<keyof ZoneProperties, PropertyCheck>> = {
  id: text,
  name_zh: text,
  name_en: text,
  parent: (value) =>
    value === null || isNonEmptyString(value) ? null : 'must be a zone id or null',
  documented_area_km2: (value) =>
    value === null || (typeof value === 'number' && Number.isFinite(value) && value > 0)
      ? null
      : 'must be a positive number or null',
  area_source: text,
  drawn_from: text,
  identity_zh: text,
  identity_en: text,
  label_point: (value) =>
    Array.isArray(value) && value.length === 2 && value.every((n) => Number.isFinite(n))
      ? null
      : 'must be a [lng, lat] pair of numbers',
  confidence: (value) =>
    (ZONE_CONFIDENCES as readonly unknown[]).includes(value)
      ? null
      : `must be one of ${ZONE_CONFIDENCES.join(', ')}`,
};

/**
 * Reads a feature's properties against the zone schema.
 * Returns the properties that passed, and one problem per missing or malformed property.
 */
export function readZoneProperties(
  raw: unknown,
  zoneId: string | null,
): { properties: ReadZoneProperties; problems: ZoneProblem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      properties: {},
      problems: [{ zoneId, code: 'missing-property', message: 'feature has no properties object' }],
    };
  }
  const source = raw as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  const problems: ZoneProblem[] = [];
  for (const [name, check] of Object.entries(PROPERTY_CHECKS)) {
    if (!(name in source)) {
      problems.push({ zoneId, code: 'missing-property', message: `missing property "${name}"` });
      continue;
    }
    const complaint = check(source[name]);
    if (complaint) {
      problems.push({
        zoneId,
        code: 'invalid-property',
        message: `property "${name}" ${complaint}`,
      });
      continue;
    }
    properties[name] = source[name];
  }
  return { properties: properties as ReadZoneProperties, problems };
}
