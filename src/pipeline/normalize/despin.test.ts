import { describe, expect, it } from 'vitest';
import { despin } from './despin';

describe('despin', () => {
  it('puts back only the words of the spinner whose signatures the text shows', () => {
    const homophone = '人命谷竖立技俩,往常米,东谈主才开展工作。';
    expect(despin(homophone).text).toBe('生命谷建设项目,平方米,人才开展工作。');
    const synonym = '推动高质量开展,全龄友爱,归纳体育馆估计明年敞开试运行,开展工作。';
    expect(despin(synonym).text).toBe(
      '推动高质量发展,全龄友好,综合体育馆预计明年开放试运行,发展工作。',
    );
    expect(despin('开展工作,估计明年完结。').text).toBe('开展工作,估计明年完结。');
  });
});
