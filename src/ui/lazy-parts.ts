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
/** The zone panel's and zone list's compare picker and download buttons. */
export const zoneActionsPart = lazyPart(() => import('./ZoneActions.svelte'));
/** The comparison of two or three zones: fetched when a comparison is first shown or chosen. */
export const compareViewPart = lazyPart(() => import('../compare/CompareView.svelte'), {
  preload: false,
});
/** The CSV and GeoJSON builders: fetched on the first download. */
export const exportPart = lazyPart(() => import('../export/export-file'), { preload: false });
/** The embed's compact panel: fetched only by an embed, as it starts. */
export const embedPanelPart = lazyPart(() => import('../embed/EmbedPanel.svelte'), {
  preload: false,
});
/** The share menu's iframe code. */
export const embedCodePart = lazyPart(() => import('../embed/EmbedCode.svelte'));
/** The print sheet: fetched in idle time once a zone is selected, or when printing asks for it. */
export const zoneSheetPart = lazyPart(() => import('../print/ZoneSheet.svelte'), {
  preload: false,
});

/** Fetches every part declared for preloading; failures are kept on each part and retried on use. */
export function preloadLazyParts(): void {
  for (const part of preloaded) void part.load();
}
