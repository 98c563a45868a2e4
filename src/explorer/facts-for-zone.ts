import type { Dataset, Fact, FigureFact } from '../model/dataset';
import type { SectorId } from '../model/sectors';
import {
  ZONE_DISTRICT,
  ZONE_IDS,
  ZONE_PARENT,
  type DistrictKey,
  type PlaceKey,
  type ZoneId,
} from '../model/zones';
import { filterBySectors } from './filter-by-sectors';
import { projectCards, type ProjectCard } from './group-projects';

/** What one child zone contributes to its parent's panel. */
export interface ChildSummary {
  zone: ZoneId;
  figureCount: number;
  projectCount: number;
  /** Its leading figures, in headline order (at most `TOP_FIGURES`). */
  topFigures: FigureFact[];
}

/** Everything the zone panel shows, already split so a district number never passes as a zone number. */
export interface ZoneFacts {
  figures: FigureFact[];
  /** One card per project, however many documents name it. */
  projects: ProjectCard[];
  /** The district the zone lies in. */
  district: DistrictKey;
  /** Figures documents give for the whole district: context, not the zone's own. */
  districtFigures: FigureFact[];
  /** Projects documents tie only to the whole district. */
  districtProjects: ProjectCard[];
  /** One entry per child zone, empty for a zone with no children. */
  childSummaries: ChildSummary[];
}

/** How many figures a child summary carries. */
export const TOP_FIGURES = 2;

/**
 * Measures that describe a place as a whole — its people, firms, research and economy — rather than
 * one project in it (a factory's floor area, a school's site): a zone's headline leads with them.
 */
const PLACE_MEASURES = new Set([
  'population',
  'employment',
  'enterprises',
  'researchers',
  'research-institutions',
  'laboratories',
  'universities',
  'science-facilities',
  'industry-revenue',
  'output-value',
  'gdp',
  'fiscal-revenue',
]);

/** A count or sum of one of those measures; a share (受访居民 90 %) says how some of them answered. */
const isPlaceMeasure = (fact: FigureFact): boolean =>
  fact.unit !== 'percent' && fact.measure !== undefined && PLACE_MEASURES.has(fact.measure);

/**
 * Headline order for figures: actuals before targets, then measures of the place as a whole
 * (people, firms, research, economy) before the measures of single projects, newer years first,
 * then document order. A figure that another document already gave (37 science facilities, told by
 * three reports) follows all the others, so the headline shows different figures; it is still listed.
 * Returns a new array.
 */
export function rankFigures(figures: readonly FigureFact[]): FigureFact[] {
  const ranked = figures
    .map((fact, index) => ({ fact, index }))
    .sort(
      (a, b) =>
        Number(a.fact.status === 'target') - Number(b.fact.status === 'target') ||
        Number(isPlaceMeasure(b.fact)) - Number(isPlaceMeasure(a.fact)) ||
        (b.fact.year ?? -Infinity) - (a.fact.year ?? -Infinity) ||
        a.index - b.index,
    )
    .map(({ fact }) => fact);
  const toldBy = new Map<string, string>();
  const first: FigureFact[] = [];
  const again: FigureFact[] = [];
  for (const fact of ranked) {
    const key = `${fact.measure ?? fact.label_zh}|${fact.unit}|${fact.value}`;
    const by = toldBy.get(key);
    (by !== undefined && by !== fact.doc ? again : first).push(fact);
    if (by === undefined) toldBy.set(key, fact.doc);
  }
  return [...first, ...again];
}

const placeIndexes = new WeakMap<Dataset, Map<string | null, Fact[]>>();

/**
 * The dataset's facts grouped by place, built once per dataset and reused, so that opening a
 * zone costs the size of that zone's facts rather than a scan of every fact.
 */
export function factsByPlace(dataset: Dataset): Map<string | null, Fact[]> {
  let index = placeIndexes.get(dataset);
  if (index) return index;
  index = new Map();
  for (const fact of dataset.facts) {
    const list = index.get(fact.place);
    if (list) list.push(fact);
    else index.set(fact.place, [fact]);
  }
  placeIndexes.set(dataset, index);
  return index;
}

function isFigure(fact: Fact): fact is FigureFact {
  return fact.kind === 'figure';
}

/** One place's figures, in headline order, and its project cards. */
interface PlaceFacts {
  figures: readonly FigureFact[];
  projects: readonly ProjectCard[];
}

const placeSplits = new WeakMap<Dataset, Map<PlaceKey, PlaceFacts>>();

/**
 * A place's figures (ranked) and projects, worked out once per dataset and place. The ranking
 * does not depend on the sector filter, and filtering keeps order, so a click or a filter
 * change costs one pass over the place's facts instead of a sort.
 */
function placeFacts(dataset: Dataset, place: PlaceKey): PlaceFacts {
  let byPlace = placeSplits.get(dataset);
  if (!byPlace) placeSplits.set(dataset, (byPlace = new Map()));
  let split = byPlace.get(place);
  if (!split) {
    const facts = factsByPlace(dataset).get(place) ?? [];
    split = {
      figures: rankFigures(facts.filter(isFigure)),
      projects: projectCards(dataset).byPlace.get(place) ?? [],
    };
    byPlace.set(place, split);
  }
  return split;
}

/**
 * The facts of one zone, its district and its children, under a sector filter (empty = all).
 * Projects come as cards, one per project however many documents name it, and follow the filter
 * strictly; figures that name no sector (such as an area) stay.
 *
 * @example
 * factsForZone(dataset, 'future-science-city', ['energy'])
 * // → { figures, projects, district: 'district:changping', districtFigures, districtProjects,
 * //     childSummaries: [{ zone: 'life-valley', … }, { zone: 'energy-valley', … }, …] }
 */
export function factsForZone(
  dataset: Dataset,
  zoneId: ZoneId,
  sectors: readonly SectorId[] = [],
): ZoneFacts {
  const figuresAt = (place: PlaceKey) =>
    filterBySectors(placeFacts(dataset, place).figures, sectors, { keepGeneral: true });
  const projectsAt = (place: PlaceKey) =>
    filterBySectors(placeFacts(dataset, place).projects, sectors);
  const district = ZONE_DISTRICT[zoneId];

  return {
    figures: figuresAt(zoneId),
    projects: projectsAt(zoneId),
    district,
    districtFigures: figuresAt(district),
    districtProjects: projectsAt(district),
    childSummaries: ZONE_IDS.filter((id) => ZONE_PARENT[id] === zoneId).map((child) => {
      const figures = figuresAt(child);
      return {
        zone: child,
        figureCount: figures.length,
        projectCount: projectsAt(child).length,
        topFigures: figures.slice(0, TOP_FIGURES),
      };
    }),
  };
}

/**
 * Works out every zone's and district's split ahead of time (for idle time after the dataset
 * arrives), so that even the first click on a zone skips the ranking.
 */
export function warmZoneFacts(dataset: Dataset): void {
  for (const zone of ZONE_IDS) {
    placeFacts(dataset, zone);
    placeFacts(dataset, ZONE_DISTRICT[zone]);
  }
}
