/**
 * 台账: the secretary's household and property register, kept in Excel. Download the template
 * (blank or filled with the register as it stands), pick the filled file (a chat file on WeChat,
 * a file input on H5), upload it for a dry run, then confirm with the removals ticked.
 */
import Taro from '@tarojs/taro';
import type { OwnersRollView, RegisterApplyView, RegisterDryRunView } from '@linli/shared';
import { session } from '@/state/session';
import { api, apiUrl, authHeader, failure } from './api-client';
import { ApiError } from './api-error';
import { downloadXlsx } from './download';

/** A picked register file: a temporary path on WeChat, the File itself on H5. */
export type PickedRegister = { name: string; path: string } | { name: string; file: File };

export function downloadRegisterTemplate(communityId: string, filled: boolean): Promise<void> {
  return downloadXlsx(
    '/api/v1/places/{id}/register/template',
    { path: { id: communityId }, query: filled ? { filled: 'true' } : {} },
    filled ? '台账.xlsx' : '台账模板.xlsx',
  );
}

/** Lets the secretary pick the filled .xlsx; null when they cancel. */
export async function pickRegisterFile(): Promise<PickedRegister | null> {
  if (process.env.TARO_ENV === 'h5') return pickInBrowser();
  try {
    // A file from a WeChat chat: where an Excel file on a phone usually is (sent from a computer).
    const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    const file = picked.tempFiles[0];
    return file ? { name: file.name, path: file.path } : null;
  } catch {
    return null;
  }
}

function pickInBrowser(): Promise<PickedRegister | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.onchange = () => resolve(input.files?.[0] ? { name: input.files[0].name, file: input.files[0] } : null);
    input.click();
  });
}

/** Uploads the picked file for the dry run. A file with bad rows fails with REGISTER_ROWS_INVALID and the rows in `details`. */
export async function previewRegister(communityId: string, picked: PickedRegister): Promise<RegisterDryRunView> {
  const url = apiUrl('/api/v1/places/{id}/register/imports', { path: { id: communityId } });
  const token = session.get().token;
  if ('file' in picked) {
    const form = new FormData();
    form.append('file', picked.file, picked.name);
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: authHeader(token), body: form });
    } catch {
      throw ApiError.client('NETWORK_ERROR');
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw failure(response.status, body, token);
    return body as RegisterDryRunView;
  }
  let result: Taro.uploadFile.SuccessCallbackResult;
  try {
    result = await Taro.uploadFile({ url, filePath: picked.path, name: 'file', header: authHeader(token) });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }
  let body: unknown = null;
  try {
    body = JSON.parse(result.data);
  } catch {
    // not JSON: reported below
  }
  if (result.statusCode < 200 || result.statusCode >= 300) throw failure(result.statusCode, body, token);
  return body as RegisterDryRunView;
}

export async function confirmRegister(communityId: string, importId: string, remove: string[]): Promise<RegisterApplyView> {
  return await api.post('/api/v1/places/{id}/register/imports/{importId}/confirm', {
    path: { id: communityId, importId },
    body: { remove },
  });
}

export async function ownersRoll(communityId: string): Promise<OwnersRollView> {
  return await api.get('/api/v1/places/{id}/register/owners-roll', { path: { id: communityId } });
}
