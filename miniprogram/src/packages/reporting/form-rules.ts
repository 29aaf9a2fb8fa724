/**
 * Client-side checks of the reporting forms, the same bounds as the server's (LIMITS in
 * @linli/shared), in NutUI Form's rule format. The server checks again and its message is shown.
 */
import { LIMITS } from '@linli/shared';

type Rule = { [key: string]: unknown; message?: string };

/** At least `min` characters once trimmed, as the server counts them (an empty optional field passes). */
const minTrimmed = (min: number, message: string): Rule => ({
  message,
  validator: (_rule: unknown, value: unknown) => typeof value !== 'string' || value.trim() === '' || value.trim().length >= min,
});

/** A person's name as on their ID (真实姓名). */
export const personNameRules = (what: string): Rule[] => [
  { required: true, whitespace: true, message: `请填写${what}` },
  minTrimmed(2, `${what}至少 2 个字`),
  { max: LIMITS.realNameMax, message: `${what}不能超过 ${LIMITS.realNameMax} 个字` },
];

export const phoneRules: Rule[] = [
  { required: true, message: '请填写手机号' },
  { pattern: LIMITS.phonePattern, message: '请填写 11 位手机号' },
];

export const unitNameRules: Rule[] = [
  { required: true, whitespace: true, message: '请填写单位名称' },
  minTrimmed(LIMITS.unitNameMin, `单位名称至少 ${LIMITS.unitNameMin} 个字`),
  { max: LIMITS.unitNameMax, message: `单位名称不能超过 ${LIMITS.unitNameMax} 个字` },
];

export const partyOrgNameRules: Rule[] = [
  { required: true, whitespace: true, message: '请填写单位党组织名称' },
  minTrimmed(LIMITS.unitNameMin, `党组织名称至少 ${LIMITS.unitNameMin} 个字`),
  { max: LIMITS.partyOrgNameMax, message: `党组织名称不能超过 ${LIMITS.partyOrgNameMax} 个字` },
];

/** A required choice: a string value (a kind) or an object (a unit found by search). */
export const requiredChoice = (message: string, type: 'string' | 'object' = 'string'): Rule[] => [{ required: true, type, message }];

/** At least one item of a list (availability, resources). */
export const atLeastOne = (message: string): Rule[] => [{ required: true, type: 'array', min: 1, message }];

export const maxLength = (max: number, what: string): Rule[] => [{ max, message: `${what}不能超过 ${max} 个字` }];

/** Required text whose trimmed length is between min and max. */
export function lengthBetween(min: number, max: number, what: string): Rule[] {
  return [
    { required: true, whitespace: true, message: `请填写${what}` },
    minTrimmed(min, `${what}至少 ${min} 个字`),
    { max, message: `${what}不能超过 ${max} 个字` },
  ];
}
