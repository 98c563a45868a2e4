import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/dataset';
import { DatasetState } from './dataset-state.svelte';

const DATA: Dataset = { documents: [], facts: [] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DatasetState', () => {
  it('loads once however often it is asked, and warms up in idle time after', async () => {
    const load = vi.fn(() => Promise.resolve(DATA));
    const idle: (() => void)[] = [];
    const warm = vi.fn();
    const data = new DatasetState({ load, warm, idle: (task) => idle.push(task) });
    expect(data.loading).toBe(false);
    data.request();
    data.request();
    expect(data.loading).toBe(true);
    await settle();
    expect(load).toHaveBeenCalledOnce();
    expect(data.current).toBe(DATA);
    expect(data.loading).toBe(false);
    expect(warm).not.toHaveBeenCalled();
    idle.forEach((task) => task());
    expect(warm).toHaveBeenCalledWith(DATA);
  });

  it('keeps the message of a failed load until a retry succeeds', async () => {
    const load = vi
      .fn<() => Promise<Dataset>>()
      .mockRejectedValueOnce(new Error('The dataset is not valid JSON.'))
      .mockResolvedValueOnce(DATA);
    const data = new DatasetState({ load, idle: () => {} });
    data.request();
    await settle();
    expect(data.error).toBe('The dataset is not valid JSON.');
    expect(data.loading).toBe(false);
    data.request();
    await settle();
    expect(load).toHaveBeenCalledOnce();
    data.retry();
    expect(data.error).toBeNull();
    expect(data.loading).toBe(true);
    await settle();
    expect(data.current).toBe(DATA);
    expect(data.error).toBeNull();
  });
});
