import type { FigureStatus, ProjectStatus, Unit } from '../../model/dataset';
import type { SectorId } from '../../model/sectors';
import type { PlaceKey, ZoneId } from '../../model/zones';

/**
 * A careful reader's account of one document, written by hand before the pipeline is run on it
 * (`data/annotations/<doc id>.json`, conventions in `data/annotations/README.md`). The pipeline is
 * scored against it; it is never regenerated from the pipeline's own output.
 */
export interface Annotation {
  /** Document id, as in `data/sources/manifest.json`. */
  doc: string;
  /** True when every figure the document ties to a zone or a district is listed. */
  complete: boolean;
  /** True when every named project of the document is listed. */
  projectsComplete: boolean;
  figures: AnnotatedFigure[];
  /** Numbers that sit next to a zone's name but are not that zone's (a guard against leaks). */
  notInZone: NotInZone[];
  projects: AnnotatedProject[];
}

/** A figure as a reader ties it to a place. */
export interface AnnotatedFigure {
  place: PlaceKey | null;
  /** Fully scaled, as in the dataset contract (2300亿元 → 230000000000). */
  value: number;
  unit: Unit;
  status: FigureStatus;
  /** A few words saying what is counted, in the document's language. */
  label: string;
  /** Set when the pipeline is known to get this one wrong; says what it does instead. */
  knownMiss?: string;
}

export interface NotInZone {
  value: number;
  unit: Unit;
  zones: ZoneId[];
  why: string;
}

/** A named project, facility, institution site, parcel, park, building or work (docs/contracts.md#projects-and-documents). */
export interface AnnotatedProject {
  /** The name as the document writes it, after repair (simplified script, spun words restored). */
  name_zh: string;
  /** Other spellings of the same name a reader accepts (with or without a prefix, quotes, phase). */
  aliases?: string[];
  /** Where it is: the innermost zone, else the district, else null when no place can be told. */
  place: PlaceKey | null;
  /** How the place is known: `text` (the document says so) or a source (URL, document id) for a fact of geography. */
  placedBy: string;
  /** First sector is the main one. */
  sectors: SectorId[];
  /** The latest status the document states for it. */
  status: ProjectStatus;
  /** The year that status refers to, when the document says or dates it. */
  year: number | null;
  /** Set when the pipeline is known to get this one wrong; says what it does instead. */
  knownMiss?: string;
}
