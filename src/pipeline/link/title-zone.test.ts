import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences';
import { narrowedByLead, titleZone } from './title-zone';

describe('titleZone', () => {
  it('reads the zone a title names alone, with or without its district in front', () => {
    expect(titleZone('怀柔科学城新开工一批项目', { district: 'district:huairou' })).toBe(
      'huairou-science-city',
    );
    expect(titleZone('昌平生命谷新园区交付', { district: 'district:changping' })).toBe(
      'life-valley',
    );
  });

  it('reads a district the title gives as where the story stands (坐标怀柔,一座科学城…) as an address', () => {
    const options = { district: 'district:huairou' } as const;
    expect(titleZone('坐标怀柔,一座科学城正在生长', options)).toBe('huairou-science-city');
    expect(titleZone('怀柔区推进科学城建设', options)).toBeNull();
  });

  it('reads a historical name by the date of the document', () => {
    const options = { district: 'district:changping' } as const;
    expect(titleZone('北京未来科技城全面开工', { ...options, year: 2012 })).toBe('energy-valley');
    expect(titleZone('北京未来科技城全面开工', { ...options, year: 2020 })).toBe(
      'future-science-city',
    );
  });

  it('gives no zone for a title about a district, two zones or a place outside them', () => {
    expect(titleZone('昌平打造科创生态双引擎', { district: 'district:changping' })).toBeNull();
    expect(titleZone('生命谷和能源谷各有新进展', { district: 'district:changping' })).toBeNull();
    expect(
      titleZone('未来科学城(生命谷)产业集聚区建设提速', { district: 'district:changping' }),
    ).toBe('life-valley');
    expect(titleZone('南口镇和未来科学城签约', { district: 'district:changping' })).toBeNull();
  });

  it('narrows the title’s zone to the part the lead’s first clause names alone', () => {
    const options = { district: 'district:changping' } as const;
    const story = (lead: string) => splitSentences(`甲城两所新学校明年落成\n${lead}`);
    expect(
      narrowedByLead('future-science-city', story('未来科学城东区明年将再添两所新学校。'), options),
    ).toBe('energy-valley');
    expect(
      narrowedByLead(
        'future-science-city',
        story('未来科学城面积将扩大,生命谷新增企业。'),
        options,
      ),
    ).toBe('future-science-city');
    expect(narrowedByLead('huitian', story('未来科学城东区明年将再添学校。'), options)).toBe(
      'huitian',
    );
  });
});
