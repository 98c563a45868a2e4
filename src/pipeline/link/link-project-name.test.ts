import { describe, expect, it } from 'vitest';
import { linkProjectName } from './link-project-name';

describe('linkProjectName', () => {
  it.each([
    ['天通苑文化艺术中心', 'huitian'],
    ['积水潭医院回龙观院区二期扩建', 'huitian'],
    ['北京脑科学与类脑研究中心二期', 'life-valley'],
    ['昌平实验室', 'life-valley'],
    ['中关村生命园三期', 'life-valley'],
    ['北师大附属高教园高中', 'shahe-university-park'],
    ['国家电网全球能源互联网研究院', 'energy-valley'],
    ['国家能源集团北京低碳清洁能源研究院', 'energy-valley'],
    ['高能同步辐射光源', 'huairou-science-city'],
    ['综合极端条件实验装置', 'huairou-science-city'],
    ['中国科学院大学雁栖湖校区', 'huairou-science-city'],
    ['北京邮电大学新校区', 'shahe-university-park'],
    ['外交学院新校址', 'shahe-university-park'],
  ])('places %s by its name in %s', (name, place) => {
    const district = place === 'huairou-science-city' ? 'district:huairou' : 'district:changping';
    expect(linkProjectName(name, { district })).toEqual({ place, via: 'name' });
  });

  it('places sites the gazetteer knows by their source, but not the numbers near them', () => {
    expect(linkProjectName('小米未来产业园', { district: 'district:changping' })?.place).toBe(
      'future-science-city',
    );
    expect(linkProjectName('沙河湿地公园', { district: 'district:changping' })?.place).toBe(
      'future-science-city',
    );
    expect(linkProjectName('温榆河公园昌平二期', { district: 'district:changping' })?.place).toBe(
      'future-science-city',
    );
    expect(linkProjectName('小米未来产业园', { district: 'district:huairou' })).toBeNull();
  });

  it("places a project named after a place outside every zone in that place's district", () => {
    expect(linkProjectName('清华南口国重基地项目', { district: 'district:changping' })).toEqual({
      place: 'district:changping',
      via: 'name-outside',
    });
    expect(linkProjectName('雁栖湖国际会都', { district: 'district:huairou' })?.place).toBe(
      'district:huairou',
    );
    expect(
      linkProjectName('中关村科学城核心区', { district: 'district:changping' })?.place,
    ).toBeNull();
  });

  it('leaves names without a known place to the sentence', () => {
    expect(linkProjectName('阿苏卫循环经济产业园', { district: 'district:changping' })).toBeNull();
    expect(linkProjectName('温榆河公园朝阳段', { district: 'district:changping' })).toBeNull();
  });

  it("places a name that opens with the district's full name in the district", () => {
    const district = 'district:changping';
    expect(linkProjectName('昌平区甲乙绿道', { district })).toEqual({
      place: 'district:changping',
      via: 'name-district',
    });
    expect(linkProjectName('昌平区回龙观甲中心', { district })?.place).toBe('huitian');
    expect(linkProjectName('甲公园昌平段', { district })).toBeNull();
  });

  it('places a facility named after a city outside Beijing nowhere, and a firm named after its home by its sentence', () => {
    expect(linkProjectName('厦门长庚医院', { district: 'district:changping' })).toEqual({
      place: null,
      via: 'name-elsewhere',
    });
    expect(linkProjectName('上海复星', { district: 'district:changping' })).toBeNull();
    for (const town of ['河北廊坊东方大学城', '深圳研究生院', '杭州下沙高教园区'])
      expect(linkProjectName(town, { district: 'district:changping' })?.place).toBeNull();
  });

  it('places what lies next to the science city under its name in the district (source 170), and the CAS park by its short name in it', () => {
    const district = 'district:huairou';
    expect(linkProjectName('怀柔科学城产业转化示范区B栋', { district })?.place).toBe(district);
    expect(linkProjectName('中科院怀柔科教产业园', { district })?.place).toBe(
      'huairou-science-city',
    );
  });

  it('places a campus named after another district nowhere, and the university campus of the engineering base in the science city (source 379)', () => {
    const district = 'district:changping';
    expect(linkProjectName('中央民族大学丰台校区', { district })).toEqual({
      place: null,
      via: 'name-elsewhere',
    });
    expect(linkProjectName('北京师范大学昌平校区', { district })?.place).toBe(
      'shahe-university-park',
    );
    expect(linkProjectName('北京师范大学昌平校园', { district })?.place).toBe(
      'shahe-university-park',
    );
    expect(linkProjectName('北京信息科技大学新校区', { district })?.place).toBe(
      'future-science-city',
    );
  });
});
