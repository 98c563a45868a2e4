import { describe, expect, it } from 'vitest';
import { figure, project } from '../explorer/test/facts';
import { numberNotes } from './number-notes';

describe('numberNotes', () => {
  it('numbers notes from 1 in the order the sheet first cites them', () => {
    const facts = [
      figure({ id: 'a', doc: '001', span: [40, 60], quote: '第二句。' }),
      figure({ id: 'b', doc: '000', span: [0, 20], quote: '第一句。' }),
      project({ id: 'c', doc: '004', span: [5, 9], quote: '第三句。' }),
    ];
    const { notes, noteOf } = numberNotes(facts);
    expect(notes.map((n) => [n.number, n.doc, n.quote])).toEqual([
      [1, '001', '第二句。'],
      [2, '000', '第一句。'],
      [3, '004', '第三句。'],
    ]);
    expect([...noteOf]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('quotes a sentence once however many facts it gives', () => {
    const facts = [
      figure({ id: 'area', doc: '000', span: [10, 50] }),
      figure({ id: 'other', doc: '001', span: [10, 50] }),
      project({ id: 'lab', doc: '000', span: [10, 50] }),
    ];
    const { notes, noteOf } = numberNotes(facts);
    expect(notes.map((n) => [n.number, n.doc, n.facts])).toEqual([
      [1, '000', ['area', 'lab']],
      [2, '001', ['other']],
    ]);
    expect(noteOf.get('lab')).toBe(1);
  });

  it('keeps different sentences of one document apart', () => {
    const facts = [
      figure({ id: 'x', doc: '002', span: [0, 10] }),
      figure({ id: 'y', doc: '002', span: [10, 30] }),
    ];
    expect(numberNotes(facts).notes.map((n) => n.number)).toEqual([1, 2]);
  });

  it('gives no notes for no facts', () => {
    expect(numberNotes([])).toEqual({ notes: [], noteOf: new Map() });
  });
});
