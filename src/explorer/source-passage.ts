import type { DocumentEntry, RepairDetail } from '../model/dataset';
import type { Lang } from '../i18n/lang';
import { t, type MessageKey } from '../i18n/messages';

/** A document's text cut around a cited span, for rendering as three text nodes. */
export interface SplitText {
  before: string;
  mark: string;
  after: string;
  /** False when the span does not fit the text; then everything is in `before`. */
  inRange: boolean;
}

/**
 * Cuts the original text at a span [start, end) so the viewer can wrap the middle in a mark
 * without ever building markup from data.
 *
 * @example
 * splitAtSpan('甲乙丙丁', [1, 3]) // → { before: '甲', mark: '乙丙', after: '丁', inRange: true }
 */
export function splitAtSpan(text: string, span: readonly [number, number]): SplitText {
  const [start, end] = span;
  const fits =
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= text.length;
  if (!fits) return { before: text, mark: '', after: '', inRange: false };
  return {
    before: text.slice(0, start),
    mark: text.slice(start, end),
    after: text.slice(end),
    inRange: true,
  };
}

/** The kinds of repair the viewer can name. */
export type RepairKind = RepairDetail['kind'];

/** What was repaired in and around a cited passage. */
export interface PassageRepairs {
  /** Repairs overlapping the passage, in text order. */
  details: RepairDetail[];
  /** Unreadable ranges overlapping the passage or within `margin` characters of it. */
  unreadable: [number, number][];
  /** Whole-document counts by kind (non-zero only), for documents without repair details. */
  counts: { kind: RepairKind; count: number }[];
  /** The document records repair details, so an empty `details` means nothing was repaired here. */
  hasDetails: boolean;
}

const COUNT_KINDS: [keyof DocumentEntry['repairs'], RepairKind][] = [
  ['pinyinGlosses', 'pinyin'],
  ['traditionalChars', 'script'],
  ['spunWords', 'spin'],
  ['spamRemoved', 'spam'],
  ['markupRemoved', 'markup'],
];

const overlaps = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] < b[1] && b[0] < a[1];

/**
 * The repairs a reader should know about when reading the sentence at `span`.
 *
 * @example
 * passageRepairs(doc, [120, 180]).details // → [{ kind: 'pinyin', span: [130, 141], before: '能源(néng yuán)', after: '能源' }]
 */
export function passageRepairs(
  doc: DocumentEntry,
  span: readonly [number, number],
  margin = 200,
): PassageRepairs {
  const { repairs } = doc;
  const near: [number, number] = [span[0] - margin, span[1] + margin];
  return {
    details: (repairs.details ?? [])
      .filter((detail) => overlaps(detail.span, span))
      .sort((a, b) => a.span[0] - b.span[0]),
    unreadable: repairs.unreadable.filter((range) => overlaps(range, near)),
    counts: COUNT_KINDS.map(([field, kind]) => ({
      kind,
      count: Number(repairs[field]) || 0,
    })).filter(({ count }) => count > 0),
    hasDetails: repairs.details !== undefined,
  };
}

/** Repairs of one kind in a passage, with a few examples to show. */
export interface RepairGroup {
  kind: RepairKind;
  count: number;
  examples: RepairDetail[];
}

/**
 * Groups a passage's repairs by kind, in order of first appearance, keeping the first
 * `examples` of each, so a sentence with twenty pinyin glosses reads as one line.
 *
 * @example
 * groupRepairs([pinyin1, spin1, pinyin2], 1)
 * // → [{ kind: 'pinyin', count: 2, examples: [pinyin1] }, { kind: 'spin', count: 1, examples: [spin1] }]
 */
export function groupRepairs(details: readonly RepairDetail[], examples = 4): RepairGroup[] {
  const groups = new Map<RepairKind, RepairGroup>();
  for (const detail of details) {
    const group = groups.get(detail.kind) ?? { kind: detail.kind, count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < examples) group.examples.push(detail);
    groups.set(detail.kind, group);
  }
  return [...groups.values()];
}

const KIND_KEYS: Record<RepairKind, MessageKey> = {
  pinyin: 'repairPinyin',
  script: 'repairScript',
  spin: 'repairSpin',
  spam: 'repairSpam',
  markup: 'repairMarkup',
  mojibake: 'repairMojibake',
};

/** A repair kind's name in the language, e.g. 'pinyin gloss removed'. */
export function repairLabel(kind: RepairKind, lang: Lang): string {
  return t(lang, KIND_KEYS[kind]);
}
