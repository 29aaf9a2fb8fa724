import type { RegistrationStatus } from './api-types';

/** The review lists' query: one status (none: all), the cursor of the next page, the page size. */
export interface ReviewListQuery {
  status?: RegistrationStatus;
  cursor?: string;
  limit?: number;
}
