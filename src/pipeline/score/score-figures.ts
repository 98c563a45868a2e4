import type { FigureFact } from '../../model/dataset';
import { isZoneId } from '../../model/zones';
import type { AnnotatedFigure, Annotation } from './annotation';

/** How one document's figures compare with a reader's list. */
export interface FigureScore {
  doc: string;
  /** Figures the reader lists. */
  expected: number;
  /** Listed figures whose value and unit the pipeline states somewhere (one fact per figure). */
  found: number;
  /** Listed figures matched exactly: value, unit, place and status. */
  placed: number;
  /** Listed figures the reader ties to a zone, and how many of them are matched exactly. */
  zoneExpected: number;
  zoneFound: number;
  /**
   * Facts the pipeline places in a zone that are judged: all of them when the reader's list is
   * complete, else only those whose value and unit the reader lists.
   */
  zoneJudged: number;
  /** Judged zone facts that match no listed figure exactly. */
  zoneWrong: FigureFact[];
  /** Listed figures the reader ties to a district. */
  districtExpected: number;
  /**
   * District figures that landed in a zone: a fact in a zone whose value and unit a district
   * figure of the list has, and which no zone figure of the list accounts for.
   */
  districtLeaks: FigureFact[];
  /** Facts in a zone the annotation's `notInZone` rules out. */
  notInZoneHits: FigureFact[];
  missed: AnnotatedFigure[];
}

const sameQuantity = (f: FigureFact, e: { value: number; unit: string }): boolean =>
  f.value === e.value && f.unit === e.unit;
const exact = (f: FigureFact, e: AnnotatedFigure): boolean =>
  sameQuantity(f, e) && f.place === e.place && f.status === e.status;

/** Pairs listed figures with facts one to one; a fact serves one figure only. */
function pair(
  listed: readonly AnnotatedFigure[],
  facts: readonly FigureFact[],
  matches: (f: FigureFact, e: AnnotatedFigure) => boolean,
): Map<AnnotatedFigure, FigureFact> {
  const used = new Set<FigureFact>();
  const pairs = new Map<AnnotatedFigure, FigureFact>();
  for (const e of listed) {
    const hit = facts.find((f) => !used.has(f) && matches(f, e));
    if (!hit) continue;
    used.add(hit);
    pairs.set(e, hit);
  }
  return pairs;
}

/**
 * Scores one document's figure facts against its annotation. A figure is placed when a fact has its
 * value, unit, place and status; zone recall and zone precision look at figures a reader ties to a
 * zone and at facts the pipeline puts in one; a district leak is a district-wide number placed in a
 * zone. Facts are paired with listed figures one to one. A listed figure marked `knownMiss` counts as
 * missed, though a fact that matches it is not held against precision.
 *
 * @example
 * scoreFigures(annotation, facts) // → { expected: 26, placed: 25, zoneFound: 7, districtLeaks: [], … }
 */
export function scoreFigures(annotation: Annotation, facts: readonly FigureFact[]): FigureScore {
  const own = facts.filter((f) => f.doc === annotation.doc);
  const listed = annotation.figures;
  const exactPairs = pair(listed, own, exact);
  const used = new Set(exactPairs.values());
  const quantityPairs = pair(
    listed.filter((e) => !exactPairs.has(e)),
    own.filter((f) => !used.has(f)),
    sameQuantity,
  );
  const counts = (e: AnnotatedFigure) => exactPairs.has(e) && !e.knownMiss;
  const inZone = own.filter((f) => isZoneId(f.place));
  const zoneJudged = inZone.filter(
    (f) => annotation.complete || listed.some((e) => sameQuantity(f, e)),
  );
  const districtListed = listed.filter((e) => e.place?.startsWith('district:'));
  const districtLeaks = inZone.filter(
    (f) =>
      !used.has(f) &&
      districtListed.some((e) => sameQuantity(f, e)) &&
      !listed.some((e) => sameQuantity(f, e) && e.place === f.place),
  );
  return {
    doc: annotation.doc,
    expected: listed.length,
    found: listed.filter((e) => !e.knownMiss && (exactPairs.has(e) || quantityPairs.has(e))).length,
    placed: listed.filter(counts).length,
    zoneExpected: listed.filter((e) => isZoneId(e.place)).length,
    zoneFound: listed.filter((e) => isZoneId(e.place) && counts(e)).length,
    zoneJudged: zoneJudged.length,
    zoneWrong: zoneJudged.filter((f) => !used.has(f)),
    districtExpected: districtListed.length,
    districtLeaks,
    notInZoneHits: inZone.filter((f) =>
      annotation.notInZone.some((n) => sameQuantity(f, n) && n.zones.includes(f.place as never)),
    ),
    missed: listed.filter((e) => !counts(e)),
  };
}
