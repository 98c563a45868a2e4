import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { sourceDocuments } from './scripts/vite-plugin-sources';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';

export default defineConfig({
  plugins: [svelte(), sourceDocuments(), contentSecurityPolicy()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Every browser the atlas supports preloads modules natively.
    modulePreload: { polyfill: false },
    // One stylesheet with the page (the parts fetched later add about 5 KB gzip to it): a part's
    // own stylesheet that failed once is never asked for again by the preload helper, so a part
    // retried after a dropped connection would arrive unstyled.
    cssCodeSplit: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
