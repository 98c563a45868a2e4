import { describe, expect, it } from 'vitest';
import { innermostZone } from './zones';

describe('innermostZone', () => {
  it('gives the zone that lies inside every other, and none for zones side by side', () => {
    expect(innermostZone(['future-science-city', 'life-valley'])).toBe('life-valley');
    expect(innermostZone(['life-valley', 'life-valley'])).toBe('life-valley');
    expect(innermostZone(['huitian'])).toBe('huitian');
    expect(innermostZone(['life-valley', 'energy-valley'])).toBeNull();
    expect(innermostZone(['huitian', 'future-science-city'])).toBeNull();
    expect(innermostZone([])).toBeNull();
  });
});
