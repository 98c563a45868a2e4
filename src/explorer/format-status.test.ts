import { describe, expect, it } from 'vitest';
import { formatFigureStatus, formatStatus } from './format-status';

describe('formatStatus', () => {
  it('names project statuses in both languages', () => {
    expect(formatStatus('under-construction', 'zh')).toBe('在建');
    expect(formatStatus('under-construction', 'en')).toBe('Under construction');
    expect(formatStatus('in-use', 'en')).toBe('In use');
    expect(formatStatus('signed', 'zh')).toBe('已签约');
    expect(formatStatus('unknown', 'en')).toBe('Status not stated');
  });

  it('names figure statuses in both languages', () => {
    expect(formatStatus('actual', 'zh')).toBe('实际');
    expect(formatStatus('target', 'en')).toBe('Target');
  });
});

describe('formatFigureStatus', () => {
  it('puts the year into a target badge', () => {
    expect(formatFigureStatus({ status: 'target', year: 2025 }, 'en')).toBe('Target 2025');
    expect(formatFigureStatus({ status: 'target', year: 2025 }, 'zh')).toBe('2025年目标');
  });

  it('shows the reported year of an actual figure', () => {
    expect(formatFigureStatus({ status: 'actual', year: 2022 }, 'en')).toBe('2022');
    expect(formatFigureStatus({ status: 'actual', year: 2022 }, 'zh')).toBe('2022年');
  });

  it('falls back to the plain status when no year is known', () => {
    expect(formatFigureStatus({ status: 'target', year: null }, 'zh')).toBe('目标');
    expect(formatFigureStatus({ status: 'actual', year: null }, 'en')).toBe('Actual');
  });
});
