import { describe, expect, it } from 'vitest';
import { pickZone } from './pick-zone';

const fsc = { properties: { id: 'future-science-city', parent: null } };
const life = { properties: { id: 'life-valley', parent: 'future-science-city' } };
const huitian = { properties: { id: 'huitian', parent: null } };

describe('pickZone', () => {
  it('prefers the child over its parent, whatever the order', () => {
    expect(pickZone([fsc, life])).toBe('life-valley');
    expect(pickZone([life, fsc])).toBe('life-valley');
  });
  it('selects the parent where no child is under the pointer', () => {
    expect(pickZone([fsc])).toBe('future-science-city');
  });
  it('where two unrelated zones meet, takes the first one drawn on top', () => {
    expect(pickZone([huitian, fsc])).toBe('huitian');
  });
  it('ignores features that are not zones', () => {
    expect(pickZone([{ properties: { id: 'basemap-road' } }, { properties: null }])).toBeNull();
  });
});
