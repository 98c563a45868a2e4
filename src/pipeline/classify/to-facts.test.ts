import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences';
import { extractProjects } from '../extract/extract-projects';
import { identityMap } from '../normalize/offset-map';
import { projectToFact, unwrapped } from './to-facts';

/** The sectors of each project found in `text`, by name. */
function sectors(text: string): [string, string[]][] {
  const sentences = splitSentences(text);
  const context = { doc: 'x', map: identityMap(text.length), glossary: { terms: [] } };
  return extractProjects(sentences, { documentYear: 2020 }).map((p) => {
    const fact = projectToFact(p, { place: null, via: 'none' }, context);
    return [fact.name_zh, fact.sectors];
  });
}

describe('projectToFact: sectors', () => {
  it('gives works told beside a road the road’s sector, not that of a place the road passes', () => {
    expect(sectors('甲乙至上地软件园自行车专用路将启动东拓、南展工程。')).toContainEqual([
      '南展工程',
      ['infrastructure-urban'],
    ]);
  });

  it('gives other unnamed works the sectors of the words around them', () => {
    expect(sectors('上地软件园将启动南展工程。')).toContainEqual(['南展工程', ['digital']]);
  });
});

describe('unwrapped', () => {
  it('quotes a sentence wrapped over short lines on one line, Chinese with no space where it broke', () => {
    expect(unwrapped('向两侧延伸,东西长3.8公里、\n南北长2.5公里,')).toBe(
      '向两侧延伸,东西长3.8公里、南北长2.5公里,',
    );
    expect(unwrapped('the HEPS\nbeamline')).toBe('the HEPS beamline');
  });
});
