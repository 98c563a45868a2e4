import type { Lang } from '../i18n/lang';
import type { DocumentEntry } from '../model/dataset';

/**
 * A document as a note names it: publisher, title and date, in the sheet's language. A missing
 * field is left out rather than guessed; a document with none is named by its id.
 *
 * @example
 * formatSource({ publisher: '北京日报', title: '昌平贡献', date: '2023-07', … }, 'zh')
 * // → '北京日报：《昌平贡献》，2023-07'
 * formatSource({ publisher: '北京日报', title: '昌平贡献', date: '2023-07', … }, 'en')
 * // → '北京日报, “昌平贡献”, 2023-07'
 */
export function formatSource(doc: DocumentEntry | undefined, id: string, lang: Lang): string {
  const title = doc?.title ? (lang === 'zh' ? `《${doc.title}》` : `“${doc.title}”`) : null;
  const parts = [doc?.publisher, title, doc?.date].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return lang === 'zh' ? `文件 ${id}` : `Document ${id}`;
  if (lang === 'en') return parts.join(', ');
  const [first, ...rest] = parts;
  return doc?.publisher && rest.length > 0 ? `${first}：${rest.join('，')}` : parts.join('，');
}
