import type { Fact } from '../../model/dataset';
import { ZONE_PARENT, isZoneId } from '../../model/zones';

/** Short lines without final punctuation: headlines, captions and infographic cells (a quoted clause ends in its comma). */
function isCaption(fact: Fact): boolean {
  return fact.quote.length <= 32 && !/[。！？!?；;，,：:]$/.test(fact.quote);
}

/**
 * An area or length told with a fraction (170.6平方公里): said twice of the same place, it is the same
 * figure even when the words around it differ (rates such as 6.5% recur for different measures; two
 * roads are both 40 m wide).
 */
function isDistinctive(fact: Fact): boolean {
  if (fact.kind !== 'figure' || !['km2', 'm2', 'mu', 'ha', 'km'].includes(fact.unit)) return false;
  // a length under a kilometre was told in metres (红线宽40米): whole metres are no fraction
  const told =
    fact.unit === 'km' && fact.value < 1 ? Math.round(fact.value * 1e6) / 1e3 : fact.value;
  return !Number.isInteger(told);
}

/**
 * A count said again with fewer words (北京市怀柔科学城22个重点项目集中启动建设 … 本次集中启动的22个项目):
 * the shorter label is part of the longer one.
 */
function restates(a: Fact, b: Fact): boolean {
  return (
    a.kind === 'figure' &&
    a.unit === 'count' &&
    a.label_zh.length >= 2 &&
    b.label_zh.includes(a.label_zh)
  );
}

/** A value with one significant digit (4000, 700): how a headline rounds a figure. */
function isRound(value: number): boolean {
  const digits = String(value).replace(/0+$/, '');
  return Number.isInteger(value) && value >= 10 && digits.length === 1;
}

/**
 * A round figure with a qualifier (学位四千余个 in a headline) that the body gives exactly (增加学位4140个):
 * the same figure when the exact value lies in the range the qualifier gives and both labels end in
 * the same noun, told apart (not in one sentence or in clauses that follow each other).
 */
function rounds(a: Fact, b: Fact): boolean {
  if (a.kind !== 'figure' || b.kind !== 'figure' || b.approx || !isRound(a.value)) return false;
  // two numbers of one sentence, or of clauses that follow each other, are two figures
  // (甲地区80%左右…;乙地区85%…)
  if (a.doc === b.doc && a.span[0] <= b.span[1] + 1 && b.span[0] <= a.span[1] + 1) return false;
  const next = a.value * 1.25;
  const inRange =
    a.qualifier === 'over'
      ? b.value > a.value && b.value < next
      : a.qualifier === 'nearly'
        ? b.value < a.value && b.value > a.value * 0.8
        : a.qualifier === 'about' && Math.abs(b.value - a.value) <= a.value * 0.1;
  return inRange && a.label_zh.length >= 2 && b.label_zh.endsWith(a.label_zh.slice(-2));
}

/**
 * Two years agree when they are equal or one sentence gives none (…计划实施91个民生项目 in a summary,
 * 今年…计划实施91个民生项目 in the body: the same figure, once dated).
 */
function sameYear(a: number | null, b: number | null): boolean {
  return a === b || a === null || b === null;
}

function isSame(a: Fact, b: Fact): boolean {
  if (a.kind === 'project' || b.kind === 'project') {
    return (
      a.kind === b.kind && a.kind === 'project' && b.kind === 'project' && a.project === b.project
    );
  }
  if (a.unit !== b.unit || a.status !== b.status) return false;
  if (a.value !== b.value)
    return a.place === b.place && sameYear(a.year, b.year) && (rounds(a, b) || rounds(b, a));
  if (isCaption(a) || isCaption(b)) return true;
  // the same words twice (a page's summary line repeating its body): one figure, wherever each was put
  if (a.quote === b.quote && a.label_zh === b.label_zh) return true;
  if (a.place !== b.place || !sameYear(a.year, b.year)) return false;
  return a.label_zh === b.label_zh || isDistinctive(a) || restates(a, b) || restates(b, a);
}

/** A fact placed in a zone. */
const inZone = (f: Fact): boolean => f.place !== null && isZoneId(f.place);
/** A fact placed in a zone that lies inside the place of another. */
const within = (f: Fact, g: Fact): boolean =>
  f.place !== null && isZoneId(f.place) && ZONE_PARENT[f.place] === g.place;

/**
 * Prefer the fact told in running text (a longer sentence) over a caption or headline repeating it; for
 * a project, prefer the mention that places it most narrowly: a zone over the district (中国石油科技园
 * 正式落户昌平 in the title, …在中关村国家工程技术创新基地建设中国石油科技园 in the body), a zone's part
 * over the zone (东区…未来科学城第二中学 over a later 未来科学城第二中学 alone); then what has
 * happened (开工, 投用) over a plan for it, then its first mention.
 */
function better(a: Fact, b: Fact): Fact {
  if (a.kind === 'project' && b.kind === 'project') {
    if (inZone(a) !== inZone(b)) return inZone(a) ? a : b;
    if (within(a, b) || within(b, a)) return within(a, b) ? a : b;
    const planned = (f: Fact): boolean => f.status === 'planned';
    if (planned(a) !== planned(b)) return planned(a) ? b : a;
    return b.span[0] < a.span[0] ? b : a;
  }
  if (a.kind === 'figure' && a.quote === b.quote && a.place !== b.place) return broader(a, b);
  if (isCaption(a) !== isCaption(b)) return isCaption(a) ? b : a;
  if (a.kind === 'figure' && b.kind === 'figure' && a.approx !== b.approx) return a.approx ? b : a;
  const dated = (f: Fact): boolean => f.kind === 'figure' && f.year !== null;
  if (dated(a) !== dated(b)) return dated(a) ? a : b;
  if (b.quote.length !== a.quote.length) return b.quote.length > a.quote.length ? b : a;
  return b.span[0] < a.span[0] ? b : a;
}

/**
 * Of one figure told twice in the same words and placed apart, the mention that claims less: outside
 * every zone over in one, the zone around over the zone inside it. The two contexts disagree, and a
 * zone's panel shows only what its text ties to it.
 */
function broader(a: Fact, b: Fact): Fact {
  if (inZone(a) !== inZone(b)) return inZone(a) ? b : a;
  return within(a, b) ? b : a;
}

/**
 * Keeps one fact per document for a figure that is repeated (same place, unit and value, and the same
 * label, a headline/caption repeating it, a count said again with fewer words, an area with a
 * fraction, or a round number with a qualifier that the exact one restates: 四千余个 and 4140个 of the
 * same noun); a year given once and left out once does not part them) or a project named twice (by
 * any of its names: HEPS and 高能同步辐射光源 share a project key), preferring running text and, for a
 * figure, the mention that dates it; the same words told twice and placed apart keep the broader place.
 *
 * @example
 * // '在怀科研人员达2.3万人' in a headline and in the body → one fact, quoting the body
 */
export function dedupeFacts(facts: readonly Fact[]): Fact[] {
  const kept: Fact[] = [];
  for (const fact of facts) {
    const index = kept.findIndex((k) => isSame(k, fact));
    if (index < 0) kept.push(fact);
    else kept[index] = better(kept[index]!, fact);
  }
  return kept;
}

/**
 * Makes fact ids unique within a document: a later fact whose id is taken gets a suffix (-2, -3 …),
 * so an id collision between two distinct facts never reaches the dataset, where ids are keys.
 */
export function withUniqueIds<T extends Fact>(facts: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return facts.map((fact) => {
    const count = (seen.get(fact.id) ?? 0) + 1;
    seen.set(fact.id, count);
    return count === 1 ? fact : { ...fact, id: `${fact.id}-${count}` };
  });
}
