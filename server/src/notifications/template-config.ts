import { parseTemplateMap } from '@linli/shared';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** Config validation for WECHAT_TEMPLATE_IDS: every problem of the JSON is named at boot. */
export function IsTemplateMap(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTemplateMap',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseTemplateMap(value).problems.length === 0,
        defaultMessage: (args) => parseTemplateMap(String(args?.value ?? '')).problems.join('; '),
      },
    },
    options,
  );
}
