/**
 * The first `limit` items of a long list, or all of them when the list is expanded or when the
 * item to point out (`highlight`, e.g. a search result) lies beyond the limit. `collapsible`
 * says whether a show-all/show-fewer toggle makes sense.
 *
 * @example
 * visibleItems([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, false, null)
 * // → { shown: [{ id: 'a' }, { id: 'b' }], collapsible: true }
 */
export function visibleItems<T extends { id: string }>(
  items: readonly T[],
  limit: number,
  expanded: boolean,
  highlight: string | null,
): { shown: T[]; collapsible: boolean } {
  // nothing to point out: no need to look through a long list for it
  const highlightAt = highlight === null ? -1 : items.findIndex((item) => item.id === highlight);
  const showAll = expanded || highlightAt >= limit;
  return {
    shown: showAll ? [...items] : items.slice(0, limit),
    collapsible: items.length > limit && highlightAt < limit,
  };
}
