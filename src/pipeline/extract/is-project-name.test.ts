import { describe, expect, it } from 'vitest';
import { isProjectName, isZoneArea } from './is-project-name';

/** Names reviewed by hand in the seed output: each is a named project or facility. */
const PROJECTS = [
  '天通苑文化艺术中心',
  '北京脑科学与类脑研究中心',
  '中关村生命园三期',
  '国际生物工程创新中心',
  '清华南口国重基地项目',
  '中国国家版本馆中央总馆',
  '小米未来产业园',
  '北医三院昌平院区',
  '北师大附属高教园高中',
  '积水潭医院回龙观院区二期扩建',
  '清华长庚医院二期',
  '人才公租房及地下车库项目',
  '国网智芯半导体公司',
  '诺华创新药流通中心',
  '林萃路',
  '地铁17号线',
  '京礼高速昌平段',
  '京张高铁',
  '国家电投二期',
  '国际研究型医院',
  '协和医院国家医学中心',
  '天北街道派出所',
  '回龙观人民法院',
  '回龙观体育文化公园南区',
  '中科院研究生院',
  '京沈高铁怀柔南站站房',
  '中西医结合医院住院楼',
  '新昌平农产品批发市场',
  '国际医疗器械城',
  '永安古城更新项目',
  '京津冀国家技术创新中心',
  '机械研究总院怀柔科创基地',
  '高能同步辐射光源',
  '综合极端条件实验装置',
  '中国科学院大学雁栖湖校区',
  '崔村工业区',
  '沙河高教园二期(二)地块',
  '地铁19号线北延',
  '北清路快速化提级改造',
  '天通中苑人才公租房',
  '京津冀国家技术创新中心(怀柔科学城中心)',
  '奥北森林公园(一期)',
  '国际子午圈大科学计划总部',
  '高能同步辐射光源配套综合实验楼',
  '龙泽园街道业务用房',
  '南口科学家小镇',
  '北京大学全国重点实验室创新集群',
  '安立路(科荟路-北六环)快速化改造工程',
  '怀柔区2020年浅山区荒山造林工程',
  '怀柔区京津风沙源治理二期工程2019年项目',
  '好未来互联网教育总部',
  '中关村合成生物制造产业集聚区',
  '生命谷(国际)生物工程创新中心项目',
];

/** Candidates the extractor used to emit: clauses, goals, descriptions and kind words. */
const NOT_PROJECTS = [
  '在服务北京国际交往中心',
  '在北京推进国际科技创新中心',
  '在服务北京全国文化中心',
  '雁栖湖国际会都已成为北京国际交往中心',
  '全市首家农村老年配餐中心',
  '国际科技创新中心',
  '一批特色产业园区',
  '多个重点项目',
  '教育项目',
  '休闲公园',
  '口袋公园',
  '郊野公园',
  '第一批造林项目',
  '新型基础设施',
  '基层公共文化设施',
  '共性技术服务平台',
  '加强基础设施',
  '紧抓重点产业项目',
  '棚改项目累计',
  '华润两个城市综合体',
  '国际一流现代化新城',
  '中心区基础设施',
  '京北体验消费示范区',
  '生命技术赶超工程',
  '42公里绿道慢行系统',
  '全市共两个灯塔工厂',
  '国家实验室',
  '平原新城',
  '工程技术中心',
  '互联网+义务植树基地',
  '商业MALL和滨水商街',
  '天通苑文化艺术中心等68个项目',
  '绿地微提升',
  '智能工厂',
  '土建工程',
  '建安工程',
  '创业孵化平台',
  '科学设施',
  '国际医院',
  '打乱了正常工程',
  '怀柔科学城管委会和各项目',
  '南口镇与清华大学',
  '兴盛路北延工程南起杨宋北环路',
  '高能同步辐射光源2号楼',
  '园林景观工程一期',
  '主教学楼',
  '三期正选项目',
  '未来科学城2020年市区两级重点工程',
  '未来科学城 2020年市级重点工程',
  '河道蓝线',
  '第三代社会保障卡工程',
  '“两区”政策创新清单共',
  '怀柔科学城系列项目',
  '四大产业项目',
  '10余个国家和省部级重点研发中心',
  '标志着怀柔科学城首个综合性项目',
  '国际化公共服务配套项目',
];

describe('isProjectName', () => {
  it.each(PROJECTS)('accepts %s', (name) => {
    expect(isProjectName(name)).toBe(true);
  });

  it.each(NOT_PROJECTS)('rejects %s', (name) => {
    expect(isProjectName(name)).toBe(false);
    expect(isProjectName(name, { firms: true })).toBe(false);
  });

  it('accepts a proper name without a head in a list of projects, but no action or category', () => {
    expect(isProjectName('黄土店', { listed: true })).toBe(true);
    expect(isProjectName('新生巢', { listed: true })).toBe(true);
    expect(isProjectName('黄土店')).toBe(false);
    expect(isProjectName('闲置空间利用', { listed: true })).toBe(false);
    expect(isProjectName('医疗卫生养老', { listed: true })).toBe(false);
    expect(isProjectName('健康联合体', { listed: true })).toBe(false);
  });

  it("takes no adverb of time for a name, even where a copula gives it a subject's place", () => {
    expect(isProjectName('现已', { listed: true })).toBe(false);
    expect(isProjectName('黄土店', { listed: true })).toBe(true);
  });

  it('takes no counted housing, clause, slogan or bracketed fragment for a name', () => {
    for (const name of [
      '约2000套公共租赁住房',
      '百余个项目',
      '最终一根钢梁装置',
      '共同见证我国第一台高能量同步辐射光源',
      '《北京怀柔综合性国家科学中心',
      '和平郊野公园于2022年归入奥北森林公园二期',
      '联接南北两边东小口休闲公园',
      '倾力把中关村生命科学园',
      '美好幸福新家园',
      '任务与项目',
    ])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('和平郊野公园')).toBe(true);
  });

  it('takes no clause with an adverb of degree or only-ness for a name (始终, 只有, 更方便, 却), nor a departure (…出发)', () => {
    expect(isProjectName('进出天通苑只有立水桥')).toBe(false);
    expect(isProjectName('未来将更方便换乘13号线')).toBe(false);
    expect(isProjectName('成成始终瞪大眼睛站')).toBe(false);
    expect(isProjectName('家出发', { listed: true })).toBe(false);
    expect(isProjectName('却不', { listed: true })).toBe(false);
    expect(isProjectName('立水桥东一路桥梁')).toBe(true);
  });

  it('takes no name opened by 负责 or by the 式 of 一站式, nor one holding a date or a use (6月底, 秋季, 用途均为)', () => {
    expect(isProjectName('负责甲乙园区')).toBe(false);
    expect(isProjectName('式国家级研发创新平台')).toBe(false);
    expect(isProjectName('计划6月底前')).toBe(false);
    expect(isProjectName('图书馆秋季', { listed: true })).toBe(false);
    expect(isProjectName('用途均为M1一类工业用地')).toBe(false);
    expect(isProjectName('甲乙研发创新平台')).toBe(true);
  });

  it('accepts a firm named in a signing list, but not without that context', () => {
    expect(isProjectName('上海复星', { firms: true })).toBe(true);
    expect(isProjectName('小米科技', { firms: true })).toBe(true);
    expect(isProjectName('上海复星')).toBe(false);
    expect(isProjectName('成功', { firms: true })).toBe(false);
  });

  it("leaves out a page's furniture: site names, breadcrumbs and credit lines", () => {
    for (const name of [
      '甲乙网站',
      '甲乙新闻-甲乙网站',
      '新闻中心 > 国内新闻',
      '责任编辑甲乙',
      '甲乙客户端',
    ])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('甲路(乙路-丙路)快速化改造工程')).toBe(true);
    expect(isProjectName('甲乙服务站')).toBe(true);
  });

  it('leaves out a bare phase of works, all of a group and a count of universities', () => {
    expect(isProjectName('一期工程')).toBe(false);
    expect(isProjectName('所有学生都会搬到新校区')).toBe(false);
    expect(isProjectName('两高校园区')).toBe(false);
    expect(isProjectName('甲乙大学新校区')).toBe(true);
  });

  it('leaves out a class of projects, projects by origin or stage, 项目中 and a layout', () => {
    for (const name of [
      '甲乙类重大项目',
      '外资项目',
      '储备项目',
      '签约项目中',
      '项目中既有',
      '分为三期',
    ])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('甲乙技术服务项目', { listed: true })).toBe(true);
  });
  it('leaves out a stage of building work and a kind with a quality word', () => {
    expect(isProjectName('土石方开挖工程')).toBe(false);
    expect(isProjectName('基坑支护及降水工程')).toBe(false);
    expect(isProjectName('项目正进行甲楼施工')).toBe(false);
    expect(isProjectName('高端产业园区')).toBe(false);
    expect(isProjectName('甲乙创新中心一期工程')).toBe(true);
    expect(isProjectName('甲乙高端产业园区')).toBe(true);
  });
  it('leaves out people named by office, district bodies and fittings', () => {
    for (const name of [
      '区委书记甲乙',
      '丙公司中国区总经理丁',
      '区人大项目',
      '健身器材',
      '安全胶垫',
    ])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('人大附中甲乙学校二期')).toBe(true);
    expect(isProjectName('大科学装置')).toBe(false);
  });

  it('leaves out a kind with a phase alone, and clauses with 借助, 筹备 or 将以', () => {
    expect(isProjectName('医院二期')).toBe(false);
    expect(isProjectName('甲乙医院二期')).toBe(true);
    expect(isProjectName('慢行系统二期')).toBe(true);
    for (const name of ['借助甲乙战略和丙丁大学', '甲研究院筹备及乙基地', '甲乙将以二期工程'])
      expect(isProjectName(name), name).toBe(false);
  });

  it('names a tunnel, and leaves out clauses with a verb of linking or containing, counts of plots and unclosed brackets', () => {
    expect(isProjectName('科星路隧道')).toBe(true);
    for (const name of [
      '文化艺术中心涵盖图书馆',
      '串联起京藏高速',
      '建学校分别为甲城第二小学',
      '下穿地铁13号线',
      '甲城精准供应4宗产业用地',
      '甲城多家能源领域央企研究院',
      '杜燕)国际子午圈大科学计划总部',
    ])
      expect(isProjectName(name), name).toBe(false);
  });

  it('leaves out stages, activities, praise, slogans, visits and clauses with 要', () => {
    for (const name of [
      '新阶段',
      '世界最亮光源',
      '俯瞰甲城起步区科学设施平台',
      '央企项目',
      '甲谷要保障国家实验室',
    ])
      expect(isProjectName(name), name).toBe(false);
    for (const name of [
      '体育运动',
      '林荫休憩',
      '“一装置两平台”',
      '“两谷一园”',
      '公园构建“一心一塔两轴三片区”',
    ])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('公园构建“一心一塔两轴三片区”')).toBe(false);
    for (const name of ['仪式并为甲乙研究中心', '完全符合国家体育公园', '原有设施', '现阶段新校区'])
      expect(isProjectName(name), name).toBe(false);
    expect(isProjectName('高能同步辐射光源')).toBe(true);
    expect(isProjectName('“灯塔工厂”', { listed: true })).toBe(true);
  });

  it('leaves out kinds by voltage, amenities, owners, announcements and the city’s role', () => {
    for (const name of [
      '500千伏变电站',
      '我500千伏变电站',
      '有关部门将对该项目',
      '甲医院公布关于住院楼',
      '甲平台召开项目',
      '经济适用住房',
      '现代化国有综合性二级医院',
      '北京科创中心',
    ])
      expect(isProjectName(name), name).toBe(false);
    for (const name of ['道路绿化', '工程有', '共有'])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('怀柔科学城西站')).toBe(true);
    expect(isProjectName('北京大学密云分校')).toBe(true);
  });

  it('takes no road or works named by kind alone, no thought (思路) and no verb inside a name', () => {
    for (const name of [
      '主干路网道路',
      '甲区重点道路',
      '北京市路政局道路',
      '老堵点工程',
      '科学思路',
    ])
      expect(isProjectName(name, { listed: true })).toBe(false);
    expect(isProjectName('甲路升级为快速路', { listed: true })).toBe(false);
    expect(isProjectName('本市另外', { listed: true })).toBe(false);
    expect(isProjectName('甲乙路', { listed: true })).toBe(true);
    expect(isProjectName('甲乙高速西辅路', { listed: true })).toBe(true);
  });

  it('takes no clause that renames or splits a thing (定名, 拆分为) and no reporter for a name', () => {
    expect(isProjectName('甲路北延定名乙路', { listed: true })).toBe(false);
    expect(isProjectName('地铁13号线拆分为AB线', { listed: true })).toBe(false);
    expect(isProjectName('北青记者看到该项目总体工程', { listed: true })).toBe(false);
  });

  it("takes no site's outdoor spaces, sides or planned use for a name (下沉庭院, 南侧…, 用途为…)", () => {
    for (const name of ['下沉庭院', '南侧设计绿化广场', '用途为基础教育用地'])
      expect(isProjectName(name, { listed: true })).toBe(false);
    expect(isProjectName('甲乙文化广场', { listed: true })).toBe(true);
  });

  it('takes no utility or experimental station named by its kind for a project (供电, 空调, 实验站)', () => {
    for (const name of ['供电', '空调', '辐射防护', '实验站'])
      expect(isProjectName(name, { listed: true })).toBe(false);
    expect(isProjectName('共享实验楼', { listed: true })).toBe(true);
  });

  it('takes no buildings counted by 栋 for a name (3栋宿舍楼)', () => {
    expect(isProjectName('3栋宿舍楼', { listed: true })).toBe(false);
    expect(isProjectName('甲乙宿舍楼', { listed: true })).toBe(true);
  });

  it('takes no national programme (双一流) for a project', () => {
    expect(isProjectName('清华大学双一流大学', { listed: true })).toBe(false);
  });
  it('takes no clause around a name for the name: who stands or acts, what lies beside it (站在…, …东临…, …由…)', () => {
    for (const name of [
      '站在天通科技园',
      '区领导共同为安置房项目',
      '项目东临文华路',
      '露营地靠近公园',
      '甲村举行旧村改造回迁安置房项目',
      '辛庄桥以京藏高速为中心',
      '甲乙装置由中国科学院大气物理研究所',
      '拟新建太平庄中街',
      '此次异地扩建工程',
      '年内各场馆',
      '依靠中国石油大学',
      '低碳所从GE',
      '分别在内地北京',
      '天通苑区域将加大停车设施',
      '特意带着孩子乘坐市郊铁路怀密线',
      '地下一层将作为医院',
      '甲乙产业集聚区在昌平挂牌产业园',
      '配备巨型幕布',
      '整个工程项目',
      '每个镇街',
      '地铁17号线起始站为未来科学城北区站',
      '协议明确甲乙产业园由基础与前沿科学基地',
      '北京北站工程拟利用京张高铁由清河站延伸至北京北站',
      '前期项目为国际会都配套项目',
      '昌平南部将有多个产业园区',
      '承载重大创新科研项目',
      '关注·科学设施平台',
      '设文化中心',
    ])
      expect(isProjectName(name), name).toBe(false);
    for (const name of [
      '天通科技园',
      '东临河公园',
      '太平庄中街',
      '北京北站',
      '地铁17号线',
      '设计研究院',
    ])
      expect(isProjectName(name), name).toBe(true);
  });

  it('takes no field of work for a name, even in a list of platforms (新药创新, 尖端医学突破, 临床研究)', () => {
    for (const name of ['新药创新', '尖端医学突破', '临床研究'])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('甲乙创新中心', { listed: true })).toBe(true);
  });

  it('takes no name cut before an adverb, locative or date it leaves at its end (道路就, …园内, …全线, …2022年)', () => {
    for (const name of [
      '道路就',
      '京郊又',
      '甲乙生命医疗园内',
      '中关村生命科技园里',
      '林萃路全线',
      '生命园三期A地块剩余',
      '昌平区2022年',
      '竣工后',
    ])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    for (const name of ['甲乙生命医疗园', '林萃路', '生命园三期A地块'])
      expect(isProjectName(name, { listed: true }), name).toBe(true);
  });
});

describe('isProjectName: clauses and kinds of rounds 38–40', () => {
  it('takes no clause that a verb or a place word opens, and no bare kind, for a name', () => {
    for (const name of [
      '哪栋高楼大厦',
      '有北京甲医院二期扩建工程',
      '已聚集甲实验室',
      '汇聚北京甲学院',
      '注册甲乙生物有限公司',
      '项目选址甲区乙产业园区',
      '甲区先后与',
      '球场内设施',
      '学校覆盖幼儿园',
      '绝佳平台',
    ])
      expect(isProjectName(name), name).toBe(false);
    expect(isProjectName('\ufffd\ufffd\ufffde水潭医院回龙观院区二期')).toBe(false);
    // a hospital's grade (三级甲等), cut from 三级甲等综合医院
    expect(isProjectName('三级甲', { listed: true })).toBe(false);
    for (const name of ['管网', '消防站', '公园', '学位'])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    for (const name of ['有研科技集团怀柔园区', '龙泽园小型消防站'])
      expect(isProjectName(name), name).toBe(true);
  });
});

describe('isProjectName: fragments and kinds found in the zone panels', () => {
  it('takes no clause with a verb or a preposition inside it for a name (…将围绕…, …由…, …在…, …为…, 这条…)', () => {
    for (const name of [
      '甲中心将围绕公园',
      '甲研究院由乙研究院',
      '甲研究院在乙园区丙基地',
      '宝贵经验为我校新校区',
      '北京这条道路',
      '尽快明确甲项目二期',
      '甲大科学装置总体情况和乙大科学装置',
      '时期大科学装置',
      '任何大科学装置',
      '甲城按照大科学装置',
      '土地资源可供大科学装置',
    ])
      expect(isProjectName(name), name).toBe(false);
    for (const name of ['甲乙将军纪念馆', '甲乙在线服务平台', '甲乙为民服务中心'])
      expect(isProjectName(name), name).toBe(true);
  });

  it('takes no room, court or road named by its kind alone for a name (图书馆, 篮球馆, 高架城市快速路)', () => {
    for (const name of [
      '图书馆',
      '篮球馆',
      '羽毛球馆',
      '展览中心',
      '优质写字楼',
      '高架城市快速路',
      '骨干路',
    ])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    for (const name of ['甲乙大学图书馆', '甲乙游泳馆', '甲乙展览中心'])
      expect(isProjectName(name), name).toBe(true);
  });
});

describe('isProjectName: clauses, places and activities of round 41', () => {
  it('takes no clause a verb of place or time opens, no place beside a village and no figure of speech for a name', () => {
    for (const name of [
      '距离甲乙森林公园',
      '走进校园',
      '邻近车站',
      '维护公园',
      '时间13-18北段',
      '壮美弧线',
      '微循环路线',
      '甲乙改造工程既',
      '甲乙村南',
    ])
      expect(isProjectName(name), name).toBe(false);
    for (const name of ['甲乙村南路', '地铁13号线', '甲乙森林公园'])
      expect(isProjectName(name), name).toBe(true);
  });

  it('takes no service or activity for a project, even in a list of them (阅览、演出等便民项目)', () => {
    for (const name of ['演出', '阅览', '咨询热线', '技能培训'])
      expect(isProjectName(name, { listed: true }), name).toBe(false);
    expect(isProjectName('甲乙', { listed: true })).toBe(true);
  });
});

describe('isZoneArea', () => {
  it('takes a zone told as an area for a place, and a named site in it for none', () => {
    expect(isZoneArea('未来科学城(生命谷)产业集聚区')).toBe(true);
    expect(isZoneArea('未来科学城生命谷片区')).toBe(true);
    expect(isProjectName('北京怀柔科学城片区', { listed: true })).toBe(false);
    expect(isZoneArea('生命谷国际精准医学产业园')).toBe(false);
    expect(isZoneArea('回龙观东大街片区')).toBe(false);
    // a clause that says where a university has built (今甲大在乙园区建有分校区)
    expect(isProjectName('今甲大在乙园区建有分校区')).toBe(false);
  });
});
