import type { DistrictKey, PlaceKey } from '../../model/zones';
import type { PlaceLink, PlaceMention, Sentence } from '../types';

/** Everything the linker knows about a sentence's surroundings. */
export interface LinkContext {
  sentence: Sentence;
  mentions: readonly PlaceMention[];
  /** The paragraph's topic: a place named in its first clause, if any. */
  paragraphTopic: PlaceMention | null;
  /** Mentions found in the heading lines directly above the paragraph. */
  headingMentions: readonly PlaceMention[];
  district?: DistrictKey;
}

const CLAUSE_BREAK = /[，,：:、（）()]/;
/** The district named as the actor (昌平区安排…), weaker than a zone named earlier in the sentence. */
const BARE_DISTRICT = /^(?:昌平区?|怀柔区?)$/;
/** Industry-wide aggregates are district statistics even when told inside a zone's paragraph. */
const INDUSTRY_AGGREGATE =
  /产业集群|产业(?:年)?收入|产业规模|产值|工业总产值|地区生产总值|公共预算收入/;

function clauseBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !/[，,；;：:]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[，,；;：:]/.test(text[end]!)) end++;
  return [start, end];
}

/** Words that may precede a place that is the subject of its clause (现在的未来科学城…, 据悉,东区…). */
const SUBJECT_PREFIX =
  /^(?:据悉|其中|现在的|目前|特别是|同时|最初|此外|如今|近年来|在|[“"「]|[^，,。]{1,8}的)*$/;

/** A mention that opens its clause: the clause is about it, not merely naming it as an object. */
export function isSubject(text: string, mention: PlaceMention): boolean {
  let start = mention.start;
  while (start > 0 && !/[，,；;：:。]/.test(text[start - 1]!)) start--;
  return SUBJECT_PREFIX.test(text.slice(start, mention.start));
}

function resolve(mention: PlaceMention, via: string): PlaceLink {
  return { place: mention.place, via };
}

/**
 * Decides which place a figure or project at `at` (offset in the sentence) belongs to. In order: an
 * industry-wide aggregate goes to the district; then the nearest place named before it in its clause,
 * then the nearest place that is the subject of an earlier clause of its sentence, then one named after it in its clause; then the paragraph's topic ("能源谷里，…"),
 * then the headings above; and finally the district the document is about. A blocker (a place that is
 * not a zone) stops the search with `place: null`. The district named as the actor (昌平区安排…) yields to
 * a zone the sentence is about.
 *
 * @example
 * // sentence '能源谷里,213家规上先进能源企业集聚发展。', at 5 → { place: 'energy-valley', via: 'clause' }
 */
export function linkPlace(context: LinkContext, at: number, label: string): PlaceLink {
  const { sentence, mentions } = context;
  if (INDUSTRY_AGGREGATE.test(label) && context.district)
    return { place: context.district, via: 'industry' };
  const strong = mentions.filter((m) => !m.parenthetical);
  const [clauseStart, clauseEnd] = clauseBounds(sentence.text, at);
  const before = strong.filter((m) => m.end <= at);
  const inClause = before.filter((m) => m.start >= clauseStart);
  const placed = before.filter((m) => m.place !== null);
  const zone = placed.find((m) => !m.place!.startsWith('district:'));
  const actor = (m: PlaceMention): boolean =>
    m.place !== null && m.place.startsWith('district:') && BARE_DISTRICT.test(m.name);
  const nearestInClause = inClause[inClause.length - 1];
  if (nearestInClause) {
    if (zone && actor(nearestInClause)) return resolve(zone, 'sentence-zone');
    return resolve(nearestInClause, 'clause');
  }
  const subjects = before.filter((m) => isSubject(sentence.text, m));
  const nearest = subjects[subjects.length - 1];
  if (nearest) {
    if (zone && actor(nearest)) return resolve(zone, 'sentence-zone');
    return resolve(nearest, 'sentence');
  }
  const after = strong.find(
    (m) =>
      m.start >= at && m.end <= clauseEnd && !CLAUSE_BREAK.test(sentence.text.slice(at, m.start)),
  );
  if (after) return resolve(after, 'clause-after');
  if (context.paragraphTopic) return resolve(context.paragraphTopic, 'paragraph');
  const heading = context.headingMentions[context.headingMentions.length - 1];
  if (heading) return resolve(heading, 'heading');
  const fallback: PlaceKey | null = context.district ?? null;
  return { place: fallback, via: fallback ? 'document' : 'none' };
}
