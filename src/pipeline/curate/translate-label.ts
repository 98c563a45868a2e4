/** A glossary of Chinese terms and their English glosses, as stored in data/curation/glossary.json. */
export interface Glossary {
  terms: readonly (readonly [string, string])[];
  /**
   * Words of project names as a title writes them (公园 → Park, 中心 → Centre, 怀柔区 → Huairou
   * District): what {@link translateName} prefers over the label terms.
   */
  names?: readonly (readonly [string, string])[];
}

/** Share of a label's characters the glossary must cover before a gloss is produced. */
const MIN_COVERAGE = 0.7;

/**
 * Glosses a Chinese label word by word with the term glossary (longest term first). Returns null when
 * too much of the label is unknown, rather than a half translation.
 *
 * @example
 * translateLabel('规上先进能源企业', { terms: [['规上', 'above-scale'], ['先进能源', 'advanced-energy'], ['企业', 'enterprises']] })
 * // 'above-scale advanced-energy enterprises'
 */
export function translateLabel(label: string, glossary: Glossary): string | null {
  const terms = [...glossary.terms].sort((a, b) => b[0].length - a[0].length);
  const words: string[] = [];
  let covered = 0;
  let countable = 0;
  for (let i = 0; i < label.length;) {
    const term = terms.find(([zh]) => label.startsWith(zh, i));
    if (term) {
      if (term[1] !== '') words.push(term[1]);
      covered += term[0].length;
      countable += term[0].length;
      i += term[0].length;
      continue;
    }
    if (/[\u4e00-\u9fffA-Za-z0-9]/.test(label[i]!)) countable++;
    i++;
  }
  if (countable === 0 || covered / countable < MIN_COVERAGE || words.length === 0) return null;
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
