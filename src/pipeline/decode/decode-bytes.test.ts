import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8('生命谷'))).toEqual({ ok: true, text: '生命谷', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('生命谷')]))).toEqual({
      ok: true,
      text: '生命谷',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x1f, 0x75, 0x7d, 0x54]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: '生命', encoding: 'utf-16le' });
    const be = Uint8Array.from([0xfe, 0xff, 0x75, 0x1f, 0x54, 0x7d]);
    expect(decodeBytes(be)).toEqual({ ok: true, text: '生命', encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    expect(decodeBytes(Uint8Array.from([0xc9, 0xfa, 0xc3, 0xfc, 0xb9, 0xc8]))).toEqual({
      ok: true,
      text: '生命谷',
      encoding: 'gb18030',
    });
  });

  it('fails empty and binary input with a clear error instead of throwing', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, error: 'empty file' });
    const binary = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256);
    const result = decodeBytes(binary);
    expect(result.ok).toBe(false);
    expect(decodeBytes(utf8('   \n '))).toEqual({ ok: false, error: 'document contains no text' });
  });
});
