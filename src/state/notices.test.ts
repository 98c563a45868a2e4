import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';
import type { UrlNotice } from './url-codec';

describe('Notices', () => {
  it('shows what the URL ignored, then what the app raises', () => {
    const notices = new Notices(() => [{ code: 'unknown-sector', value: 'bogus' }]);
    notices.raise('online-failed');
    expect(notices.text('en')).toEqual([
      'The link names an unknown sector, ignored: bogus',
      'The online basemap could not be reached; showing the embedded basemap.',
    ]);
  });

  it('follows the URL: notices go when the address no longer has them', () => {
    let fromUrl: UrlNotice[] = [{ code: 'bad-lang', value: 'fr' }];
    const notices = new Notices(() => fromUrl);
    expect(notices.current).toHaveLength(1);
    fromUrl = [];
    expect(notices.current).toEqual([]);
  });

  it('hides what was dismissed, and shows a problem raised again after it', () => {
    const notices = new Notices(() => [{ code: 'unknown-zone', value: 'mars' }]);
    notices.raise('part-failed');
    notices.dismiss();
    expect(notices.current).toEqual([]);
    notices.set('part-failed', false);
    notices.set('part-failed', true);
    expect(notices.current).toEqual([{ code: 'part-failed' }]);
  });

  it('clears a problem once it is solved, and raises each one once', () => {
    const notices = new Notices(() => []);
    notices.raise('part-failed');
    notices.raise('part-failed');
    expect(notices.current).toEqual([{ code: 'part-failed' }]);
    notices.clear('part-failed');
    expect(notices.current).toEqual([]);
  });
});
