import { describe, expect, it } from 'vitest';
import type { ZoneProperties } from '../model/zone-feature';
import type { ZoneId } from '../model/zones';
import { zoneTree } from './zone-order';

const zone = (id: ZoneId, parent: ZoneId | null) => ({ id, parent }) as ZoneProperties;

describe('zoneTree', () => {
  it('nests children under their parent in reading order, whatever the file order', () => {
    const tree = zoneTree([
      zone('shahe-university-park', 'future-science-city'),
      zone('huitian', null),
      zone('energy-valley', 'future-science-city'),
      zone('future-science-city', null),
      zone('life-valley', 'future-science-city'),
    ]);
    expect(tree.map((item) => [item.zone.id, item.children.map((c) => c.id)])).toEqual([
      ['future-science-city', ['life-valley', 'energy-valley', 'shahe-university-park']],
      ['huitian', []],
    ]);
  });
});
