/**
 * Types for the parts of `geojson-validation` we use. The package ships no types.
 * With `trace` set to true, `valid` returns the list of problems found (empty when valid).
 */
declare module 'geojson-validation' {
  export function valid(geoJSONObject: unknown, trace: true): string[];
  export function valid(geoJSONObject: unknown, trace?: false): boolean;
}
