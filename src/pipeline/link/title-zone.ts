import {
  ZONE_PARENT,
  innermostZone,
  isZoneId,
  type PlaceKey,
  type ZoneId,
} from '../../model/zones';
import type { Sentence } from '../types';
import { findMentions } from './find-mentions';
import type { LinkOptions } from './link-places';

/** Words that give a district as where the story stands (坐标怀柔,一座科学城…): an address, not a topic. */
const LOCATES = /(?:坐标|位于|地处|在)$/;

/**
 * The zone a document's title names alone (北京怀柔科学城22个重点项目集中启动建设, 五千科研人员年底入驻北京
 * 未来科技城): what the document is about, and where what it says lies unless a sentence names another
 * place. A zone named with the zone around it (未来科学城(生命谷)…) is the inner one. A title that names
 * no zone, two zones side by side or a place outside every zone gives none; a district
 * right before the zone (昌平生命谷…) is only its address.
 *
 * @example
 * titleZone('北京怀柔科学城22个重点项目集中启动建设', { district: 'district:huairou' }) // 'huairou-science-city'
 * titleZone('聚焦高精尖 昌平打造科创生态双引擎', { district: 'district:changping' }) // null
 */
export function titleZone(title: string, options: LinkOptions = {}): PlaceKey | null {
  const mentions = findMentions(title, options);
  const zones = mentions.filter((m) => m.place !== null && !m.place.startsWith('district:'));
  const address = (m: (typeof mentions)[number]) =>
    m.place?.startsWith('district:') === true &&
    (zones.some((z) => z.start === m.end) || LOCATES.test(title.slice(0, m.start))) &&
    /^(?:昌平|怀柔)区?$/.test(m.name);
  const others = mentions.filter((m) => !zones.includes(m) && !address(m));
  if (others.length > 0) return null;
  return innermostZone(zones.map((m) => m.place as ZoneId));
}

/**
 * The title's zone narrowed by the story's lead: when the first clause of the first sentence of the body
 * names one part of that zone and nothing else (title 未来科学城两所新学校明年落成, lead 未来科学城东区明年将
 * 再添两所新学校), the story is about that part.
 *
 * @example
 * // title zone 'future-science-city', lead '未来科学城东区明年将再添两所新学校。' → 'energy-valley'
 */
export function narrowedByLead(
  topic: PlaceKey | null,
  sentences: readonly Sentence[],
  options: LinkOptions = {},
): PlaceKey | null {
  const lead = sentences.find((s) => !s.isHeading);
  if (topic === null || !isZoneId(topic) || !lead) return topic;
  const firstClause = lead.text.split(/[，,；;。]/)[0] ?? '';
  const places = new Set(findMentions(firstClause, options).map((m) => m.place));
  const [only] = [...places];
  return places.size === 1 && only && isZoneId(only) && ZONE_PARENT[only] === topic ? only : topic;
}
