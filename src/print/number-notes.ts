import type { Fact } from '../model/dataset';

/** One numbered note of a printed sheet: a sentence of a document that the sheet cites. */
export interface Note {
  /** 1, 2, 3 … in the order the sheet first cites them. */
  number: number;
  /** The cited document's id. */
  doc: string;
  /** The cited sentence, as repaired. */
  quote: string;
  /** The facts that cite it, in sheet order. */
  facts: string[];
}

export interface NumberedNotes {
  notes: Note[];
  /** Each fact's note number, by fact id. */
  noteOf: ReadonlyMap<string, number>;
}

/**
 * Numbers the citations of facts printed in this order. Facts taken from the same sentence of
 * the same document share a note, so a sentence is quoted once however many numbers it gives.
 *
 * @example
 * numberNotes([areaFromDoc000, revenueFromDoc001, staffFromDoc000SameSentence])
 * // → notes [{ number: 1, doc: '000', … }, { number: 2, doc: '001', … }],
 * //   noteOf: area → 1, revenue → 2, staff → 1
 */
export function numberNotes(facts: readonly Fact[]): NumberedNotes {
  const notes: Note[] = [];
  const bySentence = new Map<string, Note>();
  const noteOf = new Map<string, number>();
  for (const fact of facts) {
    const key = `${fact.doc}:${fact.span[0]}:${fact.span[1]}`;
    let note = bySentence.get(key);
    if (!note) {
      note = { number: notes.length + 1, doc: fact.doc, quote: fact.quote, facts: [] };
      notes.push(note);
      bySentence.set(key, note);
    }
    note.facts.push(fact.id);
    noteOf.set(fact.id, note.number);
  }
  return { notes, noteOf };
}
