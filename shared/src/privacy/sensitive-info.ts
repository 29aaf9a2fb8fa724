/**
 * Sensitive personal information a wish may carry (PIPL Art. 28): health or disability, and a
 * child under 14 (Art. 31: the guardian consents). The poster declares it on the form; this rule
 * only points at stories that probably carry it, so the form asks and the server refuses a story
 * that matches without the separate consent. It errs towards asking: a false alarm costs one tick.
 */

export enum SensitiveKind {
  Health = 'health',
  Minor = 'minor',
}

export const SENSITIVE_KINDS: readonly SensitiveKind[] = [SensitiveKind.Health, SensitiveKind.Minor];

/** What the form's tick box says, and what the consent record is about. */
export const SENSITIVE_KIND_LABEL: Record<SensitiveKind, string> = {
  [SensitiveKind.Health]: '含健康/残疾信息',
  [SensitiveKind.Minor]: '涉及未满14周岁儿童',
};

/** The separate consent the poster gives when ticking the box. */
export const SENSITIVE_KIND_CONSENT: Record<SensitiveKind, string> = {
  [SensitiveKind.Health]:
    '我同意社区为办理这个心愿处理其中的健康、疾病或残疾信息：只有审核的社区书记和认领的党员能看到全文，心愿墙上只显示审核后去掉隐私的内容。',
  [SensitiveKind.Minor]: '我是该儿童的监护人（或已取得监护人同意），同意社区为办理这个心愿处理该儿童的信息：心愿墙上不显示儿童的姓名、学校和住址。',
};

const HEALTH_WORDS = [
  '病',
  '残疾',
  '残障',
  '瘫',
  '失明',
  '盲人',
  '失聪',
  '聋',
  '癌',
  '肿瘤',
  '住院',
  '出院',
  '手术',
  '化疗',
  '透析',
  '吃药',
  '药物',
  '服药',
  '轮椅',
  '拐杖',
  '助听器',
  '助行器',
  '康复',
  '失智',
  '痴呆',
  '抑郁',
  '精神障碍',
  '中风',
  '偏瘫',
  '骨折',
  '视力',
  '听力',
  '行动不便',
  '卧床',
  '护理',
];

const MINOR_WORDS = ['孩子', '儿童', '小孩', '幼儿园', '小学', '初一', '书包', '孙子', '孙女', '外孙', '儿子', '女儿', '学生', '留守'];

/** "7岁", "十岁" and the like under 14. */
const AGE = /([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:周岁|岁)/g;

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function ageOf(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  // 十, 十二, 二十, 二十三
  const [tens, ones] = ascii.includes('十') ? ascii.split('十') : ['', ascii];
  if (!ascii.includes('十')) return CHINESE_DIGITS[ones] ?? null;
  return (tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0);
}

function mentionsChildAge(text: string): boolean {
  AGE.lastIndex = 0;
  for (let match = AGE.exec(text); match; match = AGE.exec(text)) {
    const age = ageOf(match[1]);
    if (age !== null && age < 14) return true;
  }
  return false;
}

/** The kinds of sensitive information the texts probably carry, in SENSITIVE_KINDS order. */
export function likelySensitiveKinds(...texts: string[]): SensitiveKind[] {
  const text = texts.join('\n');
  const found: SensitiveKind[] = [];
  if (HEALTH_WORDS.some((w) => text.includes(w))) found.push(SensitiveKind.Health);
  if (MINOR_WORDS.some((w) => text.includes(w)) || mentionsChildAge(text)) found.push(SensitiveKind.Minor);
  return found;
}

/** The kinds that still need the separate consent: found in the text or declared, and not consented to. */
export function missingSensitiveConsents(found: readonly SensitiveKind[], consented: readonly SensitiveKind[]): SensitiveKind[] {
  return SENSITIVE_KINDS.filter((k) => found.includes(k) && !consented.includes(k));
}
