import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences';
import { linkPlaces } from './link-places';

/** The place of the number `value` (as written) in `text`. */
function placeOf(text: string, value: string, options = {}): string | null {
  const sentences = splitSentences(text);
  const sentence = sentences.find((s) => s.text.includes(value))!;
  const [link] = linkPlaces(
    sentences,
    [{ sentence, start: sentence.text.indexOf(value), label: '' }],
    { district: 'district:changping', ...options },
  );
  return link!.place;
}

describe('linkPlaces', () => {
  it('gives no zone to what lies at a zone’s place and another the gazetteer does not know (位于甲乙和东小口)', () => {
    expect(placeOf('昌平的公租房项目位于甲乙和东小口,总面积将达到40万平方米。', '40万')).toBe(
      'district:changping',
    );
    expect(placeOf('昌平的公租房项目位于天通苑和东小口,总面积将达到40万平方米。', '40万')).toBe(
      'huitian',
    );
    expect(placeOf('昌平的公租房项目位于东小口,总面积将达到40万平方米。', '40万')).toBe('huitian');
  });

  it('reads a zone in a speaker\u2019s title as his post, not as what the district\u2019s figures are of', () => {
    const text =
      '昌平区区长,未来科学城党工委副书记、管委会主任甲乙表示,昌平已经汇集了69个重点实验室、210个工程技术中心。';
    expect(placeOf(text, '69')).toBe('district:changping');
    expect(placeOf(text, '210')).toBe('district:changping');
    // after clauses about two zones, the district speaks for itself
    const both =
      '目前,“生命谷”已聚集多家研发机构,“能源谷”聚集了420家央企机构,昌平区先后与11所高校签约。';
    expect(placeOf(both, '11所')).toBe('district:changping');
    expect(placeOf(both, '420')).toBe('energy-valley');
    // the zone as the subject still makes 昌平 its address
    expect(placeOf('未来科学城加快建设,昌平已经汇集了69个重点实验室。', '69')).toBe(
      'future-science-city',
    );
  });

  it('takes the child zone as a paragraph topic when the sentence also names its parent', () => {
    const text =
      '未来科学城管委会负责人介绍,沙河高教园公共服务配套区规划包括酒店、产业办公等。其中,住宅项目规划建筑面积约37万平方米。';
    expect(placeOf(text, '37万')).toBe('shahe-university-park');
  });

  it('gives what a sentence measures after an address the zone of that address (…,位于…,用地约50公顷)', () => {
    const text =
      '本次工作范围为甲乙大学丙校区F片区,位于北京市昌平区未来科学城西区沙河高教园内,西至丁路,规划总用地面积约50公顷。';
    expect(placeOf(text, '50')).toBe('shahe-university-park');
    expect(
      placeOf('本次工作范围为甲乙大学丙校区F片区,西至丁路,规划总用地面积约50公顷。', '50'),
    ).toBe('district:changping');
  });

  it('gives the sizes a sentence opens with the zone its later address gives (…占地230亩,坐落于…)', () => {
    const text = '中科院甲所怀柔园区占地230亩,建筑面积11.8万平方米,坐落于北京怀柔科学城核心区。';
    expect(placeOf(text, '230', { district: 'district:huairou' })).toBe('huairou-science-city');
    const counted = '昌平区市级项目合计21项,位于未来科学城规划范围内项目共计10项。';
    expect(placeOf(counted, '21')).toBe('district:changping');
  });

  it('reads 该区 as the district, and a zone with the land around it (及其周边) as no zone', () => {
    expect(
      placeOf('甲区长乙表示,该区GDP年均增长5.7%。', '5.7', { topic: 'huairou-science-city' }),
    ).toBe('district:changping');
    expect(placeOf('区内4家企业获认定。', '4', { topic: 'life-valley' })).toBe(
      'district:changping',
    );
    expect(placeOf('园区内4家企业获认定。', '4', { topic: 'life-valley' })).toBe('life-valley');
    expect(placeOf('道路项目均分布在怀柔科学城及其周边,总里程约11.9公里。', '11.9')).toBe(
      'district:changping',
    );
    expect(placeOf('北京市发改委对怀柔科学城周边2个配套项目立项审批。', '2个')).toBe(
      'district:changping',
    );
    expect(placeOf('道路项目均分布在怀柔科学城,总里程约11.9公里。', '11.9')).toBe(
      'huairou-science-city',
    );
  });

  it('falls back to the zone the title names before the district', () => {
    const text = '今年以来,建设全速推进。\n截至目前,29个重大科技项目中,土建工程完工6个。';
    expect(placeOf(text, '29个', { topic: 'huairou-science-city' })).toBe('huairou-science-city');
    expect(placeOf(text, '29个')).toBe('district:changping');
  });

  it('takes a zone after a time word (今年回天地区将…) as the subject of its clause', () => {
    const text =
      '未来科学城召开会议。甲方面,今年“回天”地区将投用2所幼儿园,乙学校也将建成,可提供学位300个。';
    expect(placeOf(text, '300个')).toBe('huitian');
  });

  it('gives no place to a number that follows a site outside Beijing', () => {
    const text =
      '怀柔科学城的综合极端条件实验装置有四个实验系统。其中一个系统将落户吉林长春,占地面积约6000平方米。另一个系统占地约3000平方米。';
    expect(placeOf(text, '6000')).toBeNull();
    expect(placeOf(text, '3000', { topic: 'huairou-science-city' })).toBe('huairou-science-city');
    expect(placeOf('一家上海企业落户生命谷,投资10亿元。', '10亿')).toBe('life-valley');
  });

  it('gives no place to a number sited in another district of Beijing (落户海淀区)', () => {
    expect(placeOf('生命谷召开推介会。甲企业将落户海淀区,投资10亿元。', '10亿')).toBeNull();
  });

  it('gives no place to the firms of the whole Changping park (昌平科技园), and places a park’s features', () => {
    const text = '中关村国家工程技术创新基地建设启动。昌平科技园入驻企业1000多家。';
    expect(placeOf(text, '1000')).toBeNull();
    expect(placeOf('温榆河未来智谷共有15项智慧景观互动设施。', '15项')).toBe('future-science-city');
  });

  it('takes the narrowest place of an address told after a number (落户位于昌平…的甲基地)', () => {
    const text = '乙所属的9家研发机构正式落户位于昌平中关村科技园区的国家工程技术创新基地。';
    expect(placeOf(text, '9家')).toBe('future-science-city');
  });

  it('gives no place to a number of something that lies across districts (三区交界)', () => {
    const text =
      '未来科学城内的甲公园开园。乙公园地处朝阳、顺义、昌平三区交界,规划总面积30平方公里。';
    expect(placeOf(text, '30平方公里')).toBeNull();
  });

  it('reads a zone that opens a facility’s name (未来科学城第二中学) as no place for the numbers around it', () => {
    const text = '东区学校建设。据悉,未来科学城第二中学建成后,设计规模为18个班。';
    expect(placeOf(text, '18个', { topic: 'energy-valley' })).toBe('energy-valley');
    expect(placeOf('据悉,未来科学城新增企业18个。', '18个', { topic: 'energy-valley' })).toBe(
      'future-science-city',
    );
  });

  it('takes the story’s part of a zone over a heading that names the whole zone', () => {
    const text = '未来科学城两所新学校明年落成\n据悉,甲学校设计规模为18个班。';
    expect(placeOf(text, '18个', { topic: 'energy-valley' })).toBe('energy-valley');
  });

  it('gives no place to the part of something that lies outside Beijing (吉林部分)', () => {
    const text =
      '怀柔科学城的甲装置通过验收。其中北京部分总建筑面积48000平方米,吉林部分总建筑面积6281.1平方米。';
    expect(placeOf(text, '6281.1')).toBeNull();
    expect(placeOf(text, '48000', { topic: 'huairou-science-city' })).toBe('huairou-science-city');
  });

  it('knows Huairou’s science centre by its short names (怀柔国家科学中心, 怀柔科学中心)', () => {
    expect(placeOf('此前,北京已经在怀柔国家科学中心开工建设了5个重大科技基础设施。', '5个')).toBe(
      'huairou-science-city',
    );
  });

  it('gives no zone to the 雁栖湖 eco-zone’s figures', () => {
    const text = '怀柔科学城加快建设。雁栖湖生态发展示范区规划总面积21平方公里。';
    expect(placeOf(text, '21平方公里', { district: 'district:huairou' })).toBeNull();
  });

  it('takes a district right before a zone for its address', () => {
    expect(placeOf('19个重大项目在昌平区中关村生命科学园签约落地。', '19个')).toBe('life-valley');
    expect(placeOf('19个重大项目在昌平区签约落地。', '19个')).toBe('district:changping');
  });

  it('places no figure of a corridor that runs through several zones', () => {
    const text = '生命科学创新走廊以生命科学园为核心,未来3至5年可新供应产业空间约450万平方米。';
    expect(placeOf(text, '450万')).toBeNull();
  });
  it('keeps the subject of an address as the place, not the zone the address ends in', () => {
    const text = '生命园三期A地块位于昌平区回龙观中部,未来科学城西区范围内,总用地面积约37.93公顷。';
    expect(placeOf(text, '37.93')).toBe('life-valley');
    expect(placeOf('生命园甲地块举行仪式,未来科学城西区新增用地约12公顷。', '12公顷')).toBe(
      'future-science-city',
    );
  });

  it("places a company's own worth (估值) nowhere", () => {
    const text = '怀柔科学城里,甲公司估值已达10亿元,园区企业达到50家。';
    const sentences = splitSentences(text);
    const [worth, firms] = linkPlaces(
      sentences,
      [
        { sentence: sentences[0]!, start: text.indexOf('10亿'), label: '公司估值' },
        { sentence: sentences[0]!, start: text.indexOf('50家'), label: '园区企业' },
      ],
      { district: 'district:huairou' },
    );
    expect(worth!.place).toBeNull();
    expect(firms!.place).toBe('huairou-science-city');
  });

  it('gives a number told of a zone and places outside it together to the district', () => {
    const text =
      '今年,怀柔区确定了200项折子工程。怀柔科学城、中国影都、国际会都建设分量最重,共有110项具体任务。';
    expect(placeOf(text, '110项', { district: 'district:huairou' })).toBe('district:huairou');
    const partner =
      '持续抓好回天地区专项治理。推动回天地区与未来科学城、中关村科学城协同发展,实施甲园等68个项目。';
    expect(placeOf(partner, '68个')).toBe('huitian');
    expect(placeOf('回天地区与中关村科学城合作,共建12个项目。', '12个')).toBe('huitian');
  });

  it('takes no topic from a zone listed with a place outside it, nor from a partner in a heading', () => {
    const between =
      '回天有业\n“这里是连接中关村科学城、未来科学城的中间地带,常住人口中70%是年轻人。';
    expect(placeOf(between, '70%', { topic: 'huitian' })).toBe('huitian');
    const heading = '回天有业\n与科学城联动吸引就业回流\n常住人口中70%是年轻人。';
    expect(placeOf(heading, '70%')).toBe('huitian');
  });

  it('takes no district body or office for a place (昌平区委区政府, 昌平区市政管委, 昌平区教委), so the paragraph keeps its zone', () => {
    const text =
      '据昌平区市政管委相关负责人介绍,昌平区委区政府已对天通苑和回龙观地区的拥堵形成了方案:将对甲街进行改造。首先要解决缺少停车位的问题,在这一地区新建一个15000平方米的停车场。';
    expect(placeOf(text, '15000')).toBe('huitian');
    const school =
      '这所公立校由甲校与昌平区教委合作建设。目前启用的是小学部,新入学的5个一年级班已开课。';
    expect(placeOf(school, '5个', { topic: 'huitian' })).toBe('huitian');
  });

  it('places nothing by a town that holds part of a zone (北七家镇), unless it is only the border the zone lies on', () => {
    const town = '北七家镇,北京市昌平区下辖镇,镇域面积56.65平方千米。';
    expect(placeOf(town, '56.65')).toBeNull();
    const border = '最初,未来科学城只是小汤山镇和北七家镇交界处10平方公里范围。';
    expect(placeOf(border, '10平方公里')).toBe('future-science-city');
  });

  it('keeps a total that the clause breaks down by place (90个重点项目包括怀柔科学城区域51个、…) in the district', () => {
    const text = '90个重点项目包括怀柔科学城区域51个、国际会都区域1个、老城区及其他区域36个。';
    expect(placeOf(text, '90个', { district: 'district:huairou' })).toBe('district:huairou');
    expect(placeOf(text, '51个', { district: 'district:huairou' })).toBe('huairou-science-city');
  });

  it('takes no place from a news account’s name (据“北京昌平”微信公众号消息), so the paragraph keeps its zone', () => {
    const text =
      '据“北京昌平”微信公众号消息,未来科学城甲乙公园将正式开放。公园在现状生态本底上,共新增乔木逾3400株。';
    expect(placeOf(text, '3400')).toBe('future-science-city');
    const place =
      '据昌平区消息,未来科学城甲乙公园将正式开放。公园在现状生态本底上,共新增乔木逾3400株。';
    expect(placeOf(place, '3400')).toBe('district:changping');
  });

  it('takes no paragraph topic from a place the work turns towards (围绕怀柔科学城布局的…)', () => {
    const text =
      '同时,围绕怀柔科学城布局的五大科学方向,新赛道展现出强劲发展势头。生命科学领域已集聚43家高成长性企业。';
    expect(placeOf(text, '43家', { district: 'district:huairou' })).toBe('district:huairou');
    const own =
      '同时,怀柔科学城布局五大科学方向,新赛道展现出强劲发展势头。生命科学领域已集聚43家高成长性企业。';
    expect(placeOf(own, '43家', { district: 'district:huairou' })).toBe('huairou-science-city');
  });

  it('keeps the place that has a list (…已有A、B等20多个项目) as the subject of its count', () => {
    const text = '目前,中科院怀柔科教产业园已有甲基地、乙公司等20多个项目相继落户。';
    expect(placeOf(text, '20多个', { district: 'district:huairou' })).toBe('huairou-science-city');
    const listed = '目前,中科院怀柔科教产业园、甲基地等20多个项目相继落户。';
    expect(placeOf(listed, '20多个', { district: 'district:huairou' })).toBe('district:huairou');
  });

  it('gives no zone to what a paragraph on another district counts, unless it names our place', () => {
    const text =
      '怀柔科学城甲中心项目开工\n甲中心位于怀柔科学城东区。\n近年来,北京市密云区加快培育产业。乙产业园聚集企业66家。';
    expect(placeOf(text, '66家', { district: undefined })).toBeNull();
    // the district's government as the source of a story is no such opening
    const told = '怀柔科学城甲中心项目开工\n密云区人民政府发布的信息显示,甲中心占地700亩。';
    expect(placeOf(told, '700亩', { district: undefined })).toBe('huairou-science-city');
  });

  it('takes no place listed first with names the gazetteer does not know for what the sentence goes on about', () => {
    const listed =
      '甲在工作报告中介绍,2019年,昌平区全年实施造林绿化2.3万亩,东小口城市休闲公园、甲乙八口公园、丙丁官牛坊公园竣工开园,利用腾退空间留白增绿206公顷。';
    expect(placeOf(listed, '206')).toBe('district:changping');
    const alone =
      '2019年,昌平区全年实施造林绿化2.3万亩,东小口城市休闲公园竣工开园,利用腾退空间留白增绿206公顷。';
    expect(placeOf(alone, '206')).toBe('huitian');
  });

  it('keeps a paragraph on another district that names our place in its opening', () => {
    const text =
      '怀柔科学城甲中心项目开工\n近年来,北京市密云区依托怀柔科学城培育产业。乙产业园聚集企业66家。';
    expect(placeOf(text, '66家', { district: undefined })).toBe('huairou-science-city');
  });
});
