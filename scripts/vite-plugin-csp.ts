import type { Plugin } from 'vite';
import { ONLINE_TILE_HOST } from '../src/map/online-basemap';

/**
 * The Content-Security-Policy of the built atlas: its own origin only, plus what MapLibre needs
 * (its worker, blob: and data: images) and the one third-party host of the opt-in online
 * basemap. No inline script, no eval, no plugins, no framing of forms.
 *
 * Framing: any site may put the atlas in an iframe (`embed=1` is made for articles), so the
 * policy names no `frame-ancestors` — a `<meta>` policy could not carry it anyway, browsers
 * ignore it there — and a host serving the atlas must not add `X-Frame-Options` or a narrower
 * `frame-ancestors` header. Being framed by anyone is safe here: the atlas has no accounts,
 * sessions, forms or anything else a framing page could trick a reader into doing; every
 * action only changes what the reader sees, and the link out opens the atlas in a tab of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self'",
  `img-src 'self' data: blob: https://${ONLINE_TILE_HOST}`,
  `connect-src 'self' https://${ONLINE_TILE_HOST}`,
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built page as a `<meta http-equiv>` (development keeps Vite's inline client). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
