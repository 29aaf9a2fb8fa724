import { AvailabilitySlot, HouseholdRelation, RegistrationStatus, ResourceKind, Role, Skill, WorkUnitKind } from '@linli/shared';

/**
 * The demo: one district, two streets, four communities, two grids each, three buildings per
 * grid, eight flats per building (192 households), and a cast of users for every role.
 * Fictional names; deterministic so screenshots and tests see the same city every time.
 */
export const DEMO_DISTRICT = { id: '0190a000-0000-7000-8000-000000000001', name: '幸福区' };

export const DEMO_STREETS = [
  { name: '东风街道', communities: ['东湖社区', '柳园社区'] },
  { name: '红旗街道', communities: ['红旗社区', '新华社区'] },
];

export const GRIDS_PER_COMMUNITY = ['第一网格', '第二网格'];
export const BUILDINGS_PER_GRID = 3;
export const UNITS = ['1单元', '2单元'];
/** Flats are named by unit (stairwell), floor and door: "2单元 301". */
export const FLOORS = [1, 2, 3, 4];

/** Flats in 东湖社区 6号楼 2单元 are still the developer's (unsold): they vote as one owner together. */
export const DEVELOPER = { name: '幸福置业有限公司', community: '东湖社区', building: '6号楼', unit: '2单元' };

/** One person owning two flats counts once in an owners' headcount. */
export const MULTI_OWNER = {
  name: '刘建华',
  community: '东湖社区',
  flats: [
    ['1号楼', '1单元 101'],
    ['2号楼', '1单元 101'],
  ] as const,
};

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('');
const GIVEN = ['秀英', '建国', '桂兰', '志强', '丽娟', '伟', '芳', '敏', '静', '军', '磊', '洋', '艳', '勇', '杰', '娟', '涛', '明', '超', '霞'];

export function ownerName(index: number): string {
  return SURNAMES[index % SURNAMES.length] + GIVEN[(index * 7 + 3) % GIVEN.length];
}

/** Deterministic registered floor area, 60.00–139.99 m², in hundredths. */
export function flatArea(index: number): number {
  return 6000 + ((index * 2477) % 8000);
}

export interface DemoUser {
  name: string;
  label: string;
  phone: string;
  /** Where they live: community, building, flat label, relation. */
  home?: { community: string; building: string; flat: string; relation: HouseholdRelation; adult?: boolean };
  /** Role grants: role over the named place (district, street, community or "community/grid"). */
  grants: { role: Role; place: string }[];
  points?: { amount: number; reason: string }[];
  /** Their double reporting (双报到) to the community they live in, approved unless said otherwise. */
  reporting?: { unit: string; skills: Skill[]; availability: AvailabilitySlot[]; status?: RegistrationStatus };
}

/** Work units whose members live in the demo city; the first two sit on 东湖社区's joint committee. */
export const DEMO_WORK_UNITS = [
  { name: '区教育局', kind: WorkUnitKind.Government, partyOrgName: '区教育局机关党委' },
  { name: '市供电公司', kind: WorkUnitKind.Enterprise, partyOrgName: '市供电公司党委' },
  { name: '第一中学', kind: WorkUnitKind.PublicInstitution, partyOrgName: '第一中学党总支' },
  { name: '东风医院', kind: WorkUnitKind.PublicInstitution, partyOrgName: '东风医院党委' },
];

/** Unit registrations (单位报到): the contact is a demo user by name. */
export const DEMO_UNIT_REGISTRATIONS = [
  {
    unit: '区教育局',
    community: '东湖社区',
    contact: '钱进',
    status: RegistrationStatus.Approved,
    resources: [
      { kind: ResourceKind.Venue, description: '局机关二楼会议室，周末可借给社区开展活动' },
      { kind: ResourceKind.Expertise, description: '每月一次家庭教育讲座' },
    ],
  },
  {
    unit: '东风医院',
    community: '东湖社区',
    contact: '韩雪',
    status: RegistrationStatus.Approved,
    resources: [
      { kind: ResourceKind.Expertise, description: '每季度一次义诊，独居老人上门随访' },
      { kind: ResourceKind.Funds, description: '每年 2 万元用于社区困难群众微心愿' },
    ],
  },
  {
    unit: '第一中学',
    community: '东湖社区',
    contact: '邓凯',
    status: RegistrationStatus.Pending,
    resources: [{ kind: ResourceKind.Venue, description: '寒暑假开放操场和图书室' }],
  },
];

export const DEMO_AGREEMENT = '双方本着资源共享、优势互补、共驻共建的原则，围绕社区治理、志愿服务、关爱困难群众等方面开展合作，每年至少开展四次共建活动。';

export const DEMO_USERS: DemoUser[] = [
  { name: '幸福区管理员', label: '幸福区 · 管理员', phone: '13800000001', grants: [{ role: Role.Admin, place: '幸福区' }] },
  { name: '周振华', label: '东风街道 · 街道干部', phone: '13800000002', grants: [{ role: Role.StreetOfficer, place: '东风街道' }] },
  { name: '吴丽', label: '红旗街道 · 街道干部', phone: '13800000003', grants: [{ role: Role.StreetOfficer, place: '红旗街道' }] },
  {
    name: '李红梅',
    label: '东湖社区 · 党组织书记',
    phone: '13800000011',
    home: { community: '东湖社区', building: '3号楼', flat: '1单元 201', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.Secretary, place: '东湖社区' }],
  },
  {
    name: '陈志刚',
    label: '柳园社区 · 党组织书记',
    phone: '13800000012',
    home: { community: '柳园社区', building: '1号楼', flat: '2单元 301', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.Secretary, place: '柳园社区' }],
  },
  {
    name: '杨秀云',
    label: '红旗社区书记 · 住在东湖社区',
    phone: '13800000013',
    home: { community: '东湖社区', building: '4号楼', flat: '2单元 101', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.Secretary, place: '红旗社区' }],
  },
  {
    name: '赵国庆',
    label: '新华社区 · 党组织书记',
    phone: '13800000014',
    home: { community: '新华社区', building: '2号楼', flat: '1单元 401', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.Secretary, place: '新华社区' }],
  },
  {
    name: '孙丽',
    label: '东湖社区 · 网格员（第一网格）',
    phone: '13800000021',
    home: { community: '东湖社区', building: '2号楼', flat: '2单元 201', relation: HouseholdRelation.Resident },
    grants: [{ role: Role.GridWorker, place: '东湖社区/第一网格' }],
  },
  { name: '胡斌', label: '柳园社区 · 网格员（第一网格）', phone: '13800000022', grants: [{ role: Role.GridWorker, place: '柳园社区/第一网格' }] },
  { name: '朱敏', label: '红旗社区 · 网格员（第一网格）', phone: '13800000023', grants: [{ role: Role.GridWorker, place: '红旗社区/第一网格' }] },
  { name: '高峰', label: '新华社区 · 网格员（第一网格）', phone: '13800000024', grants: [{ role: Role.GridWorker, place: '新华社区/第一网格' }] },
  {
    name: '王建军',
    label: '东湖社区 · 在职党员（区教育局）',
    phone: '13800000031',
    home: { community: '东湖社区', building: '1号楼', flat: '2单元 301', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.PartyMember, place: '东湖社区' }],
    reporting: {
      unit: '区教育局',
      skills: [Skill.Tutoring, Skill.Counselling],
      availability: [AvailabilitySlot.WeekendDaytime, AvailabilitySlot.WeekdayEvening],
    },
  },
  {
    name: '张伟',
    label: '东湖社区 · 在职党员（市供电公司）',
    phone: '13800000032',
    home: { community: '东湖社区', building: '5号楼', flat: '1单元 301', relation: HouseholdRelation.Tenant },
    grants: [{ role: Role.PartyMember, place: '东湖社区' }],
    points: [{ amount: 20, reason: '文明劝导值守' }],
    reporting: { unit: '市供电公司', skills: [Skill.Repair], availability: [AvailabilitySlot.WeekendDaytime] },
  },
  {
    name: '刘洋',
    label: '东湖社区 · 在职党员（第一中学）',
    phone: '13800000033',
    home: { community: '东湖社区', building: '2号楼', flat: '1单元 401', relation: HouseholdRelation.Resident },
    grants: [{ role: Role.PartyMember, place: '东湖社区' }],
    points: [{ amount: 20, reason: '周末课业辅导' }],
    reporting: { unit: '第一中学', skills: [Skill.Tutoring, Skill.Culture], availability: [AvailabilitySlot.WeekendDaytime, AvailabilitySlot.WeekendEvening] },
  },
  {
    name: '陈静',
    label: '柳园社区 · 在职党员',
    phone: '13800000034',
    home: { community: '柳园社区', building: '3号楼', flat: '1单元 201', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.PartyMember, place: '柳园社区' }],
    points: [{ amount: 15, reason: '协助疫苗接种登记' }],
    reporting: { unit: '东风医院', skills: [Skill.Medical, Skill.ElderlyCare], availability: [AvailabilitySlot.WeekdayEvening] },
  },
  {
    name: '林涛',
    label: '红旗社区 · 在职党员',
    phone: '13800000035',
    home: { community: '红旗社区', building: '2号楼', flat: '2单元 101', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.PartyMember, place: '红旗社区' }],
    reporting: { unit: '市供电公司', skills: [Skill.Repair, Skill.Driving], availability: [AvailabilitySlot.WeekendDaytime] },
  },
  {
    name: '何军',
    label: '新华社区 · 在职党员',
    phone: '13800000036',
    home: { community: '新华社区', building: '4号楼', flat: '1单元 301', relation: HouseholdRelation.Owner },
    grants: [{ role: Role.PartyMember, place: '新华社区' }],
    reporting: { unit: '区教育局', skills: [Skill.Legal], availability: [AvailabilitySlot.WeekdayEvening] },
  },
  {
    name: '黄磊',
    label: '东湖社区 · 在职党员（报到待审核）',
    phone: '13800000037',
    home: { community: '东湖社区', building: '5号楼', flat: '2单元 201', relation: HouseholdRelation.Owner },
    grants: [],
    reporting: { unit: '东风医院', skills: [Skill.Medical], availability: [AvailabilitySlot.WeekendDaytime], status: RegistrationStatus.Pending },
  },
  { name: '钱进', label: '区教育局机关党委 · 单位联络员', phone: '13800000051', grants: [{ role: Role.UnitContact, place: '东湖社区' }] },
  { name: '韩雪', label: '东风医院党委 · 单位联络员', phone: '13800000052', grants: [{ role: Role.UnitContact, place: '东湖社区' }] },
  { name: '邓凯', label: '第一中学党总支 · 单位联络员（报到待审核）', phone: '13800000053', grants: [] },
  {
    name: '王秀英',
    label: '东湖社区 · 居民（独居老人）',
    phone: '13800000041',
    home: { community: '东湖社区', building: '1号楼', flat: '2单元 101', relation: HouseholdRelation.Owner },
    grants: [],
  },
  {
    name: '李桂兰',
    label: '东湖社区 · 居民（残疾人家庭）',
    phone: '13800000042',
    home: { community: '东湖社区', building: '3号楼', flat: '2单元 101', relation: HouseholdRelation.Owner },
    grants: [],
  },
  {
    name: '赵小明',
    label: '东湖社区 · 居民（家长）',
    phone: '13800000043',
    home: { community: '东湖社区', building: '4号楼', flat: '1单元 301', relation: HouseholdRelation.Tenant },
    grants: [],
  },
  {
    name: '马丽娟',
    label: '柳园社区 · 居民',
    phone: '13800000044',
    home: { community: '柳园社区', building: '2号楼', flat: '1单元 201', relation: HouseholdRelation.Owner },
    grants: [],
  },
  {
    name: '罗志强',
    label: '红旗社区 · 居民',
    phone: '13800000045',
    home: { community: '红旗社区', building: '5号楼', flat: '2单元 201', relation: HouseholdRelation.Owner },
    grants: [],
  },
  {
    name: '郭艳',
    label: '新华社区 · 居民',
    phone: '13800000046',
    home: { community: '新华社区', building: '3号楼', flat: '1单元 101', relation: HouseholdRelation.Resident },
    grants: [],
  },
];
