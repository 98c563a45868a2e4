import { describe, expect, it } from 'vitest';
import { parseAppUrl } from '../state/url-codec';
import { EMBED_SIZES, embedAddress, embedSnippet } from './embed-snippet';

/** Reads an iframe tag back the way a browser would: its attributes, unescaped. */
function readIframe(html: string): Record<string, string> {
  const tag = /^<iframe ([^>]*)><\/iframe>$/.exec(html);
  if (!tag) throw new Error(`not a single iframe: ${html}`);
  const attributes: Record<string, string> = {};
  for (const [, name, value] of tag[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)) {
    attributes[name!] = value!
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  }
  return attributes;
}

describe('embedAddress', () => {
  it('keeps the zone, sectors and language, adds embed=1, and drops the camera and search', () => {
    const src = embedAddress(
      'https://atlas.example/maps/?zone=huitian&sectors=energy,ecology&lang=en&q=HEPS#map=11/40.1/116.3',
    );
    expect(src).toBe(
      'https://atlas.example/maps/?zone=huitian&sectors=energy,ecology&lang=en&embed=1',
    );
    const url = new URL(src);
    expect(parseAppUrl(url.search, url.hash)).toEqual({
      state: {
        zone: 'huitian',
        compare: [],
        sectors: ['energy', 'ecology'],
        lang: 'en',
        q: '',
        view: null,
        basemap: null,
        embed: true,
      },
      notices: [],
    });
  });

  it('embeds an already embedded atlas once, and the whole atlas when no zone is chosen', () => {
    expect(embedAddress('https://atlas.example/?zone=life-valley&embed=1')).toBe(
      'https://atlas.example/?zone=life-valley&embed=1',
    );
    expect(embedAddress('https://atlas.example/')).toBe('https://atlas.example/?embed=1');
  });
});

describe('embedSnippet', () => {
  const src = 'https://atlas.example/?zone=huitian&sectors=energy&lang=en&embed=1';

  it('is one iframe whose address, read back, is the embed address', () => {
    const html = embedSnippet({
      src,
      title: 'Science City Atlas: Huitian Area',
      ...EMBED_SIZES.wide,
    });
    expect(html).toContain('&amp;sectors=energy&amp;lang=en&amp;embed=1');
    expect(readIframe(html)).toEqual({
      src,
      title: 'Science City Atlas: Huitian Area',
      width: '600',
      height: '400',
      loading: 'lazy',
    });
  });

  it('carries nothing a host page policy would refuse or that would stop the atlas loading', () => {
    const attributes = Object.keys(
      readIframe(embedSnippet({ src, title: 'x', ...EMBED_SIZES.narrow })),
    );
    expect(attributes).not.toContain('style');
    expect(attributes).not.toContain('sandbox');
    expect(attributes).not.toContain('srcdoc');
  });

  it('keeps markup in a title inside its attribute', () => {
    const title = '科学城图鉴："><script>alert(1)</script>';
    const html = embedSnippet({ src, title, width: 600.4, height: 399.6 });
    expect(html).not.toContain('<script>');
    expect(readIframe(html)).toMatchObject({ title, width: '600', height: '400' });
  });
});
