import { describe, expect, it } from 'vitest';
import { classifySectors } from './classify-sectors';

describe('classifySectors', () => {
  it('reads the sectors a label or name speaks of', () => {
    expect(classifySectors('规上先进能源企业')).toEqual(['energy']);
    expect(classifySectors('国家电网全球能源互联网研究院')).toEqual([
      'energy',
      'digital',
      'research-education',
    ]);
  });

  it('reads a wind tunnel and a test platform as research, whatever speed they reach', () => {
    expect(classifySectors('甲-22超高速风洞')).toEqual(['research-education']);
    expect(classifySectors('高速列车模型试验平台')).toEqual(['research-education']);
    expect(classifySectors('甲乙高速')).toEqual(['infrastructure-urban']);
  });

  it('reads a road or bridge named after what it passes as a road alone', () => {
    expect(classifySectors('北京昌平回龙观至海淀上地软件园自行车专用路')).toEqual([
      'infrastructure-urban',
    ]);
    expect(classifySectors('生命园三期A地块区域市政道路')).toEqual(['infrastructure-urban']);
    expect(classifySectors('甲乙路北延工程')).toEqual(['infrastructure-urban']);
    // a power line, a park's boardwalk and a software park are no roads
    expect(classifySectors('新建输电线路')).toContain('energy');
    expect(classifySectors('甲村景观栈桥')).not.toContain('infrastructure-urban');
    expect(classifySectors('上地软件园')).toEqual(['digital']);
    expect(classifySectors('回龙观人民法院')).toEqual(['public-services']);
    expect(classifySectors('甲中心宿舍楼')).toEqual(['public-services']);
  });

  it('puts first the sector of a facility whose research word only says whom it serves', () => {
    expect(classifySectors('天通中苑人才公租房')[0]).toBe('public-services');
    expect(classifySectors('清华大学附属小学二期工程')[0]).toBe('public-services');
    // a research institute keeps research, and a lab of an energy firm its energy
    expect(classifySectors('北京脑科学与类脑研究中心')[0]).toBe('life-sciences');
    expect(classifySectors('国家能源集团北京低碳清洁能源研究院')[0]).toBe('energy');
  });
});
