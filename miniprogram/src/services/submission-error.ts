import { ApiError, errorMessage } from '@/services/api-error';

interface FieldError {
  field: string;
  message: string;
}

/**
 * A failed submission in words for the form's user. The server's message as it is, except for
 * VALIDATION_FAILED, whose details name API fields ("newUnit.name：至少 2 个字符"): the first is
 * shown with the form's own label for the field instead.
 */
export function submissionError(error: unknown, fieldLabels: Record<string, string>): string {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return errorMessage(error);
  const first = (error.details as FieldError[])[0];
  if (!first?.field) return errorMessage(error);
  const label = fieldLabels[first.field] ?? fieldLabels[first.field.split('.')[0]];
  const reason = first.message.includes('：') ? first.message.slice(first.message.indexOf('：') + 1) : first.message;
  return label ? `${label}：${reason}` : first.message;
}
