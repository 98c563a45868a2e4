import type {
  Dataset,
  Fact,
  FigureFact,
  FigureStatus,
  ProjectStatus,
  Unit,
} from '../model/dataset';
import type { ZoneProperties } from '../model/zone-feature';
import { SECTOR_IDS, type SectorId } from '../model/sectors';
import type { ZoneId } from '../model/zones';
import { factsByPlace, rankFigures } from '../explorer/facts-for-zone';
import { filterBySectors } from '../explorer/filter-by-sectors';
import { STATUS_ORDER } from '../explorer/sort-projects';
import { projectCards, type ProjectCard } from '../explorer/group-projects';
import { HEADLINE_MEASURES, ZONE_AREA_SERIES, headlineRank, measureKey } from './measure-key';

/** One value of a measure, with every figure that states it: one citation each. */
export interface ValueGroup {
  value: number;
  unit: Unit;
  approx: boolean;
  qualifier?: FigureFact['qualifier'];
  status: FigureStatus;
  year: number | null;
  facts: FigureFact[];
}

/** What one zone's documents say of one measure: nothing, one value, or several. */
export interface MeasureCell {
  zone: ZoneId;
  /** Actuals before targets, newer years first; empty when no document reports the measure. */
  values: ValueGroup[];
  /** Documents give different values for the same year and status: all are shown. */
  conflict: boolean;
}

/** Fields every figure row has: whether its zones' leading values are from different years or statuses. */
interface RowNotes {
  /** The zones' leading values are for different years (or some give none). */
  yearsDiffer: boolean;
  /** Some zones' leading values are targets and others actuals. */
  statusesDiffer: boolean;
}

/** A row of one measure (see `measureKey`). */
export interface MeasureRow extends RowNotes {
  key: string;
  /** The figure whose label names the row: its leading actual where there is one. */
  label: FigureFact;
  cells: MeasureCell[];
}

/** The zone's whole area: the cited figures of the `zone-area` series and the zone file's. */
export interface AreaCell extends MeasureCell {
  /**
   * The area the zone file documents (`documented_area_km2`), when no cited figure states the
   * same number; its source is `source`, which is not one of the atlas's documents.
   */
  zoneFile: number | null;
  source: string;
}

export interface AreaRow extends RowNotes {
  key: 'area';
  cells: AreaCell[];
}

/** The projects shown at one zone, under the row's sector or status: one card per project. */
export interface ProjectCell {
  zone: ZoneId;
  projects: ProjectCard[];
}

export interface ProjectRow {
  key: string;
  /** The sector the row counts; null for projects with no sector. */
  sector?: SectorId | null;
  status?: ProjectStatus;
  cells: ProjectCell[];
}

/** Everything the comparison table shows, in row order; each row has one cell per zone, in order. */
export interface Comparison {
  zones: ZoneId[];
  area: AreaRow;
  measures: MeasureRow[];
  /** All projects under the sector filter. */
  projects: ProjectRow;
  /** One row per sector: the filter's sectors, or every sector a compared zone has projects in. */
  bySector: ProjectRow[];
  /** One row per status a compared zone's projects have. */
  byStatus: ProjectRow[];
}

/**
 * Lines up two or three zones. Each column holds what documents tie to that zone itself (a parent
 * does not add up the zones within it; district figures are no zone's). Figure rows come from
 * `measureKey`: a row per quantity that two zones report, or that one zone reports if it is a
 * headline measure; headline measures in their order, then the rows more zones report, then
 * reviewed series. Project rows count the zone panel's project cards, so a project named in
 * several documents counts once. The sector filter (empty = all) applies to the project rows
 * only; figures describe the zone as a whole.
 *
 * @example
 * compareZones(dataset, zones, ['energy-valley', 'huitian'], [])
 * // → { area: { cells: [{ zone: 'energy-valley', values: [44.3 km²], zoneFile: 43.5, … }, …] },
 * //     measures: [{ key: 'enterprises:count:规上先进能源企业', cells: [[213], []], … }, …],
 * //     projects: { cells: [{ projects: [8 cards] }, { projects: [29 cards] }] }, bySector, byStatus }
 */
export function compareZones(
  dataset: Dataset,
  zones: readonly ZoneProperties[],
  compare: readonly ZoneId[],
  sectors: readonly SectorId[],
): Comparison {
  const figures = compare.map((zone) => (factsByPlace(dataset).get(zone) ?? []).filter(isFigure));
  const cards = projectCards(dataset).byPlace;
  const projects = compare.map((zone) => filterBySectors(cards.get(zone) ?? [], sectors));
  return {
    zones: [...compare],
    area: areaRow(compare, zones, figures),
    measures: measureRows(compare, figures),
    ...projectRows(compare, projects, sectors),
  };
}

function isFigure(fact: Fact): fact is FigureFact {
  return fact.kind === 'figure';
}

/** Ranks figures and merges those that state the same value, status and year. */
export function valueGroups(figures: readonly FigureFact[]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  for (const fact of rankFigures(figures)) {
    const same = groups.find(
      (g) =>
        g.value === fact.value &&
        g.unit === fact.unit &&
        g.status === fact.status &&
        g.year === fact.year &&
        g.approx === fact.approx &&
        g.qualifier === fact.qualifier,
    );
    if (same) same.facts.push(fact);
    else {
      groups.push({
        value: fact.value,
        unit: fact.unit,
        approx: fact.approx,
        ...(fact.qualifier ? { qualifier: fact.qualifier } : {}),
        status: fact.status,
        year: fact.year,
        facts: [fact],
      });
    }
  }
  return groups;
}

/** Two values for the same year and status that differ: the documents disagree. */
export function hasConflict(values: readonly ValueGroup[]): boolean {
  return values.some((a, i) =>
    values
      .slice(i + 1)
      .some(
        (b) =>
          a.status === b.status && a.year === b.year && a.unit === b.unit && a.value !== b.value,
      ),
  );
}

/** Whether the filled cells' leading values differ in year, and in status. */
function rowNotes(cells: readonly MeasureCell[]): RowNotes {
  const leading = cells.flatMap((cell) => cell.values.slice(0, 1));
  return {
    yearsDiffer: new Set(leading.map((v) => v.year)).size > 1,
    statusesDiffer: new Set(leading.map((v) => v.status)).size > 1,
  };
}

function areaRow(
  compare: readonly ZoneId[],
  zones: readonly ZoneProperties[],
  figures: readonly FigureFact[][],
): AreaRow {
  const cells = compare.map((zone, i): AreaCell => {
    const props = zones.find((z) => z.id === zone);
    const documented = props?.documented_area_km2 ?? null;
    const values = valueGroups((figures[i] ?? []).filter((f) => f.series === ZONE_AREA_SERIES));
    const stated = values.some((v) => v.unit === 'km2' && v.value === documented);
    return {
      zone,
      values,
      zoneFile: documented !== null && !stated ? documented : null,
      source: props?.area_source ?? '',
      conflict:
        hasConflict(values) ||
        (documented !== null && values.some((v) => v.unit === 'km2' && v.value !== documented)),
    };
  });
  return { key: 'area', cells, ...rowNotes(cells) };
}

function measureRows(compare: readonly ZoneId[], figures: readonly FigureFact[][]): MeasureRow[] {
  const byKey = new Map<string, FigureFact[][]>();
  compare.forEach((_, i) => {
    for (const fact of figures[i] ?? []) {
      if (fact.series === ZONE_AREA_SERIES) continue;
      const key = measureKey(fact);
      let perZone = byKey.get(key);
      if (!perZone) byKey.set(key, (perZone = compare.map(() => [])));
      perZone[i]?.push(fact);
    }
  });
  const rows = [...byKey].map(([key, perZone]) => {
    const cells = compare.map((zone, i): MeasureCell => {
      const values = valueGroups(perZone[i] ?? []);
      return { zone, values, conflict: hasConflict(values) };
    });
    const label = rankFigures(perZone.flat())[0] as FigureFact;
    const reporting = cells.filter((cell) => cell.values.length > 0).length;
    const rank = headlineRank(label);
    return {
      row: { key, label, cells, ...rowNotes(cells) },
      reporting,
      rank: rank === -1 ? HEADLINE_MEASURES.length + 1 : rank,
    };
  });
  return rows
    .filter(({ reporting, rank }) => reporting >= 2 || rank <= HEADLINE_MEASURES.length)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.reporting - a.reporting ||
        Number(isSeries(b.row.key)) - Number(isSeries(a.row.key)),
    )
    .map(({ row }) => row);
}

/** A row of a reviewed series: curation has judged it one quantity, so it leads its measure. */
function isSeries(key: string): boolean {
  return key.startsWith('series:');
}

function projectRows(
  compare: readonly ZoneId[],
  groups: readonly ProjectCard[][],
  sectors: readonly SectorId[],
): Pick<Comparison, 'projects' | 'bySector' | 'byStatus'> {
  const row = (key: string, keep: (g: ProjectCard) => boolean, extra: Partial<ProjectRow>) => ({
    key,
    ...extra,
    cells: compare.map((zone, i) => ({ zone, projects: (groups[i] ?? []).filter(keep) })),
  });
  const all = groups.flat();
  const shownSectors =
    sectors.length > 0 ? sectors : SECTOR_IDS.filter((s) => all.some((g) => g.sectors.includes(s)));
  const bySector: ProjectRow[] = shownSectors.map((sector) =>
    row(`projects-sector:${sector}`, (g) => g.sectors.includes(sector), { sector }),
  );
  if (sectors.length === 0 && all.some((g) => g.sectors.length === 0)) {
    bySector.push(row('projects-sector:none', (g) => g.sectors.length === 0, { sector: null }));
  }
  return {
    projects: row('projects', () => true, {}),
    bySector,
    byStatus: STATUS_ORDER.filter((s) => all.some((g) => g.status === s)).map((status) =>
      row(`projects-status:${status}`, (g) => g.status === status, { status }),
    ),
  };
}
