import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { sourceDocuments } from './scripts/vite-plugin-sources';

export default defineConfig({
  plugins: [svelte(), sourceDocuments()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
