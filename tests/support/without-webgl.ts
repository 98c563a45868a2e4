import type { BrowserContext } from 'playwright-core';

/** Makes WebGL unavailable in a context before the atlas loads, as on a browser without it. */
export function withoutWebGL(context: BrowserContext): Promise<unknown> {
  return context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}
