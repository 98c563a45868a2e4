import {
  ZONE_PARENT,
  innermostZone,
  type DistrictKey,
  type PlaceKey,
  type ZoneId,
} from '../../model/zones';
import type { PlaceLink, PlaceMention, Sentence } from '../types';
import { findMentions } from './find-mentions';
import {
  isListItem,
  isStrong,
  isSubject,
  linkPlace,
  sentenceTopic,
  type LinkContext,
} from './link-place';
import { PUSH_VERBS, STATUS_VERBS } from '../extract/project-lexicon';

/**
 * A place the paragraph's work turns towards (围绕怀柔科学城布局的五大科学方向, 依托…, 服务…): what the
 * district's work serves, not where it is.
 */
function isOrientation(text: string, m: PlaceMention): boolean {
  return /(?:围绕|依托|借助|对接|服务于?|面向|助力|支撑)$/.test(text.slice(0, m.start));
}

/** A place a heading names as a partner (与科学城联动…): what the story works with, not what it is about. */
function isPartner(text: string, m: PlaceMention): boolean {
  return /[与同跟]$/.test(text.slice(0, m.start));
}

/** A place in quotes that modifies the words after it (完成“北四村”拆迁腾退): a term, not the topic. */
function isQuoted(text: string, m: PlaceMention): boolean {
  return /[“"「]$/.test(text.slice(0, m.start)) && /^[”"」][\u4e00-\u9fff]/.test(text.slice(m.end));
}

/**
 * The one child zone among a sentence's places when the others are its parent (未来科学城管委会…介绍,
 * 沙河高教园公共服务配套区规划…): the innermost place the sentence speaks of.
 */
function innermost(mentions: readonly PlaceMention[]): PlaceMention | null {
  const zones = mentions.filter((m) => m.place !== null && !m.place.startsWith('district:'));
  const inner = innermostZone(zones.map((m) => m.place as ZoneId));
  return inner !== null && ZONE_PARENT[inner] !== null
    ? zones.find((m) => m.place === inner)!
    : null;
}

/**
 * A paragraph that opens on the work of a district other than the atlas's two (近年来,北京市密云区加快培育…)
 * and names none of our places in that sentence: what it counts is that district's, in no zone,
 * whatever the story's heading names. The district's government as a source (密云区人民政府发布的信息显示)
 * is no such opening.
 */
const OTHER_DISTRICT_OPENING =
  /^(?:[^，,。]{0,6}[，,])?(?:北京市)?(?:密云|海淀|朝阳|顺义|延庆|平谷|东城|西城|丰台|石景山|门头沟|房山|通州|大兴)区(?!人民政府|政府|融媒体|官网|发布)/;

/** A picture's caption (△ 小米智慧园区效果图): it shows what the text before it is about. */
const CAPTION = /^[△▲]/;

/** A sentence that opens with a verb starts a new action rather than going on about the last one's zone. */
const OPENS_WITH_VERB = new RegExp(
  `^(?:[^，,]{0,4}?)(?:${[
    ...PUSH_VERBS,
    ...STATUS_VERBS.map(([v]) => v),
    '抓紧',
    '引入了',
    '完善',
    '深化',
    '落实',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
);

/** What the linker knows of the document: the district it is about and its year. */
export interface LinkOptions {
  district?: DistrictKey;
  /** The document's year: historical names (未来科技城 before 2017) hold only in older documents. */
  year?: number | null;
  /** The zone the document's title names alone, if any ({@link titleZone}). */
  topic?: PlaceKey;
}

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
  options: LinkOptions = {},
): PlaceLink[] {
  const { district } = options;
  const document = { ...(district ? { district } : {}), year: options.year ?? null };
  const seen = new Set<string>();
  const bySentence = new Map<Sentence, PlaceMention[]>();
  const topics = new Map<number, PlaceMention | null>();
  const chains = new Map<Sentence, PlaceMention | null>();
  let chain: PlaceMention | null = null;
  let previous: Sentence | null = null;
  let lastTopic: PlaceMention | null = null;
  for (const sentence of sentences) {
    if (sentence.isHeading && CAPTION.test(sentence.text) && sentence.indexInParagraph === 0)
      topics.set(sentence.paragraph, lastTopic);
    const mentions = findMentions(sentence.text, { ...document, seen });
    for (const m of mentions) seen.add(m.name);
    for (const s of ['科学城东区']) if (sentence.text.includes(s)) seen.add(s);
    bySentence.set(sentence, mentions);
    const continues =
      previous !== null &&
      previous.paragraph === sentence.paragraph &&
      /[；;]$/.test(previous.text);
    chains.set(sentence, continues && !OPENS_WITH_VERB.test(sentence.text) ? chain : null);
    const topic = mentions.some((m) => m.place === null)
      ? null
      : sentenceTopic(sentence.text, mentions);
    chain = continues ? (chain ?? topic) : topic;
    previous = sentence;
    if (sentence.indexInParagraph === 0 && !sentence.isHeading) {
      const placed = mentions.filter((m) => isStrong(m) && m.place !== null);
      const standing = placed.filter(
        (m) =>
          !isListItem(sentence.text, m, mentions) &&
          !isQuoted(sentence.text, m) &&
          !isOrientation(sentence.text, m),
      );
      const distinct = new Set(standing.map((m) => m.place));
      const first = placed[0];
      const opening =
        first && isSubject(sentence.text, first) && !isListItem(sentence.text, first, mentions)
          ? first
          : null;
      const zone = placed.find((m) => !m.place!.startsWith('district:'));
      const actor =
        opening &&
        opening.place!.startsWith('district:') &&
        /^(?:昌平区?|怀柔区?)$/.test(opening.name);
      const inner = innermost(standing);
      lastTopic =
        actor && zone
          ? zone
          : inner && opening && ZONE_PARENT[inner.place as ZoneId] === opening.place
            ? inner
            : (opening ?? (distinct.size === 1 ? standing[0]! : null));
      const other = OTHER_DISTRICT_OPENING.exec(sentence.text);
      if (!lastTopic && other && placed.length === 0)
        lastTopic = {
          start: other.index,
          end: other.index + other[0].length,
          name: other[0],
          place: null,
          parenthetical: false,
        };
      topics.set(sentence.paragraph, lastTopic);
    }
  }
  return items.map((item) => {
    const headingText = item.sentence.isHeading ? '' : item.sentence.headings.join('\n');
    const context: LinkContext = {
      sentence: item.sentence,
      mentions: bySentence.get(item.sentence) ?? [],
      paragraphTopic:
        item.sentence.isHeading && !CAPTION.test(item.sentence.text)
          ? null
          : (topics.get(item.sentence.paragraph) ?? null),
      headingMentions: headingText
        ? findMentions(headingText, document).filter((m) => !isPartner(headingText, m))
        : [],
      chainTopic: chains.get(item.sentence) ?? null,
      ...(district ? { district } : {}),
      ...(options.topic ? { documentTopic: options.topic } : {}),
    };
    return linkPlace(context, item.start, item.label);
  });
}
