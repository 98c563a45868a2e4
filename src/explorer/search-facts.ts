import type { Dataset, Fact } from '../model/dataset';
import type { Lang } from '../i18n/lang';
import type { ZoneProperties } from '../model/zone-feature';
import type { DistrictKey, PlaceKey, ZoneId } from '../model/zones';
import { isZoneId } from '../model/zones';
import { formatFigure } from './format-figure';
import { districtName, placeName } from './place-name';
import { projectCards } from './group-projects';
import { tf } from '../i18n/messages';

/** One search result: a zone, or a fact with the zone whose panel shows it. */
export interface SearchHit {
  /** The zone to open; null for a fact tied to no place. */
  zone: ZoneId | null;
  /** The fact found, or null when the hit is a zone itself. */
  factId: string | null;
  fact: Fact | null;
  /** Where the fact belongs (may be a district), for the result's second line. */
  place: PlaceKey | null;
  /** What matched, best first. */
  field: 'zone' | 'name' | 'label' | 'measure' | 'quote' | 'words';
  /** The result's title in the language, or in Chinese when the data has no English. */
  title: string;
  /** The language the title's name or label is written in, for a `lang` attribute. */
  titleLang: Lang;
  /** The place's name in the language. */
  detail: string;
  score: number;
}

/** Cross-language names a user may type for the same thing. Flat data: add a row, not code. */
export const SEARCH_ALIASES: readonly (readonly string[])[] = [
  ['小米', 'xiaomi'],
  ['百济神州', 'beigene'],
  ['高能同步辐射光源', 'heps', 'high energy photon source'],
  ['科研人员', '研发人员', 'researchers', 'researcher', 'scientists'],
  ['营业收入', '营收', '收入', 'revenue'],
  ['企业', 'enterprises', 'companies', 'firms'],
];

/** The zone whose panel shows a district's context figures. */
const DISTRICT_HOME: Record<DistrictKey, ZoneId> = {
  'district:changping': 'future-science-city',
  'district:huairou': 'huairou-science-city',
};

const WEIGHTS = { zone: 90, name: 100, label: 70, measure: 60, quote: 30, words: 15 } as const;

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().trim();

function variantsOf(query: string): string[] {
  const groups = SEARCH_ALIASES.filter((group) => group.includes(query));
  return [...new Set([query, ...groups.flat()])];
}

function factFields(fact: Fact): [SearchHit['field'], string][] {
  const fields: [SearchHit['field'], string][] = [];
  if (fact.kind === 'project') fields.push(['name', fact.name_zh], ['name', fact.name_en ?? '']);
  fields.push(['label', fact.label_zh], ['label', fact.label_en ?? '']);
  if (fact.kind === 'figure' && fact.measure)
    fields.push(['measure', fact.measure.replace(/[-_]/g, ' ')]);
  fields.push(['quote', fact.quote]);
  return fields;
}

function scoreFact(
  fact: Fact,
  variants: string[],
  tokens: string[],
): Pick<SearchHit, 'field' | 'score'> | null {
  const fields = factFields(fact).map(([field, text]) => [field, normalize(text)] as const);
  for (const [field, text] of fields) {
    const match = variants.find((variant) => text.includes(variant));
    if (match === undefined) continue;
    return { field, score: WEIGHTS[field] + (text.startsWith(match) ? 10 : 0) };
  }
  const all = fields.map(([, text]) => text).join(' ');
  if (tokens.length > 1 && tokens.every((token) => all.includes(token))) {
    return { field: 'words', score: WEIGHTS.words };
  }
  return null;
}

function factTitle(fact: Fact, lang: Lang): Pick<SearchHit, 'title' | 'titleLang'> {
  const english = lang === 'en' ? (fact.kind === 'project' ? fact.name_en : fact.label_en) : null;
  const name = english ?? (fact.kind === 'project' ? fact.name_zh : fact.label_zh);
  const titleLang = english === null ? 'zh' : 'en';
  if (fact.kind === 'project') return { title: name, titleLang };
  return { title: `${name}: ${formatFigure(fact, lang).text}`, titleLang };
}

function zoneOf(place: PlaceKey | null): ZoneId | null {
  if (place === null) return null;
  return isZoneId(place) ? place : DISTRICT_HOME[place];
}

/**
 * Finds zones and facts across the whole atlas, in either language and case-insensitively:
 * zone names, project names, figure labels, English measure words and the quoted sentences,
 * plus a few cross-language aliases (HEPS ↔ 高能同步辐射光源). Ranked best first: names,
 * then zones, labels, measures and quotes; ties go to newer facts. A project named by several
 * documents is one result, in the zone where its card is shown.
 *
 * @example
 * searchFacts(dataset, zones, 'heps', 'en')[0]
 * // → { zone: 'huairou-science-city', factId: '004-…', field: 'name', title: 'High Energy Photon Source', … }
 */
export function searchFacts(
  dataset: Dataset,
  zones: readonly ZoneProperties[],
  query: string,
  lang: Lang,
  limit = 30,
): SearchHit[] {
  const normalized = normalize(query);
  if (normalized === '') return [];
  const variants = variantsOf(normalized);
  const tokens = normalized.split(/\s+/);

  const zoneHits: SearchHit[] = zones
    .filter((zone) =>
      variants.some((v) =>
        [zone.name_zh, zone.name_en, zone.id].some((n) => normalize(n).includes(v)),
      ),
    )
    .map((zone) => ({
      zone: zone.id,
      factId: null,
      fact: null,
      place: zone.id,
      field: 'zone',
      title: lang === 'zh' ? zone.name_zh : zone.name_en,
      titleLang: lang,
      detail: '',
      score: WEIGHTS.zone,
    }));

  const cards = projectCards(dataset).byFact;
  const factHits: SearchHit[] = dataset.facts.flatMap((fact) => {
    const match = scoreFact(fact, variants, tokens);
    if (match === null) return [];
    const place = cards.get(fact.id)?.place ?? fact.place;
    const detail =
      place !== null && !isZoneId(place)
        ? tf(lang, 'districtWide', { district: districtName(place, lang) })
        : placeName(place, zones, lang);
    return [
      {
        ...match,
        zone: zoneOf(place),
        factId: fact.id,
        fact,
        place,
        ...factTitle(fact, lang),
        detail,
      },
    ];
  });

  const projectsSeen = new Set<string>();
  return [...zoneHits, ...factHits]
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.fact?.year ?? 0) - (a.fact?.year ?? 0) ||
        (a.factId ?? '').localeCompare(b.factId ?? ''),
    )
    .filter((hit) => {
      if (hit.fact?.kind !== 'project') return true;
      const key = cards.get(hit.fact.id)?.id ?? hit.fact.id;
      if (projectsSeen.has(key)) return false;
      projectsSeen.add(key);
      return true;
    })
    .slice(0, limit);
}
