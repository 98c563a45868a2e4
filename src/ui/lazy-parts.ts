import { LazyPart } from './lazy-part.svelte';

export interface LazyPartOptions {
  /** Fetch it in idle time once the data is in (default), or only when first used. */
  preload?: boolean;
}

const preloaded: LazyPart<unknown>[] = [];

/**
 * Declares a part the first screen does not need; it becomes its own chunk. Show it in place
 * with `<OnDemand>`, or open it on a user's request with `PartRequests.follow`, which turns a
 * failed fetch into a notice.
 *
 * @example
 * export const compareTablePart = lazyPart(() => import('../compare/CompareTable.svelte'));
 */
export function lazyPart<T>(
  fetch: () => Promise<{ default: T }>,
  options: LazyPartOptions = {},
): LazyPart<T> {
  const part = new LazyPart(fetch);
  if (options.preload ?? true) preloaded.push(part);
  return part;
}

export const sourceViewerPart = lazyPart(() => import('./SourceViewer.svelte'));
export const sourcesDialogPart = lazyPart(() => import('./SourcesDialog.svelte'));
export const trendChartPart = lazyPart(() => import('./TrendChart.svelte'));

/** Fetches every part declared for preloading; failures are kept on each part and retried on use. */
export function preloadLazyParts(): void {
  for (const part of preloaded) void part.load();
}
