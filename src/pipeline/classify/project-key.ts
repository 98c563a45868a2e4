import { GAZETTEER } from '../link/gazetteer';
import { normalizeName } from './normalize-name';
import { stableId } from './stable-id';

/** Names of places that go by several names, longest first, with the canonical one. */
const SYNONYMS = GAZETTEER.filter((e) => e.place !== null && e.name !== e.canonical).map((e) => ({
  name: normalizeName(e.name),
  canonical: normalizeName(e.canonical),
}));

/**
 * The name a project is known by across documents: {@link normalizeName}, a place that goes by
 * several names written with its canonical one (中关村生命园三期 → 生命谷三期, 全球能源互联网研究院 →
 * 国家电网全球能源互联网研究院), without the city prefix (北京) and without a trailing 项目 after a
 * facility's name (清华南口国重基地项目 → 清华南口国重基地).
 *
 * @example
 * canonicalProjectName('中关村生命园三期') // '生命谷三期'
 * canonicalProjectName('生命谷三期') // '生命谷三期'
 */
export function canonicalProjectName(name: string): string {
  let n = normalizeName(name);
  const synonym = SYNONYMS.find((s) => n.startsWith(s.name));
  if (synonym) n = synonym.canonical + n.slice(synonym.name.length);
  n = n.replace(/^北京市?(?=.{4})/, '');
  return n.replace(/(?<=.{3})项目$/, '');
}

/**
 * A short stable key shared by every mention of the same project, in any document: the hash of
 * {@link canonicalProjectName}. The explorer shows one project card per key.
 *
 * @example
 * projectKey('中关村生命园三期') === projectKey('生命谷三期') // true
 */
export function projectKey(name: string): string {
  return stableId(canonicalProjectName(name));
}
