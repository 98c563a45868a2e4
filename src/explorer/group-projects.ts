import type { Dataset, ProjectFact, ProjectStatus } from '../model/dataset';
import type { SectorId } from '../model/sectors';
import { ZONE_PARENT, isZoneId, type PlaceKey } from '../model/zones';
import { STATUS_ORDER } from './sort-projects';

/**
 * One project as the panel shows it, however many documents name it (docs/contracts.md#projects-and-documents): the latest
 * mention's name, status and year, every mention as a citation, and how many documents name it.
 */
export interface ProjectCard {
  /** The cross-document project key (`project` of its facts). */
  id: string;
  /** The most specific place its mentions give: a child zone over its parent, a zone over a district. */
  place: PlaceKey | null;
  /**
   * The mention from the latest document that gives a status (else the latest): the card's name,
   * status and year are its.
   */
  latest: ProjectFact;
  status: ProjectStatus;
  year: number | null;
  /** Sectors of all mentions, the latest mention's first. */
  sectors: SectorId[];
  /** Every mention, latest first: one citation each. */
  citations: ProjectFact[];
  /** How many documents name the project. */
  documents: number;
}

/** 3 for a child zone, 2 for a top zone, 1 for a district, 0 for no place. */
function specificity(place: PlaceKey | null): number {
  if (place === null) return 0;
  if (!isZoneId(place)) return 1;
  return ZONE_PARENT[place] === null ? 2 : 3;
}

/**
 * Groups project mentions into one card per project key, in the order projects are first named.
 * The latest mention is the one from the most recent document (dates from `documentDates`, by
 * document id), then the one with the later year, then the one further along; a mention whose
 * status is unknown gives way to the latest one that states a status.
 *
 * @example
 * groupProjects([lifePark000, lifePark001], new Map([['000', '2023-07'], ['001', '2025-01']]))
 * // → [{ id: 'hz3k1', latest: lifePark001, citations: [lifePark001, lifePark000], documents: 2, … }]
 */
export function groupProjects(
  projects: readonly ProjectFact[],
  documentDates: ReadonlyMap<string, string> = new Map(),
): ProjectCard[] {
  const groups = new Map<string, ProjectFact[]>();
  for (const fact of projects) {
    const key = fact.project || fact.id;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  const date = (fact: ProjectFact) => documentDates.get(fact.doc) ?? '';
  const later = (a: ProjectFact, b: ProjectFact) =>
    date(b).localeCompare(date(a)) ||
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  return [...groups].map(([id, facts]) => {
    const citations = [...facts].sort(later);
    // A later document that only names the project does not undo what an earlier one said of it.
    const latest = citations.find((f) => f.status !== 'unknown') ?? citations[0]!;
    const best = Math.max(...citations.map((f) => specificity(f.place)));
    return {
      id,
      place: citations.find((f) => specificity(f.place) === best)!.place,
      latest,
      status: latest.status,
      year: latest.year,
      sectors: [...new Set(citations.flatMap((f) => f.sectors))],
      citations,
      documents: new Set(citations.map((f) => f.doc)).size,
    };
  });
}

/** A dataset's project cards, by the place they are shown at and by the id of each mention. */
export interface ProjectCardIndex {
  byPlace: Map<PlaceKey | null, ProjectCard[]>;
  byFact: Map<string, ProjectCard>;
}

const cardIndexes = new WeakMap<Dataset, ProjectCardIndex>();

/**
 * The dataset's project cards, built once per dataset: a project named in several documents is
 * one card, shown at one place, with every mention as a citation.
 */
export function projectCards(dataset: Dataset): ProjectCardIndex {
  let index = cardIndexes.get(dataset);
  if (index) return index;
  const dates = new Map(dataset.documents.map((d) => [d.id, d.date ?? '']));
  const projects = dataset.facts.filter((f): f is ProjectFact => f.kind === 'project');
  index = { byPlace: new Map(), byFact: new Map() };
  for (const card of groupProjects(projects, dates)) {
    const list = index.byPlace.get(card.place);
    if (list) list.push(card);
    else index.byPlace.set(card.place, [card]);
    for (const fact of card.citations) index.byFact.set(fact.id, card);
  }
  cardIndexes.set(dataset, index);
  return index;
}
