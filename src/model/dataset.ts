import type { DistrictKey, PlaceKey } from './zones';
import type { SectorId } from './sectors';

/** Units a figure may carry (docs/contracts.md#facts-values-and-units). Values are always fully scaled to these units. */
export type Unit = 'CNY' | 'USD' | 'km2' | 'm2' | 'mu' | 'ha' | 'km' | 'percent' | 'count';

export type FigureStatus = 'actual' | 'target';

/** Project life-cycle, as documents state it. */
export type ProjectStatus =
  'planned' | 'signed' | 'under-construction' | 'completed' | 'in-use' | 'unknown';

/** What a damaged document needed, by kind of repair; offsets in the original text. */
export interface RepairReport {
  pinyinGlosses: number;
  traditionalChars: number;
  spunWords: number;
  spamRemoved: number;
  markupRemoved: number;
  /** Ranges [start, end) of the original text that could not be read and were not used. */
  unreadable: [number, number][];
  /** Optional detail of each repair, for the source viewer. */
  details?: RepairDetail[];
  /** How many further details were left out to keep the file small (script conversions are summarised). */
  detailsTruncated?: number;
}

export interface RepairDetail {
  kind: 'pinyin' | 'script' | 'spin' | 'spam' | 'markup' | 'mojibake';
  /** [start, end) in the original document text. */
  span: [number, number];
  before: string;
  after: string;
}

export interface DocumentEntry {
  id: string;
  file: string;
  status: 'ok' | 'failed';
  error?: string;
  /** The encoding the document was decoded with (a WHATWG label such as 'utf-8', 'gb18030'). */
  encoding?: string;
  title?: string;
  publisher?: string;
  date?: string;
  /** Source address of the document, when it has one. */
  url?: string;
  /** The original document text (decoded), which every fact span indexes. */
  text?: string;
  /**
   * How many of the document's facts name no place (neither a zone nor a district): no panel shows
   * them; search finds them and opens their source. Absent when there are none.
   */
  unplaced?: number;
  repairs: RepairReport;
}

interface FactBase {
  /** Stable across runs for the same input: derived from document id and content, never a counter alone. */
  id: string;
  doc: string;
  place: PlaceKey | null;
  sectors: SectorId[];
  year: number | null;
  label_zh: string;
  label_en: string | null;
  /** The sentence the fact comes from, as repaired text. */
  quote: string;
  /** [start, end) of that sentence in the ORIGINAL document text (JS string offsets). */
  span: [number, number];
}

export interface FigureFact extends FactBase {
  kind: 'figure';
  value: number;
  unit: Unit;
  approx: boolean;
  /** 'over' / 'about' / 'nearly' / 'at least' qualifiers, when the document gives one. */
  qualifier?: 'over' | 'about' | 'nearly' | 'at-least' | 'up-to';
  status: FigureStatus;
  /** A short key for the measure (e.g. 'researchers', 'revenue'), to line up the same measure across years. */
  measure?: string;
  /**
   * A reviewed key (set in data/curation/) naming one quantity tracked across documents and
   * years, e.g. 'advanced-energy-revenue'. Only figures sharing a series, or the same measure
   * and label, are drawn as one trend.
   */
  series?: string;
}

export interface ProjectFact extends FactBase {
  kind: 'project';
  /**
   * Stable across documents: every mention of the same project, in any document, shares it (a hash
   * of the normalized name). The explorer shows one project card per key.
   */
  project: string;
  name_zh: string;
  name_en: string | null;
  status: ProjectStatus;
  value?: number;
  unit?: Unit;
  approx?: boolean;
}

export type Fact = FigureFact | ProjectFact;

/** Metadata of a source document, from data/sources/manifest.json. */
export interface SourceMeta {
  id: string;
  file: string;
  title: string;
  publisher: string;
  date: string;
  language: string;
  script: 'simplified' | 'traditional' | 'mixed';
  url?: string;
  note?: string;
  /** The district the document is about (its "全区"), used as the last-resort place of its figures. */
  district?: DistrictKey;
}

/** What `npm run extract` writes and the app reads. */
export interface Dataset {
  documents: DocumentEntry[];
  facts: Fact[];
}
