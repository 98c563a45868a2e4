import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * MapLibre compiles one shader program for each way a layer of a kind sets its paint properties:
 * a colour given as a constant, one read per feature and one that also changes with zoom are three
 * programs. Without a GPU, each symbol program takes SwiftShader 120–160 ms to compile on the main
 * thread, and one met first when the map zooms in stalls that frame. The helpers below give the
 * layers of a kind the same form of every paint property, so they share one program; the values are
 * those of the constants they wrap.
 */

/** A constant read per feature (a `case` on a property no feature has): the same value, every feature. */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', '__none'], value, value] as ExpressionSpecification;
}

/** A constant read per feature and per zoom level: the same value at every zoom, for every feature. */
export function perFeatureAndZoom(value: string | number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 0, perFeature(value), 24, perFeature(value)];
}
