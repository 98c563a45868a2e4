import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { validateZones } from '../src/zones/validate-zones';
import { zoneAreaKm2 } from '../src/zones/zone-geometry';

/** Repo-relative name used in every message. */
const GEO_NAME = 'geo/zones.geojson';
const GEO_URL = new URL('../geo/zones.geojson', import.meta.url);

type ZoneLike = Feature<Polygon | MultiPolygon, { id: string; documented_area_km2: number | null }>;

/** "id 42.4/43.5 km² (97%)" for each zone, or "id 10.7 km² (no documented area)". */
function areaSummary(features: readonly ZoneLike[]): string {
  return features
    .map(({ properties: { id, documented_area_km2: documented }, geometry }) => {
      const drawn = zoneAreaKm2(geometry);
      if (documented === null) return `${id} ${drawn.toFixed(1)} km² (no documented area)`;
      return `${id} ${drawn.toFixed(1)}/${documented} km² (${Math.round((drawn / documented) * 100)}%)`;
    })
    .join('; ');
}

function readCollection(): unknown {
  const text = readFileSync(GEO_URL, 'utf8');
  return JSON.parse(text) as unknown;
}

/** Validates the shipped zone outlines; exits 1 with one line per problem, else prints a summary. */
function main(): number {
  let collection: unknown;
  try {
    collection = readCollection();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`${GEO_NAME}: cannot read as JSON: ${reason}`);
    return 1;
  }
  const problems = validateZones(collection);
  if (problems.length > 0) {
    for (const { zoneId, message } of problems) {
      console.error(`${GEO_NAME}: ${zoneId ?? '(collection)'}: ${message}`);
    }
    return 1;
  }
  const { features } = collection as { features: ZoneLike[] };
  console.log(`${GEO_NAME}: ${features.length} zones OK: ${areaSummary(features)}`);
  return 0;
}

process.exitCode = main();
