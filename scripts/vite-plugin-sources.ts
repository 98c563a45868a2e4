import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const SOURCES_DIR = 'data/sources';
const URL_PREFIX = '/data/sources/';

/**
 * Makes the source documents in `data/sources/` available to the source viewer at
 * `data/sources/<file>`, byte for byte: served as-is in development and copied into the build.
 * They stay in one place in the repository and are fetched only when a citation is opened.
 */
export function sourceDocuments(): Plugin {
  const files = () => readdirSync(SOURCES_DIR).filter((name) => name.endsWith('.txt'));
  return {
    name: 'atlas-source-documents',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(
          /^.*\/data\/sources\//,
          '',
        );
        if (!request.url?.includes(URL_PREFIX) || !files().includes(name)) return next();
        response.setHeader('content-type', 'text/plain; charset=utf-8');
        response.end(readFileSync(join(SOURCES_DIR, name)));
      });
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/sources/${name}`,
          source: readFileSync(join(SOURCES_DIR, name)),
        });
      }
    },
  };
}
