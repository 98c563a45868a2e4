import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the benchmark's comparison pages from bench/bare, served like dist/:
 * the bare MapLibre baseline into .bench/bare, and with `--mode style` the atlas style drawn by
 * MapLibre alone into .bench/bare-style.
 */
export default defineConfig(({ mode }) => ({
  root: path('./bench/bare'),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: path(mode === 'style' ? './.bench/bare-style' : './.bench/bare'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: path(mode === 'style' ? './bench/bare/style.html' : './bench/bare/index.html'),
    },
  },
}));
