import { FieldError } from '@linli/shared';
import { getMetadataStorage, ValidationError } from 'class-validator';

/** A rule's argument as a number to quote, or null when the rule was not found or took none. */
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The values a rule allows, or null for none: "只能是以下之一：" with nothing after it helps nobody. */
const choices = (values: unknown[]): string | null => (values.length > 0 ? values.map(String).join('、') : null);

/**
 * class-validator speaks English; residents read Chinese. This turns each failed rule into a
 * Chinese sentence that names the field, using the rule's own arguments (e.g. the max length).
 * A template answers null when the arguments it quotes are missing (a rule found on no class,
 * e.g. for a body that is not an object): the field then gets the rule's general sentence
 * rather than "最多 undefined 个字符".
 */
export const RULE_TEMPLATES: Record<string, (args: unknown[]) => string | null | false> = {
  whitelistValidation: () => '不允许提交这个字段',
  unknownValue: () => '请求体必须是 JSON 对象',
  isDefined: () => '必须填写',
  isNotEmpty: () => '不能为空',
  isString: () => '应为文字',
  isInt: () => '应为整数',
  isNumber: () => '应为数字',
  isBoolean: () => '应为 true 或 false',
  isUUID: () => '编号格式不正确',
  isUrl: () => '应为有效的网址',
  isEnum: (args) => {
    const list = choices(args[0] && typeof args[0] === 'object' ? Object.values(args[0]) : []);
    return list && `只能是以下之一：${list}`;
  },
  isIn: (args) => {
    const list = choices(Array.isArray(args[0]) ? args[0] : []);
    return list && `只能是以下之一：${list}`;
  },
  maxLength: ([max]) => num(max) !== null && `最多 ${num(max)} 个字符`,
  minLength: ([min]) => num(min) !== null && `至少 ${num(min)} 个字符`,
  length: ([min, max]) => num(min) !== null && num(max) !== null && `长度应在 ${num(min)} 到 ${num(max)} 个字符之间`,
  min: ([min]) => num(min) !== null && `不能小于 ${num(min)}`,
  max: ([max]) => num(max) !== null && `不能大于 ${num(max)}`,
  matches: () => '格式不正确',
  isNotIn: () => '不能是这个值',
  arrayMaxSize: ([max]) => num(max) !== null && `最多 ${num(max)} 项`,
  arrayMinSize: ([min]) => num(min) !== null && `至少 ${num(min)} 项`,
  nestedValidation: () => '内容不正确',
  isArray: () => '应为列表',
  arrayUnique: () => '不能有重复项',
  isObject: () => '应为对象',
  isInstant: () => '应为真实存在的时间，ISO 8601 格式并带时区，如 2026-11-28T09:00:00+08:00',
  isCalendarDay: () => '应为真实存在的日期，格式 YYYY-MM-DD，如 2026-12-20',
};

/** What a rule means when its arguments are unknown: said without quoting any. */
const GENERAL: Record<string, string> = {
  isEnum: '不是允许的取值',
  isIn: '不是允许的取值',
  maxLength: '太长了',
  minLength: '太短了',
  length: '长度不符合要求',
  min: '太小了',
  max: '太大了',
  arrayMaxSize: '项数太多了',
  arrayMinSize: '项数太少了',
};

/** Flattens nested errors into field paths (items.0.name) with Chinese messages. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    // The whole body (a value that is not an object) has no property name: its message stands alone.
    const property = typeof error.property === 'string' ? error.property : '';
    const field = parentPath && property ? `${parentPath}.${property}` : parentPath || property;
    const own = Object.keys(error.constraints ?? {}).map((rule) => ({
      field,
      rule,
      message: field ? `${field}：${describe(rule, error)}` : describe(rule, error),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

function describe(rule: string, error: ValidationError): string {
  // A DTO author's own Chinese message (e.g. a phone number's) says it best.
  const own = error.constraints?.[rule];
  if (own && /[\u4e00-\u9fa5]/.test(own)) return own;
  const template = RULE_TEMPLATES[rule];
  const sentence = template?.(ruleArguments(rule, error));
  return sentence || GENERAL[rule] || '不符合要求';
}

function ruleArguments(rule: string, error: ValidationError): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === rule || m.type === rule));
  return metadata?.constraints ?? [];
}
