import { describe, expect, it } from 'vitest';
import { MESSAGES, tf } from './messages';

describe('MESSAGES', () => {
  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
    const mismatched = Object.entries(MESSAGES)
      .filter(([, text]) => placeholders(text.zh) !== placeholders(text.en))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});

describe('tf', () => {
  it('fills every placeholder, as plain text', () => {
    expect(tf('en', 'childCounts', { figures: 3, projects: 0 })).toBe('3 figures · 0 projects');
    expect(tf('zh', 'showAll', { n: '<b>' })).toBe('显示全部（<b>）');
  });
});
