import { describe, expect, it } from 'vitest';
import { visibleItems } from './visible-items';

const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('visibleItems', () => {
  it('shows the first items of a long list, with a toggle', () => {
    const { shown, collapsible } = visibleItems(items, 2, false, null);
    expect(ids(shown)).toEqual(['a', 'b']);
    expect(collapsible).toBe(true);
  });
  it('shows everything once expanded', () => {
    expect(ids(visibleItems(items, 2, true, null).shown)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('shows everything, without a toggle, when the pointed-out item lies beyond the limit', () => {
    expect(visibleItems(items, 2, false, 'd')).toEqual({ shown: items, collapsible: false });
  });
  it('needs no toggle for a short list', () => {
    expect(visibleItems(items, 10, false, null).collapsible).toBe(false);
  });
});
