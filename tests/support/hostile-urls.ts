/**
 * A deterministic list of hostile and random atlas URLs (path + search + hash): markup and
 * script in every parameter, prototype keys, repeated and conflicting keys, broken
 * percent-encoding, very long values, impossible map views, unknown ids, control characters.
 */
export function hostileUrls(count: number, seed = 20261122): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const pairs: string[] = [];
    const n = 1 + Math.floor(random() * 5);
    for (let j = 0; j < n; j++) {
      const key = pick(HOSTILE_KEYS);
      const value = pick(HOSTILE_VALUES);
      const encode = random() < 0.5;
      pairs.push(`${key}=${encode ? encodeURIComponent(value) : withoutSeparators(value)}`);
    }
    urls.push(`?${pairs.join('&')}${pick(HOSTILE_VIEWS)}`);
  }
  return urls;
}

/** A value as a link carries it unencoded: without the characters that would end it. */
export const withoutSeparators = (value: string) => value.replace(/[#&]/g, '');

/** The values put in the links' parameters. */
export const HOSTILE_VALUES: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<svg onload=window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%E0%A4%A',
  '%',
  '%%%',
  '%00',
  '\u202e\u0000\u0007evil',
  'x'.repeat(6000),
  '未来科学城',
  '',
  ' ',
  'huitian',
  'life-valley,energy',
  'energy,energy,energy',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'zh',
  'en',
  'fr',
  'ZH',
  '1',
  'energy-valley,life-valley',
  'huitian,huitian',
  'huitian,mars,life-valley,energy-valley,huairou-science-city',
];

/** The parameter names, known and not. */
export const HOSTILE_KEYS: readonly string[] = [
  'zone',
  'sectors',
  'lang',
  'q',
  'compare',
  'embed',
  '__proto__',
  'constructor',
  'zone[]',
  'unknown',
  'map',
  '',
];

/** The map views after '#'. */
export const HOSTILE_VIEWS: readonly string[] = [
  '#map=NaN/40/116',
  '#map=Infinity/40/116',
  '#map=11/91/116',
  '#map=11/40/190',
  '#map=-3/40/116',
  '#map=99/40/116',
  '#map=11/40',
  '#map=11/40/116/7',
  '#map=<script>/1/2',
  '#map=11/40.1/116.3',
  '#map=' + '9'.repeat(400),
  '#' + '%'.repeat(30),
  '#map=11/40.1/116.3&map=3/0/0',
  '',
];
