import type { NormalizeResult, Repair } from '../types';
import { applyEdits, type TextEdit } from './offset-map';

/**
 * Gambling and promotion tokens that scrapers and content farms inject into news text, and the names of
 * gambling sites they stamp on it (明升, 开云体育官网, 威尼斯9499登录入口) where no word they replaced could be put
 * back. A Latin prefix glued to the token (the "ag" of "ag百家乐") goes with it.
 */
const SPAM =
  /[A-Za-z0-9]{0,6}(?:澳门)?(?:百家乐|博彩|赌场|赌博|六合彩|时时彩|真人娱乐|澳门葡京|新葡京|网上赌博|棋牌平台|彩票平台|娱乐城|老虎机|体育投注)(?:平台|官网|网址|娱乐)?|(?:明升|开云|美高梅|威尼斯\d+)(?:中国)?(?:体育)?(?:app|APP|手机版|官网|登录入口|登陆|下载|mgm)*/g;
/** Sales talk that, next to a spam token, marks the whole sentence as an advert. */
const PROMOTION =
  /注册|开户|充值|下注|投注|返水|彩金|日赚|赢取|奖金|体验金|首存|官网|网址|在线|稳赚|提现|送\d/g;
/**
 * The name of a betting or gaming site (赛博体育, …娱乐): a short made-up name before 体育, 娱乐, 电竞,
 * 棋牌 or 彩票. Public-life fields of the same shape (文化体育, 群众体育) and words that go on into a
 * noun (体育馆, 体育文化公园, 体育活动) are ordinary text.
 */
const BRAND = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?:体育|娱乐|电竞|棋牌|彩票)(?:官网|平台)?/g;
const FIELD =
  /^(?:文化|群众|全民|竞技|公共|大众|学校|校园|青少年|冰雪|户外|传统|健康|社区|职业|电子|国际|休闲|商业|教育|卫生|旅游|文旅|文体|农村|老年|残疾人|社会|数字|智慧|发展|促进|推动)/;
/** What follows an ordinary use of such a word: a facility, an activity or an institution. */
const NOUN_AFTER =
  /^(?:馆|场|中心|公园|局|产业|事业|设施|活动|赛事|健身|运动|项目|用地|文化|休闲|教育|锻炼|比赛|节目|频道|新闻|总局|学院|大学|消费|服务|综合体|小镇|彩票)/;

/**
 * Site names injected into a document: a {@link BRAND} that is no field of public life, stands apart
 * from the words after it every time, and recurs (content farms stamp the same name on the title and
 * the paragraphs). A name met once is left alone, since one sighting cannot tell a brand from a word.
 */
function injectedBrands(text: string): Set<string> {
  const seen = new Map<string, number>();
  const ordinary = new Set<string>();
  for (const m of text.matchAll(BRAND)) {
    const name = m[0];
    if (FIELD.test(name)) continue;
    seen.set(name, (seen.get(name) ?? 0) + 1);
    if (NOUN_AFTER.test(text.slice(m.index + name.length))) ordinary.add(name);
  }
  return new Set([...seen].filter(([n, count]) => count >= 2 && !ordinary.has(n)).map(([n]) => n));
}

/**
 * An advert's label stuck before a sentence of the story (开云体育官网登陆:近来,甲项目完结钢结构封顶。): a short
 * run up to a colon, which goes alone when the rest of the sentence holds no spam.
 */
const SPAM_LABEL = /^[^，,。；;：:]{2,16}[：:]/;

/** A sentence or line: the unit an advert occupies. */
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;

/**
 * Spam edits inside one sentence: the whole sentence when it is an advert (two gambling tokens, or a
 * token and sales talk), else just the tokens. A site's name stamped twice on a real sentence makes no
 * advert of it.
 */
function spamEdits(sentence: string, offset: number, brands: RegExp | null): TextEdit[] {
  const gambling = [...sentence.matchAll(SPAM)];
  const stamped = brands ? [...sentence.matchAll(brands)] : [];
  const tokens = [...gambling, ...stamped].sort((a, b) => a.index - b.index);
  if (tokens.length === 0) return [];
  const promotion = sentence.match(PROMOTION)?.length ?? 0;
  if (gambling.length + promotion >= 2 || (stamped.length > 0 && promotion > 0)) {
    const label = SPAM_LABEL.exec(sentence);
    const rest = label ? sentence.slice(label[0].length) : '';
    if (label && tokens.every((t) => t.index < label[0].length) && !rest.match(PROMOTION))
      return [{ start: offset, end: offset + label[0].length, replacement: '' }];
    return [{ start: offset, end: offset + sentence.length, replacement: '' }];
  }
  return tokens.map((t) => ({
    start: offset + t.index,
    end: offset + t.index + t[0].length,
    replacement: '',
  }));
}

/**
 * Removes injected spam: a lone token inside a real sentence goes alone, while a sentence with two
 * spam tokens, or a token plus sales talk (注册, 日赚, 奖金…), is an advert and goes whole, so none of
 * its numbers become figures. Besides the gambling words, a site's name stamped on the text more than
 * once (赛博体育) is a token ({@link injectedBrands}).
 *
 * @example
 * stripSpam('储能等赛道,ag百家乐规律推动').text // '储能等赛道,规律推动'
 * stripSpam('澳门赌场注册送88元\n能源谷').text // '\n能源谷'
 */
export function stripSpam(text: string): NormalizeResult {
  const edits: TextEdit[] = [];
  const names = [...injectedBrands(text)];
  const brands = names.length > 0 ? new RegExp(names.join('|'), 'g') : null;
  for (const sentence of text.matchAll(SENTENCE)) {
    edits.push(...spamEdits(sentence[0], sentence.index, brands));
  }
  return removedAsSpam(text, edits);
}

/** Applies removals (edits with nothing in their place) to `text`, each recorded as a spam repair. */
export function removedAsSpam(text: string, edits: readonly TextEdit[]): NormalizeResult {
  const repairs: Repair[] = edits.map(({ start, end }) => ({
    kind: 'spam',
    span: [start, end],
    before: text.slice(start, end),
    after: '',
  }));
  return { ...applyEdits(text, edits), repairs };
}
