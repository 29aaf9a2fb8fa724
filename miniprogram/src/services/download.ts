/**
 * Excel downloads (服务汇总). The API wants the bearer token, so a plain link will not do:
 * - in the mini-program, wx.downloadFile with the header, then wx.openDocument, whose menu lets
 *   the user forward or save the file;
 * - on H5, fetch with the header, then a temporary <a download> link to the blob.
 * TARO_ENV is fixed at build time, so each build carries only its own half.
 */
import Taro from '@tarojs/taro';
import { session } from '@/state/session';
import { apiUrl, authHeader, failure } from './api-client';
import { ApiError } from './api-error';

/** The API's Excel downloads. */
export type XlsxPath =
  | '/api/v1/work-units/{unitId}/service-summary'
  | '/api/v1/work-units/{unitId}/members/{registrationId}/service-summary'
  | '/api/v1/exports/{id}/file'
  | '/api/v1/places/{id}/register/template';

/** Downloads an .xlsx from the API (path with its path parameters and query) and opens or saves it. */
export async function downloadXlsx(path: XlsxPath, options: { path?: object; query?: object }, fallbackName: string): Promise<void> {
  const url = apiUrl(path, options);
  const token = session.get().token;
  if (process.env.TARO_ENV === 'h5') {
    await saveInBrowser(url, token, fallbackName);
  } else {
    await openInWechat(url, token);
  }
}

/**
 * 我的数据.json (PIPL Art. 45). WeChat cannot open a JSON document, so in the mini-program the
 * file is offered to send to a chat (文件传输助手 keeps it), from where it can be saved.
 */
export async function downloadMyData(): Promise<void> {
  const url = apiUrl('/api/v1/me/data/export');
  const token = session.get().token;
  if (process.env.TARO_ENV === 'h5') return saveInBrowser(url, token, '我的数据.json');
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({ url, header: authHeader(token) });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }
  if (result.statusCode < 200 || result.statusCode >= 300) throw failure(result.statusCode, readJson(result.tempFilePath), token);
  await Taro.shareFileMessage({ filePath: result.tempFilePath, fileName: '我的数据.json' });
}

async function saveInBrowser(url: string, token: string | null, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { headers: authHeader(token) });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }
  if (!response.ok) throw failure(response.status, await response.json().catch(() => null), token);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function openInWechat(url: string, token: string | null): Promise<void> {
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({ url, header: authHeader(token) });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }
  if (result.statusCode < 200 || result.statusCode >= 300) throw failure(result.statusCode, readJson(result.tempFilePath), token);
  await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'xlsx', showMenu: true });
}

/** A failed download's file holds the API's JSON error body. */
function readJson(filePath: string): unknown {
  try {
    return JSON.parse(Taro.getFileSystemManager().readFileSync(filePath, 'utf8') as string);
  } catch {
    return null;
  }
}

/** The file name from Content-Disposition: the UTF-8 one (filename*=UTF-8''…) when given. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}
