import { isZoneId, type ZoneId } from '../../model/zones';
import type { FigureCandidate, PlaceLink, ProjectCandidate, Sentence } from '../types';
import { findMentions } from './find-mentions';
import { linkPlaces, type LinkOptions } from './link-places';
import { OPENING_FILLER, THE_PROJECT_OPENING } from './project-reference';

/** Links that only fall back to the document: its district, its title, or nothing. */
const WEAK = new Set(['document', 'title', 'none']);
/** More projects than this in one sentence make a list, whose last item "the project" is not. */
const LIST_OF_PLACES = 3;
/** How many sentences back the project named again may have been named. */
const LOOK_BACK = 3;

/** The sentence that opens a sentence's paragraph. */
function paragraphOpening(sentences: readonly Sentence[], index: number): Sentence {
  const sentence = sentences[index]!;
  return sentences[index - sentence.indexInParagraph] ?? sentence;
}

/**
 * Places the figures that are about a project and that their own sentence places only by the
 * document (its district or title): those whose sentence, or whose paragraph, opens with "the
 * project" (该项目由…建设,一期工程占地40.2亩…。计划投资12.5亿元) take the zone of the project named
 * last before, unless that one is the last of a list of more than three; a measure labelled with a
 * project (`subject`) takes that project's zone (the one zone its mentions before were placed in),
 * also over a district its paragraph names. A figure
 * its sentence places, or a project with no zone, leaves the link as it is.
 *
 * @example
 * // '甲装置项目…' (placed in a zone), then '该项目…一期工程占地40.2亩' in a document about a district
 * // → the 40.2 mu take the zone of 甲装置项目
 */
export function placeBySubject(
  figures: readonly FigureCandidate[],
  links: readonly PlaceLink[],
  projects: readonly ProjectCandidate[],
  projectLinks: readonly PlaceLink[],
  sentences: readonly Sentence[],
): PlaceLink[] {
  const indexOf = new Map(sentences.map((s, i) => [s, i]));
  const zoneOf = (i: number): PlaceLink | null => {
    const place = projectLinks[i]?.place ?? null;
    return place !== null && isZoneId(place) ? { place, via: 'subject' } : null;
  };
  /**
   * The one zone that the mentions of a project (up to sentence `until`) were placed in: null when
   * none was, undefined when they disagree.
   */
  const zoneNamed = (
    isIt: (p: ProjectCandidate) => boolean,
    until = Infinity,
  ): PlaceLink | null | undefined => {
    const zones = new Set<string>();
    let zone: PlaceLink | null = null;
    for (let i = 0; i < projects.length; i++) {
      if ((indexOf.get(projects[i]!.sentence) ?? Infinity) > until || !isIt(projects[i]!)) continue;
      const own = zoneOf(i);
      if (own) zones.add(own.place!);
      zone ??= own;
    }
    return zones.size > 1 ? undefined : zone;
  };
  return links.map((link, f) => {
    const figure = figures[f]!;
    // a measure said of a project is the project's, more than a district the paragraph names
    // and a project's output value (产值) is not the district's industry
    const byDistrict =
      (link.via === 'paragraph' || link.via === 'industry') &&
      link.place?.startsWith('district:') === true;
    if (!WEAK.has(link.via) && !(byDistrict && figure.subject)) return link;
    const at = indexOf.get(figure.sentence) ?? -1;
    if (figure.subject) {
      const subject = figure.subject;
      const zone = zoneNamed((p) => p.name_zh.startsWith(subject), at);
      if (zone) return zone;
      if (zone === undefined) return link;
    }
    if (!WEAK.has(link.via)) return link;
    const opening = paragraphOpening(sentences, at);
    if (!THE_PROJECT_OPENING.test(figure.sentence.text) && !THE_PROJECT_OPENING.test(opening.text))
      return link;
    const from = (indexOf.get(opening) ?? at) - LOOK_BACK;
    const until = THE_PROJECT_OPENING.test(figure.sentence.text)
      ? at
      : (indexOf.get(opening) ?? at);
    for (let i = projects.length - 1; i >= 0; i--) {
      const where = indexOf.get(projects[i]!.sentence) ?? -1;
      if (where >= until || where < from) continue;
      // the last of many places a route passes (途经甲公园、乙公园、…丙公园) is not what "the project" is
      const named = projects.filter((p) => p.sentence === projects[i]!.sentence);
      if (named.length > LIST_OF_PLACES) return link;
      // the project the sentence opens with is what it is about (甲工程北起乙,…建设丙步道)
      const subject = named.find((p) => p.start === 0) ?? projects[i]!;
      return zoneNamed((p) => p.name_zh === subject.name_zh) ?? zoneOf(i) ?? link;
    }
    return link;
  });
}

/** Links that place a figure by no more than the story's district, heading or title. */
const FALLBACK = new Set([...WEAK, 'heading']);

/**
 * The zone of the project a sentence opens with under a shorter name (上东体育中心以网球场地为主,共有20片
 * 户外网球场, after 上东体育健身中心 was placed): a project named before whose name begins with the same
 * four characters and ends with the same head. Null when the link is a sentence's own, or no such
 * project has a zone.
 */
function shortNamed(
  sentence: Sentence,
  link: PlaceLink,
  projects: readonly ProjectCandidate[],
  projectLinks: readonly PlaceLink[],
): PlaceLink | null {
  if (!FALLBACK.has(link.via) || (link.place !== null && isZoneId(link.place))) return null;
  const opening = sentence.text.replace(OPENING_FILLER, '');
  const full = projects.findIndex((p, i) => {
    const name = p.name_zh;
    if (name.length < 5 || !isZoneId(projectLinks[i]?.place ?? '')) return false;
    const head = opening.indexOf(name.slice(-2), 4);
    const short = opening.slice(0, head + 2);
    return (
      opening.startsWith(name.slice(0, 4)) &&
      head > 0 &&
      short.length < name.length &&
      /^[\u4e00-\u9fff]+$/.test(short)
    );
  });
  return full >= 0 ? { place: projectLinks[full]!.place, via: 'short-name' } : null;
}

/** Where a clause of a sentence begins: after the last comma, semicolon or colon before `at`. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(...[...'，,；;：:'].map((c) => before.lastIndexOf(c))) + 1;
}

/** Fewer named things than this before 等 are examples of a count, not the things it counts. */
const MIN_LISTED = 2;

/**
 * The zone of the named things a count closes (甲装置、乙平台等6个设施平台项目获批立项; 子午工程二期等16个
 * 设施平台): the count is of those things, so it lies where all of them lie. Null when the count
 * closes a list of fewer than two named projects in its clause (甲学校等16所: an example), when the
 * projects lie in different places or in none, or when the sentence names a district before the count
 * (昌平区将推动甲、乙、丙等61个在途项目).
 */
function listedZone(
  figure: FigureCandidate,
  link: PlaceLink,
  projects: readonly ProjectCandidate[],
  projectLinks: readonly PlaceLink[],
  options: LinkOptions,
): PlaceLink | null {
  if (figure.unit !== 'count' || !(FALLBACK.has(link.via) || link.via === 'paragraph')) return null;
  if (link.place !== null && isZoneId(link.place)) return null;
  const text = figure.sentence.text;
  const before = text.slice(0, figure.start);
  if (!before.endsWith('等')) return null;
  if (findMentions(before, options).some((m) => m.place?.startsWith('district:'))) return null;
  const from = clauseStart(text, figure.start);
  const listed = projects.flatMap((p, i) =>
    p.sentence === figure.sentence && p.start >= from && p.end <= figure.start
      ? [projectLinks[i]?.place ?? null]
      : [],
  );
  const places = new Set(listed);
  const [place] = [...places];
  return listed.length >= MIN_LISTED && places.size === 1 && place && isZoneId(place)
    ? { place, via: 'listed' }
    : null;
}

/** The shortest name of a project that a headline can be about (二期 alone is none). */
const MIN_TITLE_NAME = 4;
/** A route that runs across districts (京藏高速, 地铁13号线): the zone of one stretch is not the story's. */
const ROUTE = /高速|铁路|地铁|轨道交通|\d+号线|环路|国道|快速路/;

/**
 * The zone of the projects a document's headline names (空间天文与应用研发实验平台项目奠基…), when the
 * text places them in one zone and in no other, and none is a route across districts; null
 * otherwise.
 */
export function titleProjectZone(
  title: string,
  projects: readonly ProjectCandidate[],
  projectLinks: readonly PlaceLink[],
): ZoneId | null {
  const named = new Set(
    projects
      .map((p) => p.name_zh)
      .filter((name) => name.length >= MIN_TITLE_NAME && title.includes(name) && !ROUTE.test(name)),
  );
  const zones = new Set<ZoneId>();
  projects.forEach((p, i) => {
    const place = projectLinks[i]?.place ?? null;
    if (named.has(p.name_zh) && place !== null && isZoneId(place)) zones.add(place);
  });
  return zones.size === 1 ? [...zones][0]! : null;
}

/** What {@link linkFigures} knows beyond the sentence rules: the document's headline. */
export interface FigureLinkOptions extends LinkOptions {
  /** The document's headline, normalized as its text is. */
  title?: string;
}

/**
 * Places a document's figures: by the sentence rules of {@link linkPlaces}, then, for a figure they
 * place only by the document, by the project it is about ({@link placeBySubject}), by the
 * project its sentence opens with under a shorter name ({@link shortNamed}) or, for a count that
 * closes a list of named things, by where those things lie ({@link listedZone}); a figure still placed
 * only by the document's district, or by nothing, takes the zone of the projects the headline
 * names (a story about a facility tells that facility's numbers).
 */
export function linkFigures(
  sentences: readonly Sentence[],
  figures: readonly FigureCandidate[],
  projects: readonly ProjectCandidate[],
  projectLinks: readonly PlaceLink[],
  options: FigureLinkOptions = {},
): PlaceLink[] {
  const { title, ...linkOptions } = options;
  const links = linkPlaces(
    sentences,
    figures.map((f) => ({ sentence: f.sentence, start: f.start, label: f.label_zh })),
    linkOptions,
  );
  const bySubject = placeBySubject(figures, links, projects, projectLinks, sentences).map(
    (link, f) =>
      shortNamed(figures[f]!.sentence, link, projects, projectLinks) ??
      listedZone(figures[f]!, link, projects, projectLinks, linkOptions) ??
      link,
  );
  const zone = title ? titleProjectZone(title, projects, projectLinks) : null;
  if (!zone) return bySubject;
  return bySubject.map((link) =>
    link.via === 'document' || link.via === 'none' ? { place: zone, via: 'title-project' } : link,
  );
}
