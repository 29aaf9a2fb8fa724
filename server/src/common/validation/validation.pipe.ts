import { ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { toFieldErrors } from './validation-messages';

/**
 * Every DTO is whitelisted (unknown fields are refused, not silently dropped) and transformed
 * to its class. Failures become VALIDATION_FAILED naming each field, with nothing changed.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
