import type { DistrictKey } from '../../model/zones';
import type { PlaceLink, PlaceMention, Sentence } from '../types';
import { findMentions } from './find-mentions';
import { isSubject, linkPlace, type LinkContext } from './link-place';

/** Something to place: a sentence and an offset in it, with the label that describes it. */
export interface Placeable {
  sentence: Sentence;
  start: number;
  label: string;
}

/**
 * Places every candidate of a document. Mentions are found sentence by sentence (so that 东区 can
 * refer back to 科学城东区), then {@link linkPlace} applies its rules to each candidate.
 *
 * @example
 * // '能源谷里,213家企业。' → the figure 213 is placed in 'energy-valley'
 */
export function linkPlaces(
  sentences: readonly Sentence[],
  items: readonly Placeable[],
  district?: DistrictKey,
): PlaceLink[] {
  const seen = new Set<string>();
  const bySentence = new Map<Sentence, PlaceMention[]>();
  const topics = new Map<number, PlaceMention | null>();
  for (const sentence of sentences) {
    const mentions = findMentions(sentence.text, { ...(district ? { district } : {}), seen });
    for (const m of mentions) seen.add(m.name);
    for (const s of ['科学城东区']) if (sentence.text.includes(s)) seen.add(s);
    bySentence.set(sentence, mentions);
    if (sentence.indexInParagraph === 0 && !sentence.isHeading) {
      const placed = mentions.filter((m) => !m.parenthetical && m.place !== null);
      const distinct = new Set(placed.map((m) => m.place));
      const opening = placed[0] && isSubject(sentence.text, placed[0]) ? placed[0] : null;
      const zone = placed.find((m) => !m.place!.startsWith('district:'));
      const actor =
        opening &&
        opening.place!.startsWith('district:') &&
        /^(?:昌平区?|怀柔区?)$/.test(opening.name);
      topics.set(
        sentence.paragraph,
        actor && zone ? zone : (opening ?? (distinct.size === 1 ? placed[0]! : null)),
      );
    }
  }
  return items.map((item) => {
    const headingText = item.sentence.isHeading ? '' : item.sentence.headings.join('\n');
    const context: LinkContext = {
      sentence: item.sentence,
      mentions: bySentence.get(item.sentence) ?? [],
      paragraphTopic: item.sentence.isHeading
        ? null
        : (topics.get(item.sentence.paragraph) ?? null),
      headingMentions: headingText ? findMentions(headingText, district ? { district } : {}) : [],
      ...(district ? { district } : {}),
    };
    return linkPlace(context, item.start, item.label);
  });
}
