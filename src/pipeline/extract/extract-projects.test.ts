import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences';
import { extractProjects, isWellFormed } from './extract-projects';

const projects = (text: string) =>
  extractProjects(splitSentences(text), { documentYear: 2024 }).map((p) => [p.name_zh, p.status]);
const names = (text: string) => projects(text).map(([name]) => name);

describe('extractProjects', () => {
  it('splits quoted speech into clauses like other text', () => {
    expect(names('“东区进展很快,像甲集团、乙公司的研发基地已经投入运营。”')).toEqual([
      '甲集团研发基地',
      '乙公司研发基地',
    ]);
  });

  it("reads a list after 拟新建 as projects to be built, and 法院 and a park's part as heads", () => {
    expect(projects('今年拟新建甲乙中街、丙丁人民法院、戊己公园南区。')).toEqual([
      ['甲乙中街', 'planned'],
      ['丙丁人民法院', 'planned'],
      ['戊己公园南区', 'planned'],
    ]);
  });

  it('takes a heading that names a road with its section in brackets (甲路(乙街~丙路)) for a project', () => {
    expect(names('甲乙路(丙丁街~戊己路)\n项目西起丙丁街,道路全长960米。')).toEqual([
      '甲乙路(丙丁街~戊己路)',
    ]);
  });

  it('reads 开放 after an adverb as a verb, and takes no parts of an unnamed project or corners', () => {
    expect(names('此外,甲乙研究平台、丙丁测试平台也已全面开放,运行情况良好。')).toEqual([
      '甲乙研究平台',
      '丙丁测试平台',
    ]);
    expect(names('项目包括公交机械式立体停车楼、业务用房等市政设施。')).toEqual([]);
    expect(names('首末站位于甲乙北街与丙丁东二路交叉路口的西南角。')).not.toContain('西南角');
    expect(names('这座车站未来将是甲线与乙线的换乘站。')).toEqual([]);
    expect(names('甲乙对成像设施的启动表示祝贺,要注重设施建设的前瞻性。')).toEqual([]);
  });

  it('keeps 开放 inside a road name, and takes no list after 纳入, rooms, counts of people or fields', () => {
    expect(names('位于老城区内的开放西路和下元街2条道路是也将提升道路条件。')).toEqual([
      '开放西路',
      '下元街',
    ]);
    expect(names('甲谷、乙谷双双纳入全市重点产业集聚区。')).toEqual([]);
    expect(names('平台建有超净间、干燥间等设施。')).toEqual([]);
    expect(names('甲医院派出万余人次支援武汉。')).toEqual([]);
    expect(names('医院二期工程由市政府出资建设。')).toEqual([]);
  });

  it('takes no people, kinds of event or clause for projects, and keeps 和平 whole at a clause start', () => {
    expect(names('党和国家领导人甲乙、丙丁、戊己等曾先后到甲乙科学园园区视察。')).toEqual([]);
    expect(names('太阳耀斑、日冕物质抛射事件、磁暴等都是空间天气现象。')).toEqual([]);
    expect(names('甲乙医学中心是甲乙大学布局未来医学发展的核心战略项目。')).toEqual([
      '甲乙医学中心',
    ]);
    expect(names('和平郊野公园已建成开放。')).toEqual(['和平郊野公园']);
    expect(names('项目建设方为甲乙公路联络线有限责任公司,定位为城市主干路。')).toEqual([]);
  });

  it("takes neither a park's fittings and activities nor a project's designations for projects", () => {
    expect(names('公园配套设置景墙、坐凳、廊架、木栈桥、驳岸、垃圾桶等设施。')).toEqual([]);
    expect(names('为居民提供下棋、园艺、看书、聚会聊天等多种活动空间。')).toEqual([]);
    expect(names('工人们正加紧建设公共卫生间等配套基础设施。')).toEqual([]);
    expect(names('甲院区二期扩建工程是国家“十四五”时期重大工程、北京市重点工程。')).toEqual([
      '甲院区二期扩建工程',
    ]);
    expect(names('生命园已拥有北生所、脑科学中心、国家蛋白质科学中心等国家级科研机构。')).toEqual([
      '北生所',
      '脑科学中心',
      '国家蛋白质科学中心',
    ]);
    expect(names('甲线昌平段未来建成后,将方便居民出行。')).toEqual([]);
  });

  it('reads a branch school as a clause subject, a name before its short name, and lettered buildings', () => {
    expect(names('甲乙附中丙丁分校,预计将建在戊己镇。')).toEqual(['甲乙附中丙丁分校']);
    expect(names('甲乙附中丙丁分校目前也在建设中。')).toEqual(['甲乙附中丙丁分校']);
    expect(names('依托甲乙经济开发区和中国科学院大学(简称“国科大”)。')).toEqual([
      '甲乙经济开发区',
      '中国科学院大学',
    ]);
    expect(names('本年度甲乙学院楼、科研楼A将开工建造。')).toEqual(['甲乙学院楼', '科研楼A']);
    expect(names('通过名校办分校,沿线有多个项目。')).toEqual([]);
  });

  it('reads 完结 like 完成: it ends the name before it (甲校区二期宿舍楼项目完结钢结构封顶)', () => {
    expect(projects('近来,甲乙校区二期宿舍楼项目完结钢结构封顶。')).toEqual([
      ['甲乙校区二期宿舍楼项目', 'under-construction'],
    ]);
  });

  it('reads track laying and closing a span as work under way, and stations closed by 站房', () => {
    expect(projects('甲乙高铁丙丁段开始铺轨。')).toEqual([
      ['甲乙高铁丙丁段', 'under-construction'],
    ]);
    expect(projects('甲乙大桥顺利合龙。')).toEqual([['甲乙大桥', 'under-construction']]);
    expect(names('甲乙西站、丙丁南站、戊己站三座高铁站房总建筑面积为1万平方米。')).toEqual([
      '甲乙西站',
      '丙丁南站',
      '戊己站',
    ]);
  });

  it('reads 揭牌, 投产 and 破土动工 as statuses', () => {
    expect(projects('推动甲产业集聚区、乙技术创新中心揭牌。')).toEqual([
      ['甲产业集聚区', 'in-use'],
      ['乙技术创新中心', 'in-use'],
    ]);
    expect(projects('保障丙手机工厂全面投产。')).toEqual([['丙手机工厂', 'in-use']]);
    expect(projects('去年10万平方米的丁星项目已经破土动工。')).toEqual([
      ['丁星项目', 'under-construction'],
    ]);
  });

  it('keeps a project under construction when only a part of it is finished', () => {
    expect(projects('甲数值模拟装置主体结构基本完工,土建工程完成55%。')).toEqual([
      ['甲数值模拟装置', 'under-construction'],
    ]);
  });

  it('leaves out who builds or pushes the projects', () => {
    expect(names('北京市和中国科学院、北京大学共建的5个交叉研究平台项目启动建设。')).toEqual([]);
    expect(names('今年,未来科学城集团加快推动甲园区、乙中心等重点项目建设。')).toEqual([
      '甲园区',
      '乙中心',
    ]);
  });

  it('names the project a clause is about (对于…项目)', () => {
    expect(names('在居住方面,对于校城融合社区项目,规划建设住宅。')).toEqual(['校城融合社区项目']);
  });

  it('takes neither the functions of a complex nor the parts of a building for projects', () => {
    expect(names('一个集商业服务、文化交流等多功能于一体的城市综合体即将诞生。')).toEqual([]);
    expect(names('甲(国际)生物工程创新中心项目东区主体结构全部封顶。')).toEqual([
      '甲(国际)生物工程创新中心项目',
    ]);
  });

  it('takes a zone with a phase for a project, unless that phased name is a place of its own', () => {
    expect(names('未来科学城一期将建成商业配套,开工建设甲服务中心。')).toEqual(['甲服务中心']);
    expect(names('生命谷三期已开工建设。')).toEqual(['生命谷三期']);
  });

  it('cuts a clause at a visit, so the visitors are no part of the name', () => {
    expect(projects('随后,区领导来到甲乙技术研究院有限公司,与公司领导座谈交流。')).toEqual([
      ['甲乙技术研究院有限公司', 'in-use'],
    ]);
    expect(names('区领导一行走进展厅,听取情况介绍。')).toEqual([]);
  });

  it('reads 分别 between a list and its verb as an adverb', () => {
    expect(names('甲乙公园、丙丁公园分别将于年中建成开放。')).toEqual(['甲乙公园', '丙丁公园']);
  });

  it('takes a new campus site (新校址) standing before its figures for a project', () => {
    expect(names('建成后的甲乙学院新校址总占地面积将达到20公顷。')).toEqual(['甲乙学院新校址']);
  });

  it('drops 如 and 建有 before a name, and a short name given in brackets after it', () => {
    expect(names('甲园区入驻了50家企业,同时建有甲乙医院、丙丁医院分院等一批医疗机构。')).toEqual([
      '甲乙医院',
      '丙丁医院分院',
    ]);
    expect(names('签约项目中,既有外资项目,如甲乙技术服务项目、丙丁公司北京总部等。')).toEqual([
      '甲乙技术服务项目',
      '丙丁公司北京总部',
    ]);
    expect(names('园区先后引入甲乙研究所(下称“甲所”)、丙丁工程研究中心等项目。')).toEqual([
      '甲乙研究所',
      '丙丁工程研究中心',
    ]);
  });

  it('takes a company listed for its project as no project when the project is named in full', () => {
    expect(
      names(
        '甲区签约了甲乙、丙丁等26个重大产业项目。签约项目包括甲乙创新中心二期、丙丁疫苗产业基地等。',
      ),
    ).toEqual(['甲乙创新中心二期', '丙丁疫苗产业基地']);
    expect(names('推动甲乙、丙丁等一批企业相继落户。甲乙创新中心二期开工。')).toEqual([
      '甲乙',
      '丙丁',
      '甲乙创新中心二期',
    ]);
  });
  it('reads 成立 as a status, a 开发区 as a name, and a list after 吸引 or a "only one" description', () => {
    expect(projects('2009年6月12日,甲科教产业园成立,乙丙开发区正式开工建设。')).toEqual([
      ['甲科教产业园', 'in-use'],
      ['乙丙开发区', 'under-construction'],
    ]);
    expect(names('目前已吸引甲大学技术转移中心、乙研究中心等机构落户。')).toEqual([
      '甲大学技术转移中心',
      '乙研究中心',
    ]);
    expect(names('其中,甲药物发现中心、北京唯一的重大疾病样本资源服务平台已投入运营。')).toEqual([
      '甲药物发现中心',
      '重大疾病样本资源服务平台',
    ]);
  });
  it('reads 奠基 as work begun, drops 此外 before a name, and takes no zone for a project', () => {
    expect(projects('甲石油科技创新基地30日在昌平奠基。')).toEqual([
      ['甲石油科技创新基地', 'under-construction'],
    ]);
    expect(names('此外甲乙医院二期、丙丁中心已投入使用。')).toEqual(['甲乙医院二期', '丙丁中心']);
    expect(names('今年,未来科学城的前身未来科技城项目已奠基10周年。')).toEqual([]);
  });
  it('reads 核准 and 批复 as planned, drops 今日 before a name, and keeps a name before 即将', () => {
    expect(projects('近日,乙委核准批复甲乙110千伏输变电工程。')).toEqual([
      ['甲乙110千伏输变电工程', 'planned'],
    ]);
    expect(names('今日甲乙国际医院签约入驻。')).toEqual(['甲乙国际医院']);
    expect(projects('乙委也正式批复甲乙大科学计划总部。')).toEqual([
      ['甲乙大科学计划总部', 'planned'],
    ]);
    expect(projects('甲乙数值模拟装置项目即将开工建设。')).toEqual([
      ['甲乙数值模拟装置项目', 'planned'],
    ]);
  });

  it("does not take an institution named as someone's employer for a project", () => {
    expect(names('由北京生命科学研究所资深研究员甲乙出任主任。')).toEqual([]);
    expect(names('园区聚集了北京生命科学研究所。')).toEqual(['北京生命科学研究所']);
  });

  it('lists a sub-area that was built as a project (alsoProject), but not a zone', () => {
    expect(projects('昌平南部将建设中关村国家工程技术创新基地。')).toEqual([
      ['中关村国家工程技术创新基地', 'planned'],
    ]);
    expect(names('甲镇将加快建设沙河高教园。')).toEqual([]);
  });

  it('reads a list closed by a count of kinds (等11类体育场馆) as sorts, not projects', () => {
    expect(names('中心设有羽毛球馆、游泳馆、田径场等11类体育场馆,已建成投用。')).toEqual([]);
    expect(names('甲体育馆、乙游泳馆等3个场馆建成投用。')).toEqual(['甲体育馆', '乙游泳馆']);
  });

  it('takes the name after a dash that follows a project description (…场馆项目——甲中心)', () => {
    expect(names('甲公园南部场馆项目——甲体育文化中心落地于此。')).toEqual(['甲体育文化中心']);
  });

  it('reads a plaza (广场) as a project, without the words in front of it, but not a park’s small plazas', () => {
    expect(names('新建甲乙广场已于去年底实现主体结构完工。')).toEqual(['甲乙广场']);
    expect(names('周边甲安置房、乙安置房等保障住房建成投用。')).toEqual(['甲安置房', '乙安置房']);
    expect(names('公园内的林荫活动小广场已建成投用。')).toEqual([]);
  });

  it('leaves out a route told as from one station to another (将从甲站贯通至乙站)', () => {
    expect(names('北段将从甲站贯通至乙站,预计明年开通。')).toEqual([]);
  });

  it('leaves out the parts a facility is defined by (是指…低温、高压、强磁场) and its role (核心装置)', () => {
    expect(
      names(
        '据介绍,甲装置项目是指综合集成低温、高压、强磁场、超快光场等一系列配套的集群设备所构成的大型科学实验设施。',
      ),
    ).toEqual(['甲装置项目']);
    expect(
      names('作为中国大科学装置之一,甲光源是由丙、丁共建的乙城大科学装置集群的核心装置。'),
    ).toEqual([]);
    expect(names('土建竣工是装置项目建设的重要里程碑。')).toEqual([]);
  });

  it('leaves out amenities (小药箱、打气筒等便民设施) and verbs taken for names (具备, 本该)', () => {
    expect(names('沿线放置小药箱、打气筒等便民设施,已投入使用。')).toEqual([]);
    expect(names('北段年底主体完工,具备通车条件。')).toEqual([]);
  });

  it('hands a shared ending only from a last item that is a name itself', () => {
    expect(
      names('系统支持三机位自动导播、自动捕捉运动员发球特写、推流至各直播平台,已投入使用。'),
    ).toEqual([]);
  });

  it('reads bridges as projects and the kinds of utility work built with a road as none', () => {
    expect(
      names('同时还将随路实施照明、雨水、污水、给水等工程,新建甲干渠桥和乙干渠桥两座桥梁。'),
    ).toEqual(['甲干渠桥', '乙干渠桥']);
  });

  it('reads a bridge named alone as a project (甲干渠桥开工建设)', () => {
    expect(names('甲干渠桥开工建设。')).toEqual(['甲干渠桥']);
  });

  it('names a road without the district before it, but keeps a district that is part of a name', () => {
    expect(names('近日,市发改委批复昌平区回南北路(霍营西路-立汤路)。')).toEqual([
      '回南北路(霍营西路-立汤路)',
    ]);
    expect(names('昌平区医院二期建成投用。')).toEqual(['昌平区医院二期']);
  });

  it('leaves out a clause that goes on about other projects (也将做好…与甲公园)', () => {
    expect(names('道路建设中也将做好相关道路与甲森林公园等项目慢行系统的衔接。')).toEqual([]);
  });

  it('leaves out a clause that sites a project (二期工程位于…) and a hospital’s grade (综合型三甲医院)', () => {
    expect(names('二期工程位于该院回龙观院区一期西侧,已建成投用。')).toEqual([]);
    expect(names('依托甲中心,成为人性化、智慧化、现代化和数字化的综合型三甲医院。')).toEqual([]);
  });

  it('names a project without a time word before its verb (今日开园) or a quoted epithet (“绿肺”)', () => {
    expect(names('北京甲乙公园今日开园。')).toEqual(['北京甲乙公园']);
    expect(names('甲萃路北延今早通车。')).toEqual(['甲萃路北延']);
    expect(names('作为最大的“绿肺”北京温榆河公园的组成部分,已建成开园。')).toEqual([
      '北京温榆河公园',
    ]);
  });

  it('takes a known facility after the kind it is (…基础设施项目综合极端条件实验装置, …设施——甲设施)', () => {
    expect(
      names('怀柔科学城国家重大科技基础设施项目综合极端条件实验装置日前完成竣工验收。'),
    ).toEqual(['综合极端条件实验装置']);
    expect(names('国家重大科技基础设施——甲乙成像设施在丙中心举行项目启动仪式。')).toEqual([
      '甲乙成像设施',
    ]);
  });

  it('reads roads listed before a kind of road (等“五通五畅”主干路, 等10余条断头路) and a road opened (打通)', () => {
    expect(names('实施甲东路、乙路、丙北路等“五通五畅”主干路的交通贯通工程。')).toEqual([
      '甲东路',
      '乙路',
      '丙北路',
    ]);
    expect(names('打通甲环路等10余条断头路。')).toEqual(['甲环路']);
    expect(names('搁置了12年的甲萃路断点打通。')).toEqual(['甲萃路']);
  });

  it('leaves out descriptions of a hospital (附属医院, 第一家医院) and places named alone (台湾、厦门等)', () => {
    expect(names('作为清华大学新建附属医院,甲乙医院是综合性公立医院,已建成投用。')).toEqual([
      '甲乙医院',
    ]);
    expect(names('台湾、厦门等长庚医院的院区先后接收培训人员。')).toEqual([]);
    expect(names('甲乙医院是集团在大陆设立的第一家医院,已建成投用。')).toEqual(['甲乙医院']);
    expect(
      names('预计这所医院将于2013年正式运营,建成后将填补该地区无大型三甲医院的空白。'),
    ).toEqual([]);
  });

  it('leaves out kinds and clauses taken for names (高科技产业园区, 工程项目, 规模为24班小学, 一栋…教学楼)', () => {
    expect(names('甲城是实现国家人才战略的高科技产业园区,已建成投用。')).not.toContain(
      '高科技产业园区',
    );
    expect(names('甲中心工程项目开工建设。')).toEqual(['甲中心工程项目']);
    expect(names('全力推进建设,建设规范工程、精品工程、廉洁工程,并力争早日建成投用。')).toEqual([]);
    expect(names('第二小学建设规模为24班小学,规划建设一栋连体小学教学楼。')).toEqual(['第二小学']);
    expect(names('北段将与南段贯通,已建成通车。')).toEqual([]);
    expect(names('我们将重点利用甲乙产业园的建成空间,打造丙产业园。')).not.toContain(
      '我们将重点利用甲乙产业园',
    );
  });

  it('names a park opened before another without the 继 in front (继甲滨水公园开园后)', () => {
    expect(names('继甲乙滨水公园开园后,居民再添去处。')).toEqual(['甲乙滨水公园']);
  });

  it('reads a list closed by a count of projects whatever equipment the clause names after it', () => {
    expect(names('甲乙光源等13个项目进入科研设备安装调试阶段。')).toEqual(['甲乙光源']);
  });

  it('names a road without the zone it runs in, and takes works whose proposal is approved', () => {
    expect(names('市发改委批复怀柔科学城东区甲西二路(乙路——丙街)道路工程项目建议书。')).toEqual([
      '甲西二路(乙路——丙街)道路工程',
    ]);
    expect(names('昌平区甲镇规划五路(乙路—丙街)道路工程可行性研究报告正式获得批复。')).toEqual([
      '甲镇规划五路(乙路—丙街)道路工程',
    ]);
    expect(names('怀柔科学城东区甲西四路南延开工。')).toEqual(['甲西四路南延']);
    expect(names('未来科学城第二中学开工。')).toEqual(['未来科学城第二中学']);
  });

  it('names a campus told by its place alone after the short name of its university (北航…沙河校区)', () => {
    expect(names('来自各地的北航2017级新生在沙河校区完成报到。')).toEqual(['北航沙河校区']);
    expect(names('北邮的学生和北航新生在沙河校区报到。')).toEqual(['北航沙河校区']);
    expect(names('新生在沙河校区报到。')).toEqual([]);
  });

  it('takes a wind tunnel for a facility, and 通过验收 for completed works', () => {
    const [tunnel] = extractProjects(splitSentences('甲-22超高速风洞刚通过验收。'), {
      documentYear: 2023,
    });
    expect(tunnel).toMatchObject({ name_zh: '甲-22超高速风洞', status: 'completed' });
  });

  it('takes a facility named as where people visit or work for a project', () => {
    expect(names('8月24日上午,媒体记者在甲乙模拟实验室参观。')).toEqual(['甲乙模拟实验室']);
  });

  it('takes works whose route a clause opens with, or named after a dash, for projects', () => {
    expect(names('甲河城市生态廊道建设工程北起乙水库,南入丙河。')).toEqual([
      '甲河城市生态廊道建设工程',
    ]);
    expect(names('甲城“一带润城”核心景观——乙河城市生态廊道建设工程,2020年春天启动。')).toEqual([
      '乙河城市生态廊道建设工程',
    ]);
    expect(names('工程计划分三期实施。')).toEqual([]);
  });

  it('takes no roads that a new one is told against for works (与甲路、乙路等相交道路)', () => {
    expect(
      names(
        '甲镇规划五路为区域骨干道路,建成后与七北路、乙白路、丙泗路等相交道路共同形成交通体系。',
      ),
    ).toEqual([]);
    expect(names('甲路、乙街等道路建成通车。')).toEqual(['甲路', '乙街']);
  });

  it('takes no rooms a school is to have, listed after 主要建设 or after its size (建设规模…包括)', () => {
    expect(
      names('项目占地11.6万平方米。主要建设教学用房、办公及管理用房、生活服务用房、报告厅等。'),
    ).toEqual([]);
    expect(
      names(
        '北京甲实验学校为市属公立学校,位于乙地区南端,建设规模约9.7万平方米,包括教学及辅助用房、生活用房、室外工程等建设。',
      ),
    ).toEqual(['北京甲实验学校']);
  });

  it('takes no parts of a building or of a site just measured for projects (…楼包括A、B和C)', () => {
    expect(names('共享实验楼包括质子医疗、核磁和温室3个实验室。')).not.toContain('质子医疗');
    expect(
      names('甲园区改造项目占地面积40亩,建筑面积2.5万平米,包括研发办公楼、展示中心和科技花园。'),
    ).not.toContain('展示中心');
    expect(names('今年将建设一批项目,包括甲科技园、乙创新中心等项目。')).toEqual([
      '甲科技园',
      '乙创新中心',
    ]);
  });

  it('reads 启动区 as a start-up area, not as the verb 启动', () => {
    expect(names('甲中心一期启动区甲乙能源中心已竣工。')).not.toContain('区甲乙能源中心');
    expect(names('启动甲乙能源中心建设。')).toEqual(['甲乙能源中心']);
  });

  it('reads a trial run (试运行) as a verb, which the name before it ends at', () => {
    expect(names('位于回天地区的甲乙城市休闲公园试运行结束,将短暂闭园。')).toEqual([
      '甲乙城市休闲公园',
    ]);
  });

  it('takes no items of a list of fields closed by 相关领域 for projects', () => {
    expect(
      names('将建设尖端医学突破、新型医疗科技、新药创新、临床研究等相关领域研究平台及机构。'),
    ).toEqual([]);
  });

  it('reads two lists joined by 和 apart when the first is closed by its count and kind, and one after 依托', () => {
    expect(
      names(
        '园区以北大国际医院为临床试验平台，依托甲芯片国家工程研究中心、乙药物国家工程研究中心等7个国家级工程化产业项目和美国丙、瑞士丁、丹麦诺和诺德等8家国际著名企业的研发中心。',
      ),
    ).toEqual([
      '北大国际医院',
      '甲芯片国家工程研究中心',
      '乙药物国家工程研究中心',
      '美国丙研发中心',
      '瑞士丁研发中心',
      '丹麦诺和诺德研发中心',
    ]);
  });

  it('reads a name after 修建中的, 建设中的 or 在建的 as a project under construction', () => {
    expect(projects('修建中的地铁13号线甲乙站，工人们正在进行作业。')).toEqual([
      ['地铁13号线甲乙站', 'under-construction'],
    ]);
    expect(projects('在建的丙丁医院二期工程。')[0]?.[1]).toBe('under-construction');
  });

  it('reads the names after 分别是 that a count of firms or projects announces (13家央企分别是…)', () => {
    expect(names('13家央企分别是甲乙集团、中丙油、国家丁网和中国戊己。')).toEqual([
      '甲乙集团',
      '中丙油',
      '国家丁网',
      '中国戊己',
    ]);
    expect(names('三个项目分别是甲乙公园、丙丁学校。')).toEqual(['甲乙公园', '丙丁学校']);
    expect(names('两个指标分别是甲乙和丙丁。')).toEqual([]);
  });

  it('reads 拟设 as a plan and splits what it plans from the line it is on', () => {
    expect(projects('北京市郊铁路甲乙线拟设丙丁站。')).toEqual([
      ['北京市郊铁路甲乙线', 'planned'],
      ['丙丁站', 'planned'],
    ]);
  });

  it('takes the name after a kind and a dash (新型研发机构——甲研究院)', () => {
    expect(names('由甲乙领衔筹建的新型研发机构——丙丁应用数学研究院在怀柔区正式成立。')).toEqual([
      '丙丁应用数学研究院',
    ]);
  });

  it('reads the name that 和 joins to a count of an owner’s unnamed things (甲局三个审评中心和乙中心)', () => {
    expect(
      projects('目前,甲乙总局三个审评中心和国家丙丁与戊己研究北方科学中心已在该区域选址建设。'),
    ).toEqual([['国家丙丁与戊己研究北方科学中心', 'under-construction']]);
  });

  it('takes no layout told by a quoted count (公园构建“一心一塔两轴三片区”的整体布局) for a name', () => {
    expect(names('据了解,公园构建“一心一塔两轴三片区”的整体布局。')).toEqual([]);
    expect(names('据了解,甲乙公园“灯塔工厂”已建成投用。')).not.toEqual([]);
  });

  it('reads the list after 包括 as of the kind the clause before counted (已有9个研究所入驻甲城,包括…)', () => {
    expect(names('目前,甲院系统已有3个研究所入驻乙城,包括丙丁所、戊己中心、庚辛所。')).toEqual([
      '丙丁所',
      '戊己中心',
      '庚辛所',
    ]);
    expect(names('目前,乙城已有3位院士入驻,包括丙丁、戊己、庚辛。')).toEqual([]);
  });

  it('takes no list that people close (法国、日本等海外专家学者代表) for places or projects', () => {
    expect(
      names(
        '来自甲中心的主要科学家,法国、日本等海外专家学者代表、各科技设施的研究机构用户约360人参加论坛。',
      ),
    ).toEqual([]);
  });

  it('keeps a road’s bracketed section in its name, whatever words it holds (定泗路(规划五路-岭上西路)…工程), and takes no part by its place alone (首段)', () => {
    expect(names('该工程是甲泗路全线改造的首段通车项目。')).toEqual([]);
    expect(projects('昌平区重点民生工程——甲泗路(规划五路-乙上西路)路面改造工程正式通车。')).toEqual(
      [['甲泗路(规划五路-乙上西路)路面改造工程', 'in-use']],
    );
  });

  it('takes no road that only bounds a site (东至规划甲路,南至规划乙路) for a project', () => {
    expect(
      names('该地块位于甲村,具体四至为:东至规划甲祥路,南至规划乙河南路,北至规划丙祥街。'),
    ).toEqual([]);
    expect(names('规划建设甲祥路,南起乙河南路,北至丙祥街。')).toEqual(['甲祥路']);
  });
});

describe('isWellFormed', () => {
  it('takes no name cut across a quote or a bracket, and none holding a reference mark', () => {
    for (const name of [
      '“甲乙公交保养场及场站',
      '版”甲乙路',
      '甲乙“灯塔工厂',
      '甲乙(一期',
      '历史[5]甲乙北段',
      '工程',
      '项目',
    ])
      expect(isWellFormed(name), name).toBe(false);
    for (const name of ['甲乙“灯塔工厂”', '甲乙森林公园(一期)', '“甲乙”科创园'])
      expect(isWellFormed(name), name).toBe(true);
  });

  it('keeps a name cut across a quote out of the projects a sentence names', () => {
    expect(names('“甲乙公交保养场及场站建成后,将满足驻车需求。')).not.toContain(
      '“甲乙公交保养场及场站',
    );
  });
});

describe('extractProjects: examples of a kind', () => {
  it('gives the items after 如 the kind the clause before ends with (…高校的新校区,如甲大、乙航等)', () => {
    expect(names('甲园区中出现了很多高校的新校区,如甲大、乙航等。')).toEqual([
      '甲大新校区',
      '乙航新校区',
    ]);
    expect(names('甲园区中有很多好吃的,如甲饼、乙糕等。')).toEqual([]);
  });
});

describe('extractProjects: substations named by their place', () => {
  it('names each place of a list closed by a count of substations (甲、乙2座变电站) as a substation', () => {
    expect(names('甲庄、乙庄2座变电站为丙城提供电力支持。')).toEqual(['甲庄变电站', '乙庄变电站']);
  });
});
