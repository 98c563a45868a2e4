import { describe, expect, it } from 'vitest';
import { districtName, placeName } from './place-name';
import { zoneProperties } from './test/zones';

describe('placeName', () => {
  const zones = [zoneProperties('energy-valley', '能源谷', 'Energy Valley')];

  it('names zones from their features', () => {
    expect(placeName('energy-valley', zones, 'zh')).toBe('能源谷');
    expect(placeName('energy-valley', zones, 'en')).toBe('Energy Valley');
  });

  it('names districts and leaves placeless facts unnamed', () => {
    expect(placeName('district:huairou', zones, 'zh')).toBe('怀柔区');
    expect(districtName('district:changping', 'en')).toBe('Changping');
    expect(placeName(null, zones, 'en')).toBe('');
  });

  it('falls back to the id of a zone missing from the features', () => {
    expect(placeName('huitian', zones, 'en')).toBe('huitian');
  });
});
