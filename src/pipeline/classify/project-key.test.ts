import { describe, expect, it } from 'vitest';
import { canonicalProjectName, projectKey } from './project-key';

describe('projectKey', () => {
  it.each([
    ['中关村生命园三期', '生命谷三期'],
    ['中关村生命科学园三期', '生命谷三期'],
    ['小米“灯塔工厂”', '小米灯塔工厂'],
    ['奥北森林公园（一期）', '奥北森林公园一期'],
    ['全球能源互联网研究院', '国家电网全球能源互联网研究院'],
    ['清华南口国重基地项目', '清华南口国重基地'],
    ['北京十一未来城学校', '十一未来城学校'],
  ])('gives %s the key of %s', (a, b) => {
    expect(canonicalProjectName(a)).toBe(canonicalProjectName(b));
    expect(projectKey(a)).toBe(projectKey(b));
  });

  it('keeps apart what only looks alike', () => {
    expect(projectKey('温榆河公园二期')).not.toBe(projectKey('温榆河公园三期'));
    expect(projectKey('天通苑文化艺术中心')).not.toBe(projectKey('回龙观文化艺术中心'));
    expect(canonicalProjectName('公租房项目')).toBe('公租房');
    expect(canonicalProjectName('北京市')).toBe('北京市');
    expect(canonicalProjectName('重点项目')).toBe('重点项目');
  });
});
