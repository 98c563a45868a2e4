import type { Dataset, Fact } from '../model/dataset';
import type { ZoneProperties } from '../model/zone-feature';
import type { SectorId } from '../model/sectors';
import type { ZoneId } from '../model/zones';
import { factsByPlace } from '../explorer/facts-for-zone';
import { filterBySectors } from '../explorer/filter-by-sectors';
import { districtName } from '../explorer/place-name';

/** One exported fact with its source, as the CSV and GeoJSON files carry it (docs/contracts.md#export-files). */
export interface ExportRecord {
  fact_id: string;
  kind: Fact['kind'];
  place: string | null;
  place_zh: string;
  place_en: string;
  label_zh: string;
  label_en: string | null;
  name_zh: string | null;
  value: number | null;
  unit: string | null;
  approx: boolean;
  status: string;
  year: number | null;
  sectors: string[];
  document: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  quote: string;
  span_start: number;
  span_end: number;
  /** A project's cross-document key (every mention of one project shares it); null for a figure. */
  project: string | null;
}

/** The columns of the CSV file, in order: the contract's, then the project key. */
export const EXPORT_COLUMNS = [
  'fact_id',
  'kind',
  'place',
  'place_zh',
  'place_en',
  'label_zh',
  'label_en',
  'name_zh',
  'value',
  'unit',
  'approx',
  'status',
  'year',
  'sectors',
  'document',
  'title',
  'publisher',
  'date',
  'url',
  'quote',
  'span_start',
  'span_end',
  'project',
] as const satisfies readonly (keyof ExportRecord)[];

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/**
 * The facts an export of these zones holds, zone by zone in the given order, in dataset order
 * within each zone: what documents tie to the zone itself (not its district, not the zones
 * within it). The sector filter (empty = all) applies as in the zone panel: projects in the
 * selected sectors, and figures in them or in none (an area belongs to every sector).
 *
 * @example
 * exportedFacts(dataset, ['energy-valley', 'huitian'], ['energy'])
 * // → Energy Valley's energy figures and projects and its figures with no sector, then Huitian's
 */
export function exportedFacts(
  dataset: Dataset,
  zones: readonly ZoneId[],
  sectors: readonly SectorId[],
): Fact[] {
  return zones.flatMap((zone) => {
    const facts = factsByPlace(dataset).get(zone) ?? [];
    const figures = filterBySectors(
      facts.filter((f) => f.kind === 'figure'),
      sectors,
      { keepGeneral: true },
    );
    const projects = filterBySectors(
      facts.filter((f) => f.kind === 'project'),
      sectors,
    );
    const kept = new Set<Fact>([...figures, ...projects]);
    return facts.filter((fact) => kept.has(fact));
  });
}

/**
 * Each fact as a record with its place's names and its document's metadata. A field the fact or
 * document does not have is null or empty, never guessed.
 */
export function exportRecords(
  facts: readonly Fact[],
  dataset: Pick<Dataset, 'documents'>,
  zones: readonly ZoneProperties[],
): ExportRecord[] {
  const documents = new Map(dataset.documents.map((doc) => [doc.id, doc]));
  return facts.map((fact) => {
    const doc = documents.get(fact.doc);
    return {
      fact_id: fact.id,
      kind: fact.kind,
      place: fact.place,
      ...placeNames(fact.place, zones),
      label_zh: fact.label_zh,
      label_en: fact.label_en,
      name_zh: fact.kind === 'project' ? fact.name_zh : null,
      value: fact.value ?? null,
      unit: fact.unit ?? null,
      approx: fact.approx ?? false,
      status: fact.status,
      year: fact.year,
      sectors: [...fact.sectors],
      document: fact.doc,
      title: doc?.title ?? '',
      publisher: doc?.publisher ?? '',
      date: doc?.date ?? '',
      url: doc?.url ?? null,
      quote: fact.quote,
      span_start: fact.span[0],
      span_end: fact.span[1],
      project: fact.kind === 'project' ? fact.project : null,
    };
  });
}

function placeNames(
  place: Fact['place'],
  zones: readonly ZoneProperties[],
): { place_zh: string; place_en: string } {
  if (place === null) return { place_zh: '', place_en: '' };
  if (place.startsWith('district:')) {
    const district = place as Parameters<typeof districtName>[0];
    return { place_zh: districtName(district, 'zh'), place_en: districtName(district, 'en') };
  }
  const zone = zones.find((z) => z.id === place);
  return { place_zh: zone?.name_zh ?? place, place_en: zone?.name_en ?? place };
}
