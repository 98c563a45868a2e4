import { ZONE_PARENT, isZoneId, type ZoneId } from '../../model/zones';
import type { PlaceLink, ProjectCandidate, Sentence } from '../types';
import { linkPlaces, type LinkOptions } from './link-places';
import { linkProjectName } from './link-project-name';
import { LIES_AT, THE_PROJECT_OPENING } from './project-reference';

/** Blanks the project names of a sentence (same length, so offsets hold). */
function maskNames(sentence: Sentence, projects: readonly ProjectCandidate[]): Sentence {
  const own = projects.filter((p) => p.sentence === sentence);
  if (own.length === 0) return sentence;
  let text = sentence.text;
  for (const p of own)
    text = text.slice(0, p.start) + '□'.repeat(p.end - p.start) + text.slice(p.end);
  return { ...sentence, text };
}

/**
 * A name that carries a zone (未来科学城第二小学) in a sentence, or a story, about one of that zone's
 * child zones (未来科学城东区一期将建成…,未来科学城第二小学…建成交付使用; a story whose lead says 未来科学城
 * 东区): the child is the more specific place.
 */
function withinNamed(byName: PlaceLink, link: PlaceLink): boolean {
  return (
    byName.via === 'name' &&
    link.place !== null &&
    isZoneId(link.place) &&
    byName.place !== null &&
    ZONE_PARENT[link.place] === byName.place &&
    link.via !== 'document'
  );
}

/**
 * A rail line or its works (地铁19号线北延, 市郊铁路S2线, 13号线轨道交通扩能提升): it runs across
 * districts, so the zone a sentence is about is not where it lies.
 */
const RAIL_LINE = /地铁|轨道交通|铁路|\d+号线|[A-Z]\d+线/;

/**
 * Places projects: by what the project is where the gazetteer knows it ({@link linkProjectName}), or
 * else by the sentence rules of {@link linkPlaces} with every project name blanked out, so that a
 * sibling in the same list (未来科学城绿道、中轴线北延伸线绿道) does not lend its zone to the next name. A
 * project next to a place outside every zone (中国影都…集聚了北京电影学院) is in the document's district:
 * what a document about a district names is in that district unless it says otherwise. A rail line
 * whose name carries no zone is placed in none: it crosses districts. A project left without a zone
 * takes the zone of the address the next sentence gives it (…项目开工建设。项目位于…创新基地,…; 甲基地
 * …奠基。甲基地位于…).
 *
 * @example
 * // '建设未来科学城绿道、中轴线北延伸线绿道等项目' → future-science-city, then the document's district
 */
export function linkProjects(
  sentences: readonly Sentence[],
  projects: readonly ProjectCandidate[],
  options: LinkOptions = {},
): PlaceLink[] {
  const { district } = options;
  const masked = new Map(sentences.map((s) => [s, maskNames(s, projects)]));
  const links = linkPlaces(
    [...masked.values()],
    projects.map((p) => ({ sentence: masked.get(p.sentence)!, start: p.start, label: p.name_zh })),
    options,
  );
  const placed = links.map((link, i) => {
    const byName = linkProjectName(projects[i]!.name_zh, options);
    if (byName && withinNamed(byName, link)) return link;
    if (byName) return byName;
    if (link.place !== null && isZoneId(link.place) && RAIL_LINE.test(projects[i]!.name_zh))
      return { place: null, via: 'line' };
    if (link.place === null && district) return { place: district, via: 'document-project' };
    return link;
  });
  return placed.map((link, i) => {
    if (link.place !== null && isZoneId(link.place)) return link;
    const host = hostOf(projects, placed, i);
    if (host) return { place: host, via: 'inside' };
    const sited = sitedNext(sentences, projects[i]!);
    if (!sited) return link;
    const [site] = linkPlaces(
      [...masked.values()],
      [{ ...sited, sentence: masked.get(sited.sentence)! }],
      options,
    );
    return site && site.place !== null && isZoneId(site.place)
      ? { place: site.place, via: 'sited' }
      : link;
  });
}

/** Where a project is told to lie, right before its name (位于甲公园二期的…). */
const INSIDE = new RegExp(`${LIES_AT.source}([^，,；;。]{2,30})的$`);

/**
 * The zone of the project a project is told to lie in (位于奥北森林公园二期的上东体育健身中心): the host,
 * named in the same sentence right before it, placed in a zone; null when there is none.
 */
function hostOf(
  projects: readonly ProjectCandidate[],
  links: readonly PlaceLink[],
  index: number,
): ZoneId | null {
  const project = projects[index]!;
  const before = project.sentence.text.slice(0, project.start);
  const lies = INSIDE.exec(before);
  if (!lies) return null;
  const host = projects.findIndex(
    (p, j) =>
      j !== index &&
      p.sentence === project.sentence &&
      p.start >= lies.index &&
      p.end <= project.start,
  );
  const place = host >= 0 ? (links[host]?.place ?? null) : null;
  return place !== null && isZoneId(place) ? place : null;
}

/** Words that say where something lies at the start of a text, and the rest of their clause. */
const ADDRESS = new RegExp(`^${LIES_AT.source}[^，,；;。]*`);

/** An aside in brackets and a comma between a name and the address told of it (甲医院(原乙医院),位于…). */
const ASIDE_THEN_COMMA = /^(?:[(（][^()（）]{1,20}[)）])?[，,]?/;

/**
 * The address told right after a project's name in its own sentence (甲医院(原乙医院),位于昌平区回龙观镇…),
 * or else a sentence soon after a project's (within {@link SITED_WITHIN}) that opens by saying where the
 * project lies, naming it by its kind (…实验学校项目开工建设。项目位于昌平区沙河镇创新基地,…; 该基地
 * 位于…) or by its own name (甲基地…奠基。甲基地位于…): the end of its opening clause, where the
 * address has been given.
 */
function sitedNext(
  sentences: readonly Sentence[],
  project: ProjectCandidate,
): { sentence: Sentence; start: number; label: string } | null {
  const after = project.sentence.text.slice(project.end);
  const aside = ASIDE_THEN_COMMA.exec(after)?.[0] ?? '';
  const own = ADDRESS.exec(after.slice(aside.length));
  if (own)
    return {
      sentence: project.sentence,
      start: project.end + aside.length + own[0].length,
      label: '',
    };
  const at = sentences.indexOf(project.sentence);
  for (const next of sentences.slice(at + 1, at + 1 + SITED_WITHIN)) {
    const subject = next.text.startsWith(project.name_zh)
      ? project.name_zh
      : THE_PROJECT_OPENING.exec(next.text)?.[0];
    if (subject === undefined) continue;
    const address = ADDRESS.exec(next.text.slice(subject.length));
    if (address) return { sentence: next, start: subject.length + address[0].length, label: '' };
  }
  return null;
}

/** How many sentences after a project's the sentence that sites it may come. */
const SITED_WITHIN = 3;
