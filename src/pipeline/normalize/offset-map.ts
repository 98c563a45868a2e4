/**
 * For each character of a derived text, the [start, end) range of the original text it came from.
 * Composing the maps of successive stages keeps every span pointing into the original document.
 */
export interface OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
}

/** One replacement of `[start, end)` of a text by `replacement` (possibly empty). */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The map of a text onto itself.
 *
 * @example
 * identityMap(2) // starts [0, 1], ends [1, 2]
 */
export function identityMap(length: number): OffsetMap {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { starts, ends };
}

/**
 * Applies sorted, non-overlapping edits and returns the new text with a map back to the input.
 * Inserted characters map to the whole range they replaced.
 *
 * @example
 * applyEdits('东谈主才', [{ start: 0, end: 3, replacement: '人' }]).text // '人才'
 */
export function applyEdits(
  text: string,
  edits: readonly TextEdit[],
): { text: string; map: OffsetMap } {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  const keep = (from: number, to: number): void => {
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  for (const edit of edits) {
    if (edit.start < cursor) throw new Error(`overlapping edit at ${edit.start}`);
    keep(cursor, edit.start);
    parts.push(edit.replacement);
    for (let i = 0; i < edit.replacement.length; i++) {
      starts.push(edit.start);
      ends.push(edit.end);
    }
    cursor = edit.end;
  }
  keep(cursor, text.length);
  return {
    text: parts.join(''),
    map: { starts: Int32Array.from(starts), ends: Int32Array.from(ends) },
  };
}

/**
 * Composes `inner` (stage input → original) with `outer` (stage output → stage input).
 *
 * @example
 * composeMaps(identityMap(3), identityMap(3)).starts // [0, 1, 2]
 */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  const n = outer.starts.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = inner.starts[outer.starts[i]!]!;
    ends[i] = inner.ends[outer.ends[i]! - 1]!;
  }
  return { starts, ends };
}

/**
 * Maps `[start, end)` of a derived text to the original text.
 *
 * @example
 * mapSpan(identityMap(4), [1, 3]) // [1, 3]
 */
export function mapSpan(map: OffsetMap, span: readonly [number, number]): [number, number] {
  const [start, end] = span;
  if (end <= start) {
    const at =
      start < map.starts.length ? map.starts[start]! : (map.ends[map.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [map.starts[start]!, map.ends[end - 1]!];
}
