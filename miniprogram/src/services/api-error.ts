import type { ErrorCode } from './api-types';

/** Codes the client makes up itself when there is no answer from the server to report. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE' | 'WECHAT_LOGIN_FAILED';

const CLIENT_MESSAGES: Record<ClientErrorCode, string> = {
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  UNEXPECTED_RESPONSE: '服务器返回了无法识别的内容，请稍后再试',
  WECHAT_LOGIN_FAILED: '微信登录失败，请稍后重试',
};

/**
 * A failed API call. `message` is the server's Chinese message (meant for residents), so it
 * can be shown as it is.
 */
export class ApiError extends Error {
  constructor(
    /** HTTP status, 0 when the request never got an answer. */
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static client(code: ClientErrorCode, status = 0): ApiError {
    return new ApiError(status, code, CLIENT_MESSAGES[code]);
  }

  /** Builds the error from a non-2xx response, which should carry `{code, message, details?}`. */
  static fromResponse(status: number, body: unknown): ApiError {
    if (body && typeof body === 'object' && 'code' in body && 'message' in body) {
      const { code, message, details } = body as { code: ErrorCode; message: string; details?: unknown };
      return new ApiError(status, code, message, details);
    }
    return ApiError.client('UNEXPECTED_RESPONSE', status);
  }
}

/** A readable sentence for any thrown value, for toasts. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后再试';
}
