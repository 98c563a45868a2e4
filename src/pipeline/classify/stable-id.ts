/**
 * A short, stable hash (FNV-1a, 32 bit, base 36) of a string: fact ids derive from content, not from
 * the order facts were found in.
 *
 * @example
 * stableId('000|figure|213') // a 6–7 character base-36 string, the same on every run
 */
export function stableId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
