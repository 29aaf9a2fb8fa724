import { CURRENT_POLICY } from '@linli/shared';
import { api } from './api-client';

/** Whether the logged-in person agreed to the current documents (and to location at check-in). */
export function consentStatus() {
  return api.get('/api/v1/privacy/consent');
}

/** Agrees to the version of the documents this build shows (the server refuses any other). */
export function agreeToPolicy() {
  return api.post('/api/v1/privacy/consent', { body: { policyVersion: CURRENT_POLICY.version } });
}

/** The separate consent to location use at check-in. */
export function agreeToLocation() {
  return api.post('/api/v1/privacy/consent/location', { body: { policyVersion: CURRENT_POLICY.version } });
}
