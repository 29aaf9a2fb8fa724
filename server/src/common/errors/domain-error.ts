import { ERROR_CATALOG, ErrorCode } from '@linli/shared';

/**
 * The one exception type services throw. It carries a stable code from the shared catalog;
 * the HTTP status and the Chinese message come from the catalog unless overridden.
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? ERROR_CATALOG[code].message);
    this.name = 'DomainError';
    this.status = ERROR_CATALOG[code].status;
  }
}
