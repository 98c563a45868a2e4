import type { Dataset, FigureFact, ProjectFact } from '../../model/dataset';
import type { Annotation } from './annotation';
import { scoreFigures, type FigureScore } from './score-figures';
import { scoreProjects, type ProjectScore } from './score-projects';

/** One document's scores. */
export interface DocumentScore {
  doc: string;
  projects: ProjectScore;
  figures: FigureScore;
}

/** Ratios over the whole set of documents (null when nothing was there to count). */
export interface ScoreTotals {
  /** Listed projects found / listed projects. */
  projectsFound: number | null;
  /** Listed projects found with the exact place / listed projects. */
  projectsPlaced: number | null;
  /** Listed zone projects found in their zone / listed zone projects. */
  zoneProjectsFound: number | null;
  /** Judged project names that are listed / judged names (complete lists only). */
  projectPrecision: number | null;
  /** Listed figures found (value and unit) / listed figures. */
  figuresFound: number | null;
  /** Listed figures matched exactly / listed figures. */
  figuresPlaced: number | null;
  /** Listed zone figures matched exactly / listed zone figures. */
  zoneFigureRecall: number | null;
  /** Judged zone facts that match exactly / judged zone facts. */
  zoneFigurePrecision: number | null;
  /** District figures placed in a zone / listed district figures. */
  districtLeak: number | null;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Scores every annotated document of a dataset (documents without facts score zero, not skipped). */
export function scoreDataset(
  dataset: Pick<Dataset, 'facts'>,
  annotations: readonly Annotation[],
): DocumentScore[] {
  const figures = dataset.facts.filter((f): f is FigureFact => f.kind === 'figure');
  const projects = dataset.facts.filter((f): f is ProjectFact => f.kind === 'project');
  return annotations.map((a) => ({
    doc: a.doc,
    projects: scoreProjects(a, projects),
    figures: scoreFigures(a, figures),
  }));
}

/**
 * Sums document scores into the ratios the quality gates use.
 *
 * @example
 * totalScores(scoreDataset(dataset, annotations)).zoneFigureRecall // 0.97
 */
export function totalScores(scores: readonly DocumentScore[]): ScoreTotals {
  const sum = (pick: (s: DocumentScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const p = (pick: (s: ProjectScore) => number) => sum((s) => pick(s.projects));
  const f = (pick: (s: FigureScore) => number) => sum((s) => pick(s.figures));
  return {
    projectsFound: ratio(
      p((s) => s.found),
      p((s) => s.expected),
    ),
    projectsPlaced: ratio(
      p((s) => s.placed),
      p((s) => s.expected),
    ),
    zoneProjectsFound: ratio(
      p((s) => s.zoneFound),
      p((s) => s.zoneExpected),
    ),
    projectPrecision: ratio(
      p((s) => s.judged - s.wrong.length),
      p((s) => s.judged),
    ),
    figuresFound: ratio(
      f((s) => s.found),
      f((s) => s.expected),
    ),
    figuresPlaced: ratio(
      f((s) => s.placed),
      f((s) => s.expected),
    ),
    zoneFigureRecall: ratio(
      f((s) => s.zoneFound),
      f((s) => s.zoneExpected),
    ),
    zoneFigurePrecision: ratio(
      f((s) => s.zoneJudged - s.zoneWrong.length),
      f((s) => s.zoneJudged),
    ),
    districtLeak: ratio(
      f((s) => s.districtLeaks.length),
      f((s) => s.districtExpected),
    ),
  };
}
