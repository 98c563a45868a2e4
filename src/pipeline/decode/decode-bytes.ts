/** The outcome of decoding a document's bytes. */
export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; error: string };

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x09 || (code > 0x0d && code < 0x20)) controls++;
  }
  return controls > Math.max(2, text.length * 0.01);
}

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK. Empty or binary input is a
 * failure with a readable error, never an exception.
 *
 * @example
 * decodeBytes(new TextEncoder().encode('生命谷')) // { ok: true, text: '生命谷', encoding: 'utf-8' }
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  let result: DecodeResult | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict(bytes, 'utf-16le');
    if (text !== null) result = { ok: true, text, encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict(bytes, 'utf-16be');
    if (text !== null) result = { ok: true, text, encoding: 'utf-16be' };
  } else {
    const utf8 = decodeStrict(bytes, 'utf-8');
    if (utf8 !== null) result = { ok: true, text: utf8, encoding: 'utf-8' };
    else if (!bytes.includes(0)) {
      const gb = decodeStrict(bytes, 'gb18030');
      if (gb !== null) result = { ok: true, text: gb, encoding: 'gb18030' };
    }
  }
  if (result === null)
    return { ok: false, error: 'not decodable as UTF-8, UTF-16 (with BOM) or GB18030' };
  if (!result.ok) return result;
  if (looksBinary(result.text))
    return { ok: false, error: 'binary content (control characters), not a text document' };
  if (result.text.trim() === '') return { ok: false, error: 'document contains no text' };
  return result;
}
