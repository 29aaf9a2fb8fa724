/**
 * Photos, whatever they illustrate (a wish, a topic, a progress update): picked from the camera
 * or the album, uploaded one by one as multipart "file". Taro.uploadFile is wx.uploadFile in the
 * mini-program and an XHR of the picked blob on H5. Photo URLs from the API are signed paths;
 * photoSrc() makes them absolute for <Image>.
 */
import Taro from '@tarojs/taro';
import { PHOTO_RULES } from '@linli/shared';
import { session } from '@/state/session';
import { authHeader, failure } from './api-client';
import { ApiError } from './api-error';
import { API_ORIGIN } from './api-origin';

/** Lets the user take or pick up to `count` photos; resolves to local paths (empty when they cancel). */
export async function pickPhotos(count: number): Promise<string[]> {
  if (count <= 0) return [];
  try {
    const picked = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    return picked.tempFilePaths;
  } catch {
    return []; // cancelled
  }
}

/** Uploads one picked photo to an API upload URL (from apiUrl); resolves to the API's answer. */
export async function uploadPhotoFile<T>(url: string, filePath: string): Promise<T> {
  const token = session.get().token;
  let result: Taro.uploadFile.SuccessCallbackResult;
  try {
    result = await Taro.uploadFile({ url, filePath, name: 'file', header: authHeader(token) });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }
  const body = parseJson(result.data);
  if (result.statusCode < 200 || result.statusCode >= 300) throw failure(result.statusCode, body, token);
  return body as T;
}

/** The largest photo the server takes, in words for the picker's hint. */
export const PHOTO_SIZE_LIMIT = `${PHOTO_RULES.maxBytes / 1024 / 1024} MB`;

/** An <Image> source for a photo URL from the API (a signed path on the API's origin). */
export function photoSrc(url: string): string {
  return /^https?:/.test(url) ? url : API_ORIGIN + url;
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}
