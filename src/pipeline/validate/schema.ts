import * as v from 'valibot';
import { DISTRICT_KEYS, ZONE_IDS } from '../../model/zones';
import { SECTOR_IDS } from '../../model/sectors';
import type { Dataset } from '../../model/dataset';

const Span = v.tuple([
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  v.pipe(v.number(), v.integer(), v.minValue(0)),
]);
const Place = v.nullable(v.picklist([...ZONE_IDS, ...DISTRICT_KEYS]));
const Unit = v.picklist(['CNY', 'USD', 'km2', 'm2', 'mu', 'ha', 'km', 'percent', 'count']);

const FactBase = {
  id: v.pipe(v.string(), v.minLength(1)),
  doc: v.string(),
  place: Place,
  sectors: v.array(v.picklist(SECTOR_IDS)),
  year: v.nullable(v.pipe(v.number(), v.integer())),
  label_zh: v.pipe(v.string(), v.minLength(1)),
  label_en: v.nullable(v.string()),
  quote: v.pipe(v.string(), v.minLength(1)),
  span: Span,
};

const FigureFact = v.object({
  ...FactBase,
  kind: v.literal('figure'),
  value: v.pipe(v.number(), v.finite()),
  unit: Unit,
  approx: v.boolean(),
  qualifier: v.optional(v.picklist(['over', 'about', 'nearly', 'at-least', 'up-to'])),
  status: v.picklist(['actual', 'target']),
  measure: v.optional(v.string()),
  series: v.optional(v.string()),
});

const ProjectFact = v.object({
  ...FactBase,
  kind: v.literal('project'),
  project: v.pipe(v.string(), v.minLength(1)),
  name_zh: v.pipe(v.string(), v.minLength(1)),
  name_en: v.nullable(v.string()),
  status: v.picklist(['planned', 'signed', 'under-construction', 'completed', 'in-use', 'unknown']),
  value: v.optional(v.number()),
  unit: v.optional(Unit),
  approx: v.optional(v.boolean()),
});

const RepairDetail = v.object({
  kind: v.picklist(['pinyin', 'script', 'spin', 'spam', 'markup', 'mojibake']),
  span: Span,
  before: v.string(),
  after: v.string(),
});

const DocumentEntry = v.object({
  id: v.string(),
  file: v.string(),
  status: v.picklist(['ok', 'failed']),
  error: v.optional(v.string()),
  encoding: v.optional(v.string()),
  title: v.optional(v.string()),
  publisher: v.optional(v.string()),
  date: v.optional(v.string()),
  url: v.optional(v.string()),
  text: v.optional(v.string()),
  unplaced: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  repairs: v.object({
    pinyinGlosses: v.number(),
    traditionalChars: v.number(),
    spunWords: v.number(),
    spamRemoved: v.number(),
    markupRemoved: v.number(),
    unreadable: v.array(Span),
    details: v.optional(v.array(RepairDetail)),
    detailsTruncated: v.optional(v.number()),
  }),
});

/** The valibot schema of the dataset `npm run extract` writes (docs/contracts.md#the-dataset-and-the-extraction-command). */
export const DatasetSchema = v.object({
  documents: v.array(DocumentEntry),
  facts: v.array(v.variant('kind', [FigureFact, ProjectFact])),
});

/**
 * Validates a dataset against the schema and returns readable problems (empty when valid).
 *
 * @example
 * validateDataset({ documents: [], facts: [] }) // []
 */
export function validateDataset(dataset: Dataset): string[] {
  const result = v.safeParse(DatasetSchema, dataset);
  if (result.success) return [];
  return result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
