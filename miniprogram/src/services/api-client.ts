/**
 * The API client: a thin layer over Taro.request (wx.request in the mini-program, fetch on H5)
 * whose types come from the server's OpenAPI document (api-schema.ts, generated). The path and
 * method pick the operation; its path parameters, query, body and response are inferred:
 *
 *   const me = await api.get('/api/v1/me');
 *   await api.patch('/api/v1/me', { body: { careMode: true } });
 *   await api.get('/api/v1/communities/{communityId}/points/ranking', { path: { communityId } });
 *
 * Failures throw ApiError. A 401 from any call ends the session; the page on screen then opens the login page.
 */
import Taro from '@tarojs/taro';
import { session } from '@/state/session';
import type { paths } from './api-schema';
import { ApiError } from './api-error';
import { API_ORIGIN } from './api-origin';

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API paths that answer `method`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

/** The OpenAPI operation behind `method path`. */
type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

type JsonContent<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The `{name}` placeholders of a path template. */
type PathParamsOf<P> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamsOf<Rest> : never;
/**
 * Path parameters as the OpenAPI document declares them; where it forgets one (an endpoint
 * that reads it through the scope guard rather than @Param), the template's placeholders.
 */
type PathOption<O, P> = O extends { parameters: { path: infer X } }
  ? { path: X }
  : [PathParamsOf<P>] extends [never]
    ? { path?: undefined }
    : { path: Record<PathParamsOf<P>, string> };
type QueryOption<O> = O extends { parameters: { query: infer Q } }
  ? { query: Q }
  : O extends { parameters: { query?: infer Q } }
    ? { query?: Q }
    : { query?: undefined };
type BodyOption<O> = O extends { requestBody: infer R }
  ? { body: JsonContent<R> }
  : O extends { requestBody?: infer R }
    ? [R] extends [undefined]
      ? { body?: undefined }
      : { body?: JsonContent<NonNullable<R>> }
    : { body?: undefined };

/** Path parameters, query and JSON body of an operation; each required exactly when the API requires it. */
export type RequestOptions<O, P = string> = PathOption<O, P> & QueryOption<O> & BodyOption<O>;

/** The JSON body of the operation's success response (2xx); void for 204. */
export type SuccessBody<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: S extends 200 | 201 | 202 ? JsonContent<R[S]> : S extends 204 ? void : never;
    }[keyof R]
  : never;

/** Makes the options argument optional when nothing in it is required. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T` asks whether T has no required key
type OptionsArg<O, P> = {} extends RequestOptions<O, P> ? [options?: RequestOptions<O, P>] : [options: RequestOptions<O, P>];

const REQUEST_TIMEOUT_MS = 15_000;

/** Untyped underneath: `method()` below gives each call its operation's types. */
async function request(method: HttpMethod, path: string, options: { path?: object; query?: object; body?: unknown } = {}): Promise<unknown> {
  const token = session.get().token;
  let response: Taro.request.SuccessCallbackResult<string | Record<string, unknown> | ArrayBuffer>;
  try {
    response = await Taro.request({
      url: apiUrl(path, options),
      method: method.toUpperCase() as keyof Taro.request.Method,
      // A bodiless POST (approve, withdraw) or DELETE (revoke a role) still says it is JSON (Taro
      // on H5 sets the header whatever we do), and the server refuses an empty JSON body: send an empty object.
      data: (options.body ?? (method === 'get' ? undefined : {})) as Record<string, unknown> | undefined,
      header: { 'Content-Type': 'application/json', ...authHeader(token) },
      timeout: REQUEST_TIMEOUT_MS,
    });
  } catch {
    throw ApiError.client('NETWORK_ERROR');
  }

  const { statusCode, data } = response;
  if (statusCode >= 200 && statusCode < 300) {
    return statusCode === 204 ? undefined : data;
  }
  throw failure(statusCode, data, token);
}

/** The full URL of an API path template with its path parameters and query filled in. */
export function apiUrl(template: string, options: { path?: object; query?: object } = {}): string {
  return API_ORIGIN + fillPath(template, options.path) + queryString(options.query);
}

/** The Authorization header for a token (none without one). */
export function authHeader(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * The error for a non-2xx answer to a request sent with `token`. A 401 means the token is
 * missing, expired or revoked: no page can go on with it, so the session ends (unless the user
 * has logged in again while this request was out: the new session is not this answer's business).
 * The page's PageShell sees the session end and opens the login page once it is mounted; opening
 * it from here could run while the app's first page is still mounting (a stored token refused
 * at launch), and on H5 that page then lands on top of the login page.
 */
export function failure(statusCode: number, body: unknown, token: string | null): ApiError {
  // A session without consent to the current privacy policy (a new version came out) is as good
  // as none: the login page asks for the consent again.
  const refusedConsent = statusCode === 403 && (body as { code?: string } | null)?.code === 'PRIVACY_CONSENT_REQUIRED';
  if ((statusCode === 401 || refusedConsent) && session.get().token === token) session.signOut();
  return ApiError.fromResponse(statusCode, body);
}

function fillPath(template: string, params: object | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, string | number | null | undefined> | undefined)?.[name];
    if (value === undefined || value === null) throw new Error(`api: missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: object | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`));
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function method<M extends HttpMethod>(name: M) {
  // The request itself is untyped: relating a generic path's response to every path's is more than tsc will do.
  return <P extends PathsWith<M>>(path: P, ...args: OptionsArg<Operation<P, M>, P>) =>
    request(name, path, (args as unknown[])[0] as { path?: object; query?: object; body?: unknown } | undefined) as Promise<SuccessBody<Operation<P, M>>>;
}

export const api = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  delete: method('delete'),
};
