/**
 * An audit entry's recorded state (before/after, JSON as the server kept it) as short lines a
 * secretary can read: "状态：待审核 → 已通过". Known fields and values get their Chinese words;
 * ids, which mean nothing to a person, are left out.
 */
import { TOPIC_STATUS_LABELS } from '../deliberation';
import { SHIFT_CLAIM_STATUS_LABELS } from '../posts';
import { REGISTRATION_STATUS_LABELS } from '../reporting';
import { ROLE_LABELS } from '../roles';
import { WISH_CATEGORY_LABELS, WISH_STATUS_LABELS } from '../wishes';
import { formatShanghaiMinute } from './calendar';

const FIELD_LABELS: Record<string, string> = {
  status: '状态',
  reason: '原因',
  title: '标题',
  story: '内容',
  body: '内容',
  description: '说明',
  note: '说明',
  amount: '积分',
  points: '积分',
  pointsEach: '每人积分',
  pointsPerHour: '每小时积分',
  pointsPerWish: '每个心愿积分',
  dailyCap: '每日上限',
  minutes: '服务分钟',
  capacity: '人数',
  startsAt: '开始时间',
  endsAt: '结束时间',
  passed: '是否通过',
  turnout: '参与人数',
  role: '角色',
  kind: '类型',
  category: '类别',
  seated: '已入座',
  waitingPosition: '候补第几位',
  claimers: '认领人',
  official: '社区发起',
  list: '清单',
  responsible: '责任方',
  realName: '姓名',
  displayName: '称呼',
  phone: '手机号',
  contactName: '联系人',
  contactPhone: '联系电话',
  skills: '专长',
  availability: '可服务时间',
  careMode: '关怀模式',
  valueFen: '价值（分）',
  valueCapFen: '价值上限（分）',
  wantedBy: '希望完成日期',
  shifts: '班次数',
  claims: '涉及人数',
  sourceType: '来源',
  createdAt: '时间',
  voterKey: '投票人',
  owner: '归属',
  accept: '受理',
  withdrawn: '撤回',
};

const VALUE_LABELS: Record<string, string> = {
  ...WISH_STATUS_LABELS,
  ...TOPIC_STATUS_LABELS,
  ...SHIFT_CLAIM_STATUS_LABELS,
  ...REGISTRATION_STATUS_LABELS,
  ...ROLE_LABELS,
  ...WISH_CATEGORY_LABELS,
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ID_KEY = /(^id$|Id$|Ids$|^supersededBy$)/;
const MAX_TEXT = 80;

type Flat = Map<string, string>;

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '无';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (ISO_TIME.test(value)) return formatShanghaiMinute(new Date(value));
    if ((key === 'status' || key === 'role' || key === 'category') && VALUE_LABELS[value]) return VALUE_LABELS[value];
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '无';
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => valueText(key, v)).join('、');
    return `${value.length} 项`;
  }
  const text = JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Nested objects flattened to "父 · 子" labels, one level deep; ids dropped. */
function flatten(state: unknown): Flat {
  const lines: Flat = new Map();
  if (state === null || state === undefined) return lines;
  if (typeof state !== 'object' || Array.isArray(state)) {
    lines.set('内容', valueText('', state));
    return lines;
  }
  for (const [key, value] of Object.entries(state as Record<string, unknown>)) {
    if (ID_KEY.test(key)) continue;
    const label = FIELD_LABELS[key] ?? key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        if (!ID_KEY.test(inner)) lines.set(`${label} · ${FIELD_LABELS[inner] ?? inner}`, valueText(inner, innerValue));
      }
    } else {
      lines.set(label, valueText(key, value));
    }
  }
  return lines;
}

export interface ReadableChange {
  /** "状态：待审核 → 已通过" when both sides were recorded, else "状态：已通过". */
  lines: string[];
  /** Which side the lines describe when only one was recorded. */
  side: 'change' | 'before' | 'after' | 'none';
}

/** Both recorded sides as lines, changed fields as "a → b"; one side alone as it was recorded. */
export function readableChange(before: unknown, after: unknown): ReadableChange {
  const was = flatten(before);
  const now = flatten(after);
  if (was.size > 0 && now.size > 0) {
    const labels = [...new Set([...was.keys(), ...now.keys()])];
    const lines = labels.map((label) => {
      const a = was.get(label);
      const b = now.get(label);
      if (a === b) return `${label}：${b}`;
      return `${label}：${a ?? '无'} → ${b ?? '无'}`;
    });
    return { lines, side: 'change' };
  }
  if (now.size > 0) return { lines: [...now].map(([label, value]) => `${label}：${value}`), side: 'after' };
  if (was.size > 0) return { lines: [...was].map(([label, value]) => `${label}：${value}`), side: 'before' };
  return { lines: [], side: 'none' };
}
