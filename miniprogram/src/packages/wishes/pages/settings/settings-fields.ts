import { WISH_SETTING_BOUNDS } from '@linli/shared';
import type { UpdateWishSettings, WishSettings } from '@/services/api-types';
import { YUAN_PATTERN, fenToYuan, yuanToFen } from '@/utils/money';

type RuleName = keyof Required<UpdateWishSettings>;

export interface SettingField {
  /** The API's field. */
  name: RuleName;
  label: string;
  /** The rule as a short label and a phrase, for reading: 完成期限 · 认领后 7 天. */
  short: string;
  phrase: (value: string) => string;
  unit: string;
  /** What the rule does, in one plain sentence. */
  help: string;
  /** Bounds as typed (yuan for the cap), the server's (WISH_SETTING_BOUNDS in @linli/shared). */
  min: number;
  max: number;
}

/** The community's wish rules, in the order a wish lives through them. */
export const SETTING_FIELDS: SettingField[] = [
  {
    name: 'valueCapFen',
    label: '每个心愿的金额上限',
    short: '金额上限',
    phrase: (v) => `每个心愿不超过 ${v} 元`,
    unit: '元',
    help: '居民填写的估计价值不能超过这个数，让心愿保持“微”。',
    // Typed in yuan; the bounds are in fen.
    min: WISH_SETTING_BOUNDS.valueCapFen.min / 100,
    max: WISH_SETTING_BOUNDS.valueCapFen.max / 100,
  },
  {
    name: 'fulfilDays',
    label: '认领后几天内完成',
    short: '完成期限',
    phrase: (v) => `认领后 ${v} 天内完成`,
    unit: '天',
    help: '认领后超过这些天还没完成，会提醒认领人。',
    ...WISH_SETTING_BOUNDS.fulfilDays,
  },
  {
    name: 'releaseAfterReminderDays',
    label: '提醒后再等几天',
    short: '退回心愿墙',
    phrase: (v) => `提醒后再过 ${v} 天仍没完成`,
    unit: '天',
    help: '提醒后再过这些天仍没完成，心愿回到心愿墙，别人可以认领。',
    ...WISH_SETTING_BOUNDS.releaseAfterReminderDays,
  },
  {
    name: 'confirmDays',
    label: '完成后几天内确认收到',
    short: '确认期限',
    phrase: (v) => `完成后 ${v} 天内确认收到`,
    unit: '天',
    help: '认领人完成后，居民这些天内没有确认，交给网格员或书记确认。',
    ...WISH_SETTING_BOUNDS.confirmDays,
  },
  {
    name: 'pointsPerWish',
    label: '每个心愿的积分',
    short: '积分',
    phrase: (v) => `每个心愿 ${v} 分`,
    unit: '分',
    help: '居民确认收到后给认领人的积分，几人一起认领时平分。',
    ...WISH_SETTING_BOUNDS.pointsPerWish,
  },
  {
    name: 'retentionDays',
    label: '结束后保留几天受助人信息',
    short: '信息保留',
    phrase: (v) => `心愿结束 ${v} 天后隐去受助人姓名`,
    unit: '天',
    help: '心愿结束（确认、驳回或撤回）这些天后，受助人的姓名改为“王女士”这样的称呼，未公开的照片删除。',
    ...WISH_SETTING_BOUNDS.retentionDays,
  },
];

/** The form's values: every rule as typed (the cap in yuan). */
export type SettingsFormValues = Record<RuleName, string>;

export function formValuesOf(settings: WishSettings): SettingsFormValues {
  return {
    valueCapFen: fenToYuan(settings.valueCapFen),
    fulfilDays: String(settings.fulfilDays),
    releaseAfterReminderDays: String(settings.releaseAfterReminderDays),
    confirmDays: String(settings.confirmDays),
    pointsPerWish: String(settings.pointsPerWish),
    retentionDays: String(settings.retentionDays),
  };
}

export function settingsBody(values: SettingsFormValues): UpdateWishSettings {
  return {
    valueCapFen: yuanToFen(values.valueCapFen),
    fulfilDays: Number(values.fulfilDays),
    releaseAfterReminderDays: Number(values.releaseAfterReminderDays),
    confirmDays: Number(values.confirmDays),
    pointsPerWish: Number(values.pointsPerWish),
    retentionDays: Number(values.retentionDays),
  };
}

/** A rule in words: "认领后 7 天内完成". */
export function displayValue(field: SettingField, settings: WishSettings): string {
  const raw = settings[field.name];
  return field.phrase(field.name === 'valueCapFen' ? fenToYuan(raw) : String(raw));
}

type Rule = { [key: string]: unknown; message?: string };

/** A whole number (or yuan with up to two decimals for the cap) within the field's bounds. */
export function fieldRules(field: SettingField): Rule[] {
  const money = field.name === 'valueCapFen';
  const pattern = money ? YUAN_PATTERN : /^\d{1,7}$/;
  return [
    { required: true, message: `请填写${field.label}` },
    { pattern, message: money ? '请填写金额，如 500' : '请填写整数' },
    {
      message: `请填写 ${field.min} 到 ${field.max} 之间的数`,
      validator: (_rule: unknown, value?: string) => {
        if (!value || !pattern.test(value)) return true;
        const number = money ? yuanToFen(value) / 100 : Number(value);
        return number >= field.min && number <= field.max;
      },
    },
  ];
}

/** The form's names for the API's fields, for the server's validation messages. */
export const SETTINGS_FIELD_LABELS: Record<string, string> = Object.fromEntries(SETTING_FIELDS.map((f) => [f.name, f.label]));
