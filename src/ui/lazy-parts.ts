import { LazyPart } from './lazy-part.svelte';

/**
 * What the first screen does not need: the source viewer, the sources dialog and the trend
 * charts. Each loads as its own chunk when first used, or in idle time once the data is in.
 */
export const sourceViewerPart = new LazyPart(() => import('./SourceViewer.svelte'));
export const sourcesDialogPart = new LazyPart(() => import('./SourcesDialog.svelte'));
export const trendChartPart = new LazyPart(() => import('./TrendChart.svelte'));

export const LAZY_PARTS = [sourceViewerPart, sourcesDialogPart, trendChartPart] as const;

/** Fetches every lazy part; failures are kept on each part and retried on use. */
export function preloadLazyParts(): void {
  for (const part of LAZY_PARTS) void part.load();
}
