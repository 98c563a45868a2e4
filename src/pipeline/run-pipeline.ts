import type { DocumentEntry, Fact } from '../model/dataset';
import type { RawDocument, Repair } from './types';
import { decodeBytes } from './decode/decode-bytes';
import { chainStages, type NormalizeStage } from './normalize/chain-stages';
import { stripMarkup } from './normalize/strip-markup';
import { stripPinyin } from './normalize/strip-pinyin';
import { toHalfWidth } from './normalize/to-half-width';
import { detectMojibake } from './normalize/detect-mojibake';
import { detectLatin1Mojibake } from './normalize/detect-latin1-mojibake';
import { toSimplified } from './normalize/to-simplified';
import { despin } from './normalize/despin';
import { stripJammer } from './normalize/strip-jammer';
import { stripSpam } from './normalize/strip-spam';
import { restoreSwappedWords } from './normalize/restore-swapped-words';
import { splitSentences } from './segment/split-sentences';
import { extractFigures } from './extract/extract-figures';
import { withSubjects } from './extract/figure-subject';
import { extractProjects } from './extract/extract-projects';
import { linkProjects } from './link/link-projects';
import { linkFigures } from './link/place-by-subject';
import { narrowedByLead, titleZone } from './link/title-zone';
import { figureToFact, projectToFact } from './classify/to-facts';
import { dedupeFacts, withUniqueIds } from './extract/dedupe-facts';
import { summarizeRepairs } from './curate/summarize-repairs';
import type { Glossary } from './curate/translate-label';

/** The normalize stages, in order: repair, then script, then de-spin, then words swapped for spam put back, then de-spam. */
export const NORMALIZE_STAGES: readonly NormalizeStage[] = [
  stripMarkup,
  toHalfWidth,
  stripJammer,
  stripPinyin,
  detectMojibake,
  detectLatin1Mojibake,
  toSimplified,
  (text) => despin(text),
  restoreSwappedWords,
  stripSpam,
];

/** Above this share of unreadable text a document fails instead of yielding a few stray facts. */
const MAX_UNREADABLE = 0.5;

/** The share of the non-blank text that mojibake repairs blanked out. */
function unreadableShare(repairs: readonly Repair[], text: string): number {
  const blanked = repairs
    .filter((r) => r.kind === 'mojibake')
    .reduce((sum, r) => sum + r.span[1] - r.span[0], 0);
  const visible = text.replace(/\s/g, '').length;
  return visible === 0 ? 0 : blanked / visible;
}

/** A failed document: no facts, the error, and whatever repairs were found before giving up. */
function failed(
  doc: RawDocument,
  error: string,
  repairs: DocumentEntry['repairs'],
): DocumentResult {
  return {
    document: { id: doc.id, file: doc.file, status: 'failed', error, repairs },
    facts: [],
    normalized: '',
    original: '',
  };
}

/** What one document yields. */
export interface DocumentResult {
  document: DocumentEntry;
  facts: Fact[];
  /** The normalized text, for reports and tests. */
  normalized: string;
  /** The decoded original text that fact spans index (not written to the dataset), or '' when failed. */
  original: string;
}

/**
 * The pipeline for one document: decode → normalize → segment → extract → link → classify → dedupe.
 * Curation and validation run over the whole dataset afterwards ({@link buildDataset}).
 *
 * @example
 * runPipeline({ id: '000', file: 'a.txt', bytes: new TextEncoder().encode('能源谷里,213家企业。') }, { glossary: { terms: [] } })
 *   .facts[0].place // 'energy-valley'
 */
export function runPipeline(doc: RawDocument, options: { glossary: Glossary }): DocumentResult {
  const decoded = doc.error ? { ok: false as const, error: doc.error } : decodeBytes(doc.bytes);
  if (!decoded.ok) return failed(doc, decoded.error, summarizeRepairs([]));
  const normalized = chainStages(decoded.text, NORMALIZE_STAGES);
  const unreadable = unreadableShare(normalized.repairs, decoded.text);
  if (unreadable > MAX_UNREADABLE) {
    const error = `unreadable: ${Math.round(unreadable * 100)}% of the text is mojibake (misdecoded characters)`;
    return failed(doc, error, summarizeRepairs(normalized.repairs, decoded.text));
  }
  const sentences = splitSentences(normalized.text);
  const documentYear = doc.date ? Number(doc.date.slice(0, 4)) : null;
  const projects = extractProjects(sentences, { documentYear });
  const figures = withSubjects(
    extractFigures(sentences, {
      documentYear,
      ...(doc.title ? { title: doc.title } : {}),
    }),
    projects,
    sentences,
  );
  const district = doc.district?.startsWith('district:')
    ? (doc.district as 'district:changping')
    : undefined;
  const mentionOptions = { ...(district ? { district } : {}), year: documentYear };
  const topic = narrowedByLead(
    doc.title ? titleZone(doc.title, mentionOptions) : null,
    sentences,
    mentionOptions,
  );
  const linkOptions = {
    ...(district ? { district } : {}),
    year: documentYear,
    ...(topic ? { topic } : {}),
  };
  const projectLinks = linkProjects(sentences, projects, linkOptions);
  const figureLinks = linkFigures(sentences, figures, projects, projectLinks, {
    ...linkOptions,
    ...(doc.title ? { title: chainStages(doc.title, NORMALIZE_STAGES).text } : {}),
  });
  const context = { doc: doc.id, map: normalized.map, glossary: options.glossary };
  const facts = withUniqueIds(
    dedupeFacts([
      ...figures.map((f, i) => figureToFact(f, figureLinks[i]!, context)),
      ...projects.map((p, i) => projectToFact(p, projectLinks[i]!, context)),
    ]),
  );
  const document: DocumentEntry = {
    id: doc.id,
    file: doc.file,
    status: 'ok',
    encoding: decoded.encoding,
    repairs: summarizeRepairs(normalized.repairs, decoded.text),
  };
  return { document, facts, normalized: normalized.text, original: decoded.text };
}
