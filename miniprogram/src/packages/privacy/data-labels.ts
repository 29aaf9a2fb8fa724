import { formatMinute } from '@/utils/dates';

/** The sections of 我的数据 and their commonest fields, in words; a field without a label shows its API name. */
export const SECTION_LABELS: Record<string, string> = {
  households: '我的住户',
  ownerRecords: '业主名册',
  roles: '我的角色',
  memberRegistrations: '党员报到',
  unitRegistrations: '单位报到（联系人）',
  myWishes: '我的心愿',
  wishesPostedForOthers: '我代办的心愿',
  wishClaims: '我认领的心愿',
  groupClaims: '一起认领的心愿',
  shifts: '先锋岗班次',
  ballotsTakenPart: '参加的表决（不记录投了什么）',
  topics: '我提的议题',
  comments: '我的评论',
  reports: '我的举报',
  pointsEntries: '积分流水',
  pointsBalances: '积分余额',
  notices: '消息',
  myActions: '我的操作记录',
  whoReadMyContact: '谁查看过我的联系方式',
  consents: '同意记录',
};

export const FIELD_LABELS: Record<string, string> = {
  displayName: '称呼',
  phone: '手机号',
  careMode: '关怀模式',
  createdAt: '时间',
  title: '标题',
  status: '状态',
  label: '房屋',
  community: '社区',
  place: '地点',
  role: '角色',
  relation: '关系',
  since: '开始',
  realName: '姓名',
  beneficiaryName: '受助人',
  beneficiary: '受助人',
  post: '岗位',
  startsAt: '开始',
  endsAt: '结束',
  ballot: '表决',
  castAt: '投票时间',
  amount: '积分',
  reason: '原因',
  balance: '余额',
  period: '周期',
  body: '内容',
  kind: '类型',
  policyVersion: '政策版本',
  givenAt: '同意时间',
  withdrawnAt: '撤回时间',
  givenByMe: '本人同意',
  method: '方式',
  viewerName: '查看人',
  purpose: '用途',
  at: '时间',
  action: '操作',
};

const CONSENT_KIND_LABELS: Record<string, string> = {
  policy: '《隐私政策》',
  location: '签到位置',
  sensitive_health: '健康信息（心愿）',
  sensitive_minor: '未成年人信息（心愿）',
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/;

/** The server's times are UTC; SQLite hands them over without the zone. */
function asIso(value: string): string {
  const iso = value.replace(' ', 'T');
  return /Z$|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}Z`;
}

/** Ids say nothing to a person; everything else is shown. */
const HIDDEN = /(^id$|Id$)/;

/** A row as label–value lines, in words where we have them. */
export function readableRow(row: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(row)
    .filter(([key, value]) => !HIDDEN.test(key) && value !== null && value !== undefined && value !== '')
    .map(([key, value]) => ({ label: FIELD_LABELS[key] ?? key, value: readableValue(key, value) }));
}

function readableValue(key: string, value: unknown): string {
  if (key === 'kind' && typeof value === 'string' && CONSENT_KIND_LABELS[value]) return CONSENT_KIND_LABELS[value];
  if (key === 'givenByMe' || key === 'careMode') return value === 1 || value === true || value === '1' ? '是' : '否';
  if (typeof value === 'string') return DATE_TIME.test(value) ? formatMinute(asIso(value)) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
