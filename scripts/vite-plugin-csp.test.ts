import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './vite-plugin-csp';

const directives = Object.fromEntries(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only its own origin, what MapLibre needs and the opt-in tile host', () => {
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'child-src': ["'self'", 'blob:'],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'],
      'connect-src': ["'self'", 'https://tile.openstreetmap.org'],
      'font-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'none'"],
    });
  });

  it('leaves framing open for embeds: no frame-ancestors, which a meta policy may not carry', () => {
    expect(directives).not.toHaveProperty('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*/);
  });
});
