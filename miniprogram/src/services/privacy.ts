import Taro from '@tarojs/taro';
import { CURRENT_POLICY } from '@linli/shared';
import { api, apiUrl, authHeader, failure } from './api-client';
import { ApiError } from './api-error';

/** Whether the logged-in person agreed to the current documents (and to location at check-in). */
export function consentStatus() {
  return api.get('/api/v1/privacy/consent');
}

/**
 * Agrees, with a token just issued and not yet the session's, to the version of the documents
 * this build shows (the server refuses any other). Sent before the session starts: once it has,
 * the app's first requests go out at once and would be refused for want of this consent.
 */
export async function agreeToPolicyAs(token: string): Promise<void> {
  let response: Taro.request.SuccessCallbackResult;
  try {
    response = await Taro.request({
      url: apiUrl('/api/v1/privacy/consent'),
      method: 'POST',
      data: { policyVersion: CURRENT_POLICY.version },
      header: { 'Content-Type': 'application/json', ...authHeader(token) },
    });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }
  if (response.statusCode < 200 || response.statusCode >= 300) throw failure(response.statusCode, response.data, token);
}

/** The separate consent to location use at check-in. */
export function agreeToLocation() {
  return api.post('/api/v1/privacy/consent/location', { body: { policyVersion: CURRENT_POLICY.version } });
}
