import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { toFieldErrors } from './validation-messages';

const NOT_AN_OBJECT = '请求体必须是 JSON 对象';

/**
 * Every DTO is whitelisted (unknown fields are refused, not silently dropped) and transformed
 * to its class. Failures become VALIDATION_FAILED naming each field, with nothing changed.
 */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const details = toFieldErrors(errors);
      const message = `提交的内容有误：${details.map((d) => d.message).join('；')}`;
      return new DomainError('VALIDATION_FAILED', details, message);
    },
  });
}

/**
 * A DTO body must be a JSON object. An array or a scalar would reach class-validator as a
 * stand-in carrying none of the class's rules, and each field's message would then quote
 * limits it could not find; one sentence about the body is what the caller needs. A missing
 * body (a bodiless POST) still validates as {} so its required fields are named.
 */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && this.toValidate(metadata) && !isPlainObject(value)) {
      throw new DomainError('VALIDATION_FAILED', [{ field: 'body', rule: 'isObject', message: NOT_AN_OBJECT }], `提交的内容有误：${NOT_AN_OBJECT}`);
    }
    return super.transform(value, metadata);
  }
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
