let table: Map<string, number> | null = null;

/**
 * The two GBK bytes of each character GBK can encode, as `(lead << 8) | trail`. Built once from the
 * platform's GB18030 decoder, so no code table ships with the project.
 *
 * @example
 * gbkCode('安') // 0xb0b2
 */
export function gbkCode(char: string): number | undefined {
  if (table === null) table = buildTable();
  return table.get(char);
}

function buildTable(): Map<string, number> {
  const codes: number[] = [];
  const bytes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      codes.push((lead << 8) | trail);
      bytes.push(lead, trail);
    }
  }
  const chars = [...new TextDecoder('gb18030').decode(Uint8Array.from(bytes))];
  const map = new Map<string, number>();
  if (chars.length !== codes.length) return map;
  chars.forEach((char, i) => {
    if (!map.has(char)) map.set(char, codes[i]!);
  });
  return map;
}

/**
 * True for the 3,755 most common characters (GB2312 level 1) and GB2312 punctuation.
 *
 * @example
 * isCommonGbCode(0xb0b2) // true (安)
 */
export function isCommonGbCode(code: number): boolean {
  const lead = code >> 8;
  const trail = code & 0xff;
  if (trail < 0xa1 || trail > 0xfe) return false;
  return (lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa3);
}
