import type { PlaceKey } from '../model/zones';
import type { SectorId } from '../model/sectors';
import type { FigureStatus, ProjectStatus, RepairDetail, Unit } from '../model/dataset';
import type { OffsetMap } from './normalize/offset-map';

/** A document as read from disk: raw bytes plus its manifest metadata. */
export interface RawDocument {
  id: string;
  file: string;
  bytes: Uint8Array;
  /** District the whole document speaks about, used for "全区" and as the last-resort place. */
  district?: PlaceKey;
  /** The document's title: a zone it names alone is what the document is about. */
  title?: string;
  /** Publication date (YYYY-MM or YYYY-MM-DD); its year resolves "今年"/"本年". */
  date?: string;
  /** Why the bytes could not be read (too large, unreadable file): the document fails with this error. */
  error?: string;
}

/** One repair a normalize stage made, with its span in that stage's input text. */
export interface Repair {
  kind: RepairDetail['kind'];
  span: [number, number];
  before: string;
  after: string;
}

/** What every normalize stage returns: new text, what changed, and how offsets moved. */
export interface NormalizeResult {
  text: string;
  repairs: Repair[];
  map: OffsetMap;
}

/** A sentence of the normalized text, with its paragraph and the headings above it. */
export interface Sentence {
  text: string;
  /** [start, end) in the normalized text. */
  start: number;
  end: number;
  paragraph: number;
  /** Index of the sentence inside its paragraph. */
  indexInParagraph: number;
  /** True for short title-like lines without final punctuation. */
  isHeading: boolean;
  /** The latest group of heading lines above the paragraph (nearest last); it holds until the next heading. */
  headings: string[];
  /** Title of the numbered top-level section ("三、2022年重点任务") the sentence is in, or ''. */
  section: string;
}

/** A gazetteer hit inside a sentence. */
export interface PlaceMention {
  /** Offset inside the sentence text. */
  start: number;
  end: number;
  name: string;
  place: PlaceKey | null;
  /** Inside （…） or (…): a weak mention that names an institution, not the clause topic. */
  parenthetical: boolean;
  /** True for a zone's own name or a sub-area of it (not an institution or campus inside it). */
  area?: boolean;
  /** A place outside Beijing that something is sited at (落户吉林长春, 位于上海): `place` is null. */
  elsewhere?: boolean;
  /**
   * A zone's name that opens the name of a facility or road (未来科学城第二中学, 未来科学城大道): it names
   * the facility, not the clause's place, so it is weak like a parenthetical one.
   */
  inName?: boolean;
}

/** A number with its unit as written, fully scaled. */
export interface ParsedQuantity {
  value: number;
  unit: Unit;
  approx: boolean;
  qualifier?: 'over' | 'about' | 'nearly' | 'at-least' | 'up-to';
  /** Measure word or unit text as written (家, 名, 平方公里, %). */
  measureWord: string;
  /** [start, end) of the whole quantity inside the sentence. */
  start: number;
  end: number;
}

/** A figure found in a sentence, before place linking and curation. */
export interface FigureCandidate extends ParsedQuantity {
  sentence: Sentence;
  label_zh: string;
  /** The project a bare measure (总投资, 占地) is said of, named without a closing 项目. */
  subject?: string;
  status: FigureStatus;
  year: number | null;
}

/** A named project or facility found in a sentence. */
export interface ProjectCandidate {
  sentence: Sentence;
  name_zh: string;
  /** Offset of the name inside the sentence. */
  start: number;
  end: number;
  status: ProjectStatus;
  year: number | null;
}

/** Output of link: where a candidate belongs and why. */
export interface PlaceLink {
  place: PlaceKey | null;
  /** Which rule decided: clause, sentence, paragraph, heading, industry, document, none. */
  via: string;
}

export type { SectorId };
