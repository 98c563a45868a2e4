import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

/** One part of the entry bundle: a package from node_modules, a src/ folder, or a data file. */
export interface BundlePart {
  name: string;
  rawBytes: number;
  /** The part's code compressed on its own: a close upper bound of what it adds to the download. */
  gzipBytes: number;
  modules: number;
}

export interface BundleComposition {
  /** Chunks loaded by the page's entry (statically); `lazy` are loaded on demand. */
  entry: { file: string; rawBytes: number; gzipBytes: number }[];
  lazy: { file: string; rawBytes: number; gzipBytes: number }[];
  assets: { file: string; rawBytes: number; gzipBytes: number }[];
  parts: BundlePart[];
  /** The largest of our own modules (outside node_modules) in the entry chunks. */
  ownModules: BundlePart[];
}

/** Groups a module id: `node_modules/<package>`, `src/<folder>`, or the file under the project. */
export function partOf(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0]!;
  const inModules = clean.split(`node_modules${sep}`).pop()!;
  if (inModules !== clean) {
    const [scope, name] = inModules.split(sep);
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const local = relative(root, clean).split(sep);
  if (local[0] === 'src' && local.length > 2) return `src/${local[1]}/`;
  if (local[0]?.startsWith('..') || clean.startsWith('vite/')) return '(vite runtime)';
  return local.join('/');
}

const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

/**
 * Bundles the app in memory with its own Vite config (nothing is written) and reports what
 * each package and folder contributes to the code the first screen loads.
 */
export async function measureBundleComposition(root: string): Promise<BundleComposition> {
  const result = await build({ root, logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((o) => o.output);
  const chunks = files.filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));

  const entryFiles = new Set<string>();
  const visit = (name: string) => {
    if (entryFiles.has(name)) return;
    entryFiles.add(name);
    for (const next of byName.get(name)?.imports ?? []) visit(next);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);

  const groups = new Map<string, { raw: number; code: string[]; modules: number }>();
  const own: BundlePart[] = [];
  for (const chunk of chunks.filter((c) => entryFiles.has(c.fileName))) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (module.renderedLength === 0) continue;
      const name = partOf(id, root);
      if (!id.includes('node_modules') && !id.startsWith('\0')) {
        own.push({
          name: relative(root, id.split('?')[0]!).split(sep).join('/'),
          rawBytes: module.renderedLength,
          gzipBytes: gzip(module.code ?? ''),
          modules: 1,
        });
      }
      const group = groups.get(name) ?? { raw: 0, code: [], modules: 0 };
      group.raw += module.renderedLength;
      group.code.push(module.code ?? '');
      group.modules += 1;
      groups.set(name, group);
    }
  }
  const describe = (file: string, body: string | Uint8Array) => ({
    file,
    rawBytes: typeof body === 'string' ? Buffer.byteLength(body) : body.length,
    gzipBytes: gzip(body),
  });
  return {
    entry: chunks
      .filter((c) => entryFiles.has(c.fileName))
      .map((c) => describe(c.fileName, c.code)),
    lazy: chunks
      .filter((c) => !entryFiles.has(c.fileName))
      .map((c) => describe(c.fileName, c.code)),
    assets: files
      .filter((f): f is Rollup.OutputAsset => f.type === 'asset')
      .map((a) => describe(a.fileName, a.source)),
    parts: [...groups]
      .map(([name, g]) => ({
        name,
        rawBytes: g.raw,
        gzipBytes: gzip(g.code.join('\n')),
        modules: g.modules,
      }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes),
    ownModules: own.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 10),
  };
}
