import { PostType, Skill, WishCategory } from '@linli/shared';

/** Fictional Chinese names and the text a city's rows carry. Nothing here names a real person. */

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  );
const GIVEN = [
  '秀英',
  '建国',
  '桂兰',
  '志强',
  '丽娟',
  '伟',
  '芳',
  '敏',
  '静',
  '军',
  '磊',
  '洋',
  '艳',
  '勇',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
  '玉兰',
  '红梅',
  '海燕',
  '建华',
  '国强',
  '晓东',
  '春梅',
  '子涵',
  '浩然',
  '雨桐',
  '欣怡',
  '梓萱',
  '宇轩',
  '思远',
  '佳怡',
  '文博',
  '淑珍',
  '德胜',
  '凤英',
  '志刚',
  '丽华',
  '永红',
  '立新',
  '卫东',
  '金凤',
  '秋菊',
  '学军',
  '小燕',
  '振华',
  '慧敏',
  '宏伟',
  '婷婷',
  '鹏',
];

/** A person's name for index `i` (a fixed hash, so it needs no storage and never changes). */
export function personName(i: number): string {
  const h = Math.imul(i + 0x3c6ef372, 0x9e3779b1) >>> 0;
  return SURNAMES[h % SURNAMES.length] + GIVEN[(h >>> 8) % GIVEN.length];
}

/** A mobile number for index `i`: 1xx followed by eight digits, distinct for distinct i below 10^8. */
export function phoneOf(i: number): string {
  const prefixes = ['138', '139', '137', '136', '135', '158', '159', '186', '187', '188'];
  return prefixes[Math.floor(i / 1e8) % prefixes.length] + String(i % 1e8).padStart(8, '0');
}

const DISTRICT_NAMES = ['江岸区', '江汉区', '硚口区', '汉阳区', '武昌区', '青山区', '洪山区', '东西湖区', '蔡甸区', '江夏区', '黄陂区', '新洲区'];
const STREET_WORDS = [
  '东风',
  '红旗',
  '解放',
  '人民',
  '建设',
  '和平',
  '友谊',
  '胜利',
  '光明',
  '新华',
  '中山',
  '民主',
  '幸福',
  '长江',
  '黄河',
  '前进',
  '朝阳',
  '团结',
  '文化',
  '振兴',
];
const COMMUNITY_WORDS = [
  '东湖',
  '柳园',
  '桂苑',
  '梅园',
  '兰亭',
  '竹林',
  '松涛',
  '枫叶',
  '银杏',
  '丹桂',
  '翠微',
  '锦绣',
  '和睦',
  '安居',
  '康乐',
  '春晖',
  '晨曦',
  '碧水',
  '青山',
  '明珠',
  '金桥',
  '玉泉',
  '花园',
  '紫荆',
  '海棠',
  '芙蓉',
];

export function districtName(i: number): string {
  return i < DISTRICT_NAMES.length ? DISTRICT_NAMES[i] : `第${i + 1}区`;
}

export function streetName(i: number): string {
  const word = STREET_WORDS[i % STREET_WORDS.length];
  const round = Math.floor(i / STREET_WORDS.length);
  return round === 0 ? `${word}街道` : `${word}${round + 1}街道`;
}

export function communityName(i: number): string {
  const word = COMMUNITY_WORDS[i % COMMUNITY_WORDS.length];
  const round = Math.floor(i / COMMUNITY_WORDS.length);
  return round === 0 ? `${word}社区` : `${word}第${round + 1}社区`;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function gridName(i: number): string {
  return i < NUMERALS.length ? `第${NUMERALS[i]}网格` : `第${i + 1}网格`;
}

/** "2单元 301": unit (stairwell), floor and door, two doors a floor. */
export function flatLabel(index: number, floors: number): string {
  const perUnit = floors * 2;
  const unit = Math.floor(index / perUnit) + 1;
  const floor = Math.floor((index % perUnit) / 2) + 1;
  const door = (index % 2) + 1;
  return `${unit}单元 ${floor}${String(door).padStart(2, '0')}`;
}

export const WORK_UNIT_TEMPLATES: { suffix: string; kind: 'government' | 'enterprise' | 'public_institution' | 'social_organisation'; org: string }[] = [
  { suffix: '区教育局', kind: 'government', org: '机关党委' },
  { suffix: '区民政局', kind: 'government', org: '机关党委' },
  { suffix: '区卫健委', kind: 'government', org: '机关党委' },
  { suffix: '市供电公司', kind: 'enterprise', org: '党委' },
  { suffix: '市自来水公司', kind: 'enterprise', org: '党委' },
  { suffix: '燃气集团', kind: 'enterprise', org: '党委' },
  { suffix: '中学', kind: 'public_institution', org: '党总支' },
  { suffix: '小学', kind: 'public_institution', org: '党支部' },
  { suffix: '医院', kind: 'public_institution', org: '党委' },
  { suffix: '社区卫生服务中心', kind: 'public_institution', org: '党支部' },
  { suffix: '银行支行', kind: 'enterprise', org: '党支部' },
  { suffix: '志愿者协会', kind: 'social_organisation', org: '党支部' },
];

export const AGREEMENT = '双方本着资源共享、优势互补、共驻共建的原则，围绕社区治理、志愿服务、关爱困难群众等方面开展合作，每年至少开展四次共建活动。';

export const UNIT_RESOURCES = [
  { kind: 'venue', description: '单位会议室周末可借给社区开展活动' },
  { kind: 'expertise', description: '每季度组织一次专业志愿服务进社区' },
  { kind: 'funds', description: '每年安排专项资金用于社区困难群众微心愿' },
  { kind: 'other', description: '提供车辆支持社区助老送餐' },
];

export const SKILLS = Object.values(Skill);

export interface WishTemplate {
  category: WishCategory;
  title: string;
  story: string;
  /** Value range in fen (0 for help that costs nothing). */
  minFen: number;
  maxFen: number;
}

export const WISH_TEMPLATES: WishTemplate[] = [
  {
    category: WishCategory.Goods,
    title: '给孙子买一个新书包',
    story: '孙子上三年级，书包背带断了好几次，想要一个结实的双肩书包。',
    minFen: 8000,
    maxFen: 20000,
  },
  { category: WishCategory.Goods, title: '冬天想要一床厚棉被', story: '家里被子用了十多年，冬天很冷，想要一床厚一点的棉被。', minFen: 15000, maxFen: 40000 },
  { category: WishCategory.Goods, title: '想要一台二手电风扇', story: '夏天屋里闷热，老电扇坏了修不好，想要一台能用的电风扇。', minFen: 10000, maxFen: 30000 },
  { category: WishCategory.Goods, title: '孩子需要一盏护眼台灯', story: '孩子晚上写作业灯光太暗，眼睛容易累，想要一盏护眼台灯。', minFen: 6000, maxFen: 15000 },
  { category: WishCategory.Goods, title: '想要一副老花镜', story: '眼睛花了看不清药盒上的字，想配一副合适的老花镜。', minFen: 3000, maxFen: 10000 },
  { category: WishCategory.Goods, title: '家里缺一个电饭煲', story: '电饭煲内胆坏了，煮饭总是糊底，想换一个小一点的电饭煲。', minFen: 10000, maxFen: 25000 },
  { category: WishCategory.Goods, title: '想要一辆助行器', story: '腿脚不灵便，出门买菜要扶墙走，想要一个带座椅的助行器。', minFen: 15000, maxFen: 45000 },
  {
    category: WishCategory.Goods,
    title: '给女儿买几本课外书',
    story: '女儿喜欢看书，家里只有课本，想要几本适合初中生的课外读物。',
    minFen: 5000,
    maxFen: 15000,
  },
  {
    category: WishCategory.Goods,
    title: '想要一件厚羽绒服',
    story: '身上的棉衣穿了很多年，已经不保暖了，想要一件厚实的羽绒服。',
    minFen: 20000,
    maxFen: 50000,
  },
  {
    category: WishCategory.Goods,
    title: '需要一个血压计',
    story: '有高血压，医生让每天量血压，家里没有血压计，想要一个电子血压计。',
    minFen: 10000,
    maxFen: 30000,
  },
  { category: WishCategory.Service, title: '换一个厨房水龙头', story: '厨房水龙头一直滴水，自己不会换，想请懂维修的党员帮忙。', minFen: 2000, maxFen: 8000 },
  { category: WishCategory.Service, title: '修一修卫生间的灯', story: '卫生间的灯时亮时不亮，晚上起夜很不方便，想请人帮忙看看线路。', minFen: 0, maxFen: 5000 },
  { category: WishCategory.Service, title: '帮忙疏通下水道', story: '厨房下水道堵了好几天，自己用了很多办法都不行，想请人帮忙疏通。', minFen: 0, maxFen: 6000 },
  { category: WishCategory.Service, title: '想理一次发', story: '行动不便出不了门，头发很长了，想请会理发的志愿者上门理发。', minFen: 0, maxFen: 3000 },
  {
    category: WishCategory.Service,
    title: '给家里窗户装个纱窗',
    story: '夏天蚊子多，窗户没有纱窗，晚上睡不好，想请人帮忙装一下。',
    minFen: 5000,
    maxFen: 15000,
  },
  { category: WishCategory.Service, title: '请人帮忙打扫一次卫生', story: '一个人住年纪大了，高处够不着，想请志愿者帮忙大扫除一次。', minFen: 0, maxFen: 0 },
  { category: WishCategory.Help, title: '想有人陪我去医院复查', story: '独居，腿脚不便，下周要去区医院复查血压，想请人陪同挂号取药。', minFen: 0, maxFen: 0 },
  { category: WishCategory.Help, title: '教我用手机交电费', story: '年纪大了不会用手机缴费，每次都要跑营业厅，想学会在手机上交水电费。', minFen: 0, maxFen: 0 },
  { category: WishCategory.Help, title: '想学用微信视频通话', story: '孩子在外地工作，想学会用微信和孙子视频聊天。', minFen: 0, maxFen: 0 },
  {
    category: WishCategory.Help,
    title: '帮孩子辅导一下数学',
    story: '孩子上初二，数学跟不上，家长文化程度不高辅导不了，想请人每周辅导一次。',
    minFen: 0,
    maxFen: 0,
  },
  { category: WishCategory.Help, title: '帮忙代缴医保', story: '不会在网上办理医保缴费，想请人帮忙办一下今年的城乡居民医保。', minFen: 0, maxFen: 0 },
  { category: WishCategory.Help, title: '想有人陪我聊聊天', story: '老伴走了以后一个人在家，孩子都在外地，希望有人周末来陪我说说话。', minFen: 0, maxFen: 0 },
  { category: WishCategory.Help, title: '帮忙把旧家具搬下楼', story: '家里有一个旧衣柜要处理，住六楼没有电梯，自己搬不动。', minFen: 0, maxFen: 0 },
  { category: WishCategory.Help, title: '帮忙取一次处方药', story: '每月要去医院开药，这个月身体不舒服去不了，想请人帮忙代取。', minFen: 0, maxFen: 0 },
];

export const WISH_REJECT_REASONS = [
  '心愿金额超出本社区的微心愿标准，建议通过临时救助渠道解决',
  '内容含有个人隐私信息，请修改后重新提交',
  '该需求已由社区民政专干对接解决',
  '心愿描述不够清楚，请补充具体需要后重新提交',
];

export const WISH_THANKS = [
  '非常感谢，党员同志真贴心！',
  '谢谢你们，帮了大忙了。',
  '东西收到了，很实用，谢谢！',
  '小伙子很耐心，谢谢！',
  '感谢社区和志愿者的关心。',
];
export const FULFIL_NOTES = [
  '已送到家中，老人很满意',
  '已上门完成维修并试用正常',
  '已陪同完成，老人已安全到家',
  '已当面教会，老人自己操作了一遍',
  '物品已交给家属签收',
];
export const CONSENT_NOTES = ['本人口头同意，网格员入户登记', '本人同意，由家属在场确认', '本人签字同意由网格员代办'];
export const HIDDEN_REASONS = ['居民举报内容不实，经核实后隐藏', '内容涉及他人隐私，已隐藏'];

export interface PostTemplate {
  type: PostType;
  title: string;
  description: string;
  place: string;
  skill: Skill | null;
}

export const POST_TEMPLATES: PostTemplate[] = [
  {
    type: PostType.EnvironmentCleanUp,
    title: '周末小区环境整治',
    description: '清理楼道杂物、捡拾绿化带垃圾、劝导文明养犬。请自备手套，社区提供垃圾袋和夹子。',
    place: '小区中心广场',
    skill: null,
  },
  {
    type: PostType.CivilityPatrol,
    title: '上学路口文明劝导',
    description: '早高峰在学校门口路口劝导电动车戴头盔、不闯红灯，护送学生过马路。',
    place: '学校门口路口',
    skill: null,
  },
  {
    type: PostType.ElderlyCare,
    title: '助老送餐',
    description: '中午把社区食堂的午餐送到行动不便的老人家里，顺便陪老人聊聊天。',
    place: '社区长者食堂',
    skill: Skill.ElderlyCare,
  },
  {
    type: PostType.DoorKnocking,
    title: '天天敲门 · 独居老人走访',
    description: '走访网格内的独居老人，看看门窗水电、问问身体和需要，发现情况及时告诉网格员。',
    place: '网格内各楼栋',
    skill: null,
  },
  {
    type: PostType.Tutoring,
    title: '周末课业辅导',
    description: '在社区活动室为双职工家庭的孩子辅导作业，小学和初中都需要，每次两小时。',
    place: '党群服务中心二楼活动室',
    skill: Skill.Tutoring,
  },
  {
    type: PostType.EpidemicControl,
    title: '疫苗接种登记协助',
    description: '在接种点协助居民扫码登记、维持排队秩序、引导留观。',
    place: '社区卫生服务站',
    skill: Skill.Medical,
  },
  {
    type: PostType.Other,
    title: '党群服务中心志愿值班',
    description: '在党群服务中心门口值班：为来办事的居民指路、帮老人填表、维持排队秩序。',
    place: '党群服务中心一楼大厅',
    skill: null,
  },
  {
    type: PostType.Other,
    title: '义务法律咨询',
    description: '每月一次在社区为居民解答婚姻家庭、劳动纠纷、房屋租赁等法律问题。',
    place: '社区议事厅',
    skill: Skill.Legal,
  },
];

export const STANDING_TEMPLATE = {
  type: PostType.Other,
  title: (building: string) => `${building}楼栋长（认岗）`,
  description: '认领楼栋长一年：收集居民诉求、传达社区通知、协助网格员入户走访。',
};

export interface TopicTemplate {
  title: string;
  body: string;
}

export const TOPIC_TEMPLATES: TopicTemplate[] = [
  { title: '小区东门增设非机动车充电棚', body: '近来不少居民把电动自行车推进楼道充电，存在火灾隐患。建议在东门内侧空地增设充电棚，配智能充电桩和灭火器。' },
  { title: '广场舞音乐音量与时间调整', body: '广场舞音响开得很大，有时到晚上九点半还没结束。希望大家商量一下：音量调小一点，结束时间提前到八点半。' },
  { title: '楼道照明改造为声控灯', body: '楼道灯经常坏，晚上上下楼不安全，建议统一更换为声控节能灯，费用从公共收益中列支。' },
  { title: '增设小区垃圾分类投放点', body: '现有垃圾桶数量不够、位置不合理，建议在每栋楼附近增设分类投放点并定时开放。' },
  { title: '儿童游乐设施维修', body: '中心花园的滑梯护板松动、秋千铁链生锈，希望尽快检修，必要时先把坏的设施围起来。' },
  { title: '小区停车位重新划线', body: '车位线已经看不清，乱停乱放堵住消防通道，建议重新划线并规定访客车位。' },
  { title: '楼顶防水层维修', body: '顶楼住户反映雨天漏水，建议使用维修资金对楼顶防水层进行整体维修。' },
  { title: '加装电梯方案征求意见', body: '楼里老人多，上下楼困难，想请社区牵头组织业主商量加装电梯，费用怎么分摊、低楼层住户的顾虑怎么解决。' },
];

export const COMMENTS = [
  '支持！早就该这么做了。',
  '我家老人腿脚不好，非常需要，赞成。',
  '费用怎么分摊希望公开透明，其他没意见。',
  '建议先听听低楼层住户的意见。',
  '社区已经在联系相关单位了，下周给大家答复。',
  '希望能尽快落实，谢谢社区。',
  '我可以帮忙联系施工队比价。',
];

export const DECLINE_REASONS = ['该事项属于物业服务合同范围，已转物业公司处理', '该事项已列入街道年度改造计划，无需另行议事'];
export const DECISION_RESPONSIBLE = ['社区居委会', '物业服务中心', '业主委员会', '社区居委会 / 物业服务中心'];
