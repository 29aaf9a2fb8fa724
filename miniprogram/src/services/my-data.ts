/** 个人信息: what the product holds about me, who read my contact details, consent withdrawal and 注销. */
import { api } from './api-client';
import type { AccountDeletionDone, ConsentStatus, MyDataAccess, MyDataExport, PrivateDataAccess } from './api-types';

export function myData(): Promise<MyDataExport> {
  return api.get('/api/v1/me/data');
}

export function whoReadMyContact(): Promise<MyDataAccess[]> {
  return api.get('/api/v1/me/data-access');
}

/** Withdraws my consent to the documents (the app then needs it again) or to location at check-in. */
export function withdrawConsent(kind: 'policy' | 'location'): Promise<ConsentStatus> {
  return api.post('/api/v1/privacy/consent/withdrawal', { body: { kind } });
}

/** 注销: `confirm` must be the words 确认注销, typed by the person. */
export function deleteMyAccount(confirm: string): Promise<AccountDeletionDone> {
  return api.post('/api/v1/me/account-deletion', { body: { confirm } });
}

/** Reads of private data in a community, newest first (its secretary). */
export function privateDataAccessOf(placeId: string): Promise<PrivateDataAccess[]> {
  return api.get('/api/v1/places/{id}/private-data-access', { path: { id: placeId } });
}
