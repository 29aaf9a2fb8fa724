import { FieldError } from '@linli/shared';
import { getMetadataStorage, ValidationError } from 'class-validator';

/**
 * class-validator speaks English; residents read Chinese. This turns each failed rule into a
 * Chinese sentence that names the field, using the rule's own arguments (e.g. the max length).
 */
const TEMPLATES: Record<string, (args: unknown[]) => string> = {
  whitelistValidation: () => '不允许提交这个字段',
  isDefined: () => '必须填写',
  isNotEmpty: () => '不能为空',
  isString: () => '应为文字',
  isInt: () => '应为整数',
  isNumber: () => '应为数字',
  isBoolean: () => '应为 true 或 false',
  isUUID: () => '编号格式不正确',
  isUrl: () => '应为有效的网址',
  isEnum: (args) => `只能是以下之一：${Object.values(args[0] ?? {}).join('、')}`,
  isIn: (args) => `只能是以下之一：${((args[0] ?? []) as unknown[]).join('、')}`,
  maxLength: (args) => `最多 ${String(args[0])} 个字符`,
  minLength: (args) => `至少 ${String(args[0])} 个字符`,
  length: (args) => `长度应在 ${String(args[0])} 到 ${String(args[1])} 个字符之间`,
  min: (args) => `不能小于 ${String(args[0])}`,
  max: (args) => `不能大于 ${String(args[0])}`,
  matches: () => '格式不正确',
  isNotIn: () => '不能是这个值',
  arrayMaxSize: (args) => `最多 ${String(args[0])} 项`,
  arrayMinSize: (args) => `至少 ${String(args[0])} 项`,
  nestedValidation: () => '内容不正确',
  isArray: () => '应为列表',
  arrayUnique: () => '不能有重复项',
  isObject: () => '应为对象',
};

/** Flattens nested errors into field paths (items.0.name) with Chinese messages. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((rule) => ({
      field,
      rule,
      message: `${field}：${describe(rule, error)}`,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

function describe(rule: string, error: ValidationError): string {
  const template = TEMPLATES[rule];
  if (!template) return '不符合要求';
  return template(ruleArguments(rule, error));
}

function ruleArguments(rule: string, error: ValidationError): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === rule || m.type === rule));
  return metadata?.constraints ?? [];
}
