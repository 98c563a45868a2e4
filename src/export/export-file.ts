import type { Dataset } from '../model/dataset';
import type { SectorId } from '../model/sectors';
import type { ZoneId } from '../model/zones';
import { zones as zoneCollection } from '../data/geo-data';
import { buildCsv } from './build-csv';
import { buildGeoJson } from './build-geojson';
import { exportedFacts, exportRecords } from './export-records';

export type ExportFormat = 'csv' | 'geojson';

/** What to export: one zone, or the zones of a comparison, under the sector filter. */
export interface ExportRequest {
  dataset: Dataset;
  zones: readonly ZoneId[];
  sectors: readonly SectorId[];
}

/**
 * The file name of an export: the zones, then the sector filter when one is on.
 *
 * @example
 * exportFileName('csv', ['energy-valley', 'huitian'], ['energy'])
 * // → 'science-city-atlas_energy-valley_huitian_sectors-energy.csv'
 */
export function exportFileName(
  format: ExportFormat,
  zones: readonly ZoneId[],
  sectors: readonly SectorId[],
): string {
  const parts = ['science-city-atlas', ...zones];
  if (sectors.length > 0) parts.push(`sectors-${sectors.join('-')}`);
  return `${parts.join('_')}.${format}`;
}

/**
 * Builds the file in the browser and hands it to the browser's download, through a Blob and an
 * object URL (nothing is uploaded; the page's Content-Security-Policy does not govern downloads).
 * Loaded on demand: the first screen does not carry the builders.
 */
export default function exportFile(format: ExportFormat, request: ExportRequest): void {
  const { dataset, zones, sectors } = request;
  const properties = zoneCollection.features.map((f) => f.properties);
  const records = exportRecords(exportedFacts(dataset, zones, sectors), dataset, properties);
  const content =
    format === 'csv'
      ? buildCsv(records)
      : JSON.stringify(
          buildGeoJson(
            zones.flatMap((id) => zoneCollection.features.filter((f) => f.properties.id === id)),
            records,
          ),
        );
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(format, zones, sectors);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the Blob after this task; revoking it at once could cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
