import { describe, expect, it } from 'vitest';
import { documentEntry } from '../explorer/test/facts';
import { formatSource } from './format-source';

const daily = documentEntry({
  id: '000',
  publisher: '北京日报',
  title: '为书写中国式现代化北京篇章作出昌平贡献',
  date: '2023-07',
});

describe('formatSource', () => {
  it('names publisher, title and date in the sheet language', () => {
    expect(formatSource(daily, '000', 'zh')).toBe(
      '北京日报：《为书写中国式现代化北京篇章作出昌平贡献》，2023-07',
    );
    expect(formatSource(daily, '000', 'en')).toBe(
      '北京日报, “为书写中国式现代化北京篇章作出昌平贡献”, 2023-07',
    );
  });

  it('leaves out what the manifest does not give, and falls back to the id', () => {
    const undated = documentEntry({
      id: '002',
      publisher: '北京市昌平区人民政府',
      title: '工作报告',
    });
    expect(formatSource(undated, '002', 'zh')).toBe('北京市昌平区人民政府：《工作报告》');
    expect(formatSource(documentEntry({ id: '009', title: '报告' }), '009', 'zh')).toBe('《报告》');
    expect(formatSource(undefined, '007', 'en')).toBe('Document 007');
  });
});
