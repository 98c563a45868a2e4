import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { LazyPart, failedScriptUrl } from './lazy-part.svelte';

const Part = (() => ({})) as unknown as Component<never>;

describe('LazyPart', () => {
  it('fetches once however often it is asked, then holds the component', async () => {
    const fetch = vi.fn(() => Promise.resolve({ default: Part }));
    const part = new LazyPart(fetch);
    expect(part.current).toBeNull();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(Part);
    expect(b).toBe(Part);
    expect(part.current).toBe(Part);
    await part.load();
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('keeps the error of a failed fetch and tries again on the next load', async () => {
    const fetch = vi
      .fn<() => Promise<{ default: Component<never> }>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: Part });
    const part = new LazyPart(fetch);
    expect(await part.load()).toBeNull();
    expect(part.error).toContain('Failed to fetch');
    expect(part.current).toBeNull();
    expect(await part.load()).toBe(Part);
    expect(part.error).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('LazyPart in a browser that keeps a failed import', () => {
  const chunk = 'http://localhost/assets/SourceViewer-abc.js';
  const failed = (url: string) => new Error(`Failed to fetch dynamically imported module: ${url}`);

  it('asks again for the script the error names, under a fresh query each time', async () => {
    const fetch = vi
      .fn<() => Promise<{ default: Component<never> }>>()
      .mockRejectedValue(failed(chunk));
    const importAgain = vi
      .fn<(url: string) => Promise<{ default: Component<never> }>>()
      .mockRejectedValueOnce(failed(`${chunk}?retry=1`))
      .mockResolvedValueOnce({ default: Part });
    const part = new LazyPart(fetch, importAgain);
    expect(await part.load()).toBeNull();
    expect(part.error).toContain('retry=1');
    expect(await part.load()).toBe(Part);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(importAgain.mock.calls.map(([url]) => url)).toEqual([
      `${chunk}?retry=1`,
      `${chunk}?retry=2`,
    ]);
  });

  it('does not import a stylesheet the error names', async () => {
    const fetch = vi
      .fn<() => Promise<{ default: Component<never> }>>()
      .mockRejectedValueOnce(new Error('Unable to preload CSS for http://localhost/assets/A-1.css'))
      .mockResolvedValueOnce({ default: Part });
    const importAgain = vi.fn<(url: string) => Promise<{ default: Component<never> }>>();
    const part = new LazyPart(fetch, importAgain);
    expect(await part.load()).toBeNull();
    expect(await part.load()).toBe(Part);
    expect(importAgain).not.toHaveBeenCalled();
  });
});

describe('failedScriptUrl', () => {
  it('reads a script address from the message, or gives null for none or a stylesheet', () => {
    expect(
      failedScriptUrl(
        new TypeError('error loading dynamically imported module: https://a.example/x-1.js'),
      ),
    ).toBe('https://a.example/x-1.js');
    expect(failedScriptUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(
      failedScriptUrl(new Error('Unable to preload CSS for https://a.example/x.css')),
    ).toBeNull();
  });
});
