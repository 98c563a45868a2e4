import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built atlas (`dist/`, made by `npm run build`) for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: the browser tests run against the built atlas (npm run build).',
    );
  }
  const server = await startStaticServer('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
