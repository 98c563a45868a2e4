import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { LazyPart } from './lazy-part.svelte';

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
