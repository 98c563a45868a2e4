import type { Fact } from '../../model/dataset';

/** One reviewed correction of the extracted facts (data/curation/overrides.json). */
export interface CurationOverride {
  doc: string;
  /** Every given field must equal the fact's (quote: substring). */
  match: {
    label_zh?: string;
    value?: number;
    name_zh?: string;
    quote?: string;
    kind?: Fact['kind'];
  };
  set?: Partial<Pick<Fact, 'label_en' | 'place' | 'sectors' | 'year' | 'label_zh'>> & {
    measure?: string;
    series?: string;
    status?: string;
    name_en?: string;
  };
  reject?: boolean;
  reason: string;
}

function matches(fact: Fact, o: CurationOverride): boolean {
  const m = o.match;
  if (fact.doc !== o.doc) return false;
  if (m.kind !== undefined && fact.kind !== m.kind) return false;
  if (m.label_zh !== undefined && fact.label_zh !== m.label_zh) return false;
  if (m.value !== undefined && !('value' in fact && fact.value === m.value)) return false;
  if (m.name_zh !== undefined && !(fact.kind === 'project' && fact.name_zh === m.name_zh))
    return false;
  if (m.quote !== undefined && !fact.quote.includes(m.quote)) return false;
  return true;
}

/**
 * Applies reviewed overrides: English glosses, corrected places or labels, and rejections. An override
 * that matches no fact is an error (returned, so the build can fail): a stale correction must not pass
 * silently.
 *
 * @example
 * applyCuration(facts, [{ doc: '000', match: { value: 213 }, set: { label_en: 'Advanced-energy firms' }, reason: 'gloss' }])
 * // { facts: [...with label_en set], errors: [] }
 */
export function applyCuration(
  facts: readonly Fact[],
  overrides: readonly CurationOverride[],
): { facts: Fact[]; errors: string[] } {
  const errors: string[] = [];
  let out = [...facts];
  for (const o of overrides) {
    const hits = out.filter((f) => matches(f, o));
    if (hits.length === 0) {
      errors.push(
        `curation override matched nothing: ${JSON.stringify({ doc: o.doc, match: o.match })}`,
      );
      continue;
    }
    if (o.reject) {
      out = out.filter((f) => !hits.includes(f));
      continue;
    }
    out = out.map((f) => (hits.includes(f) ? ({ ...f, ...o.set } as Fact) : f));
  }
  return { facts: out, errors };
}
