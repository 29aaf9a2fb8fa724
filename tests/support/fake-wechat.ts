import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { securityRoutes } from './fake-wechat-security';
import { messageRoutes } from './fake-wechat-messages';
import { phoneRoutes } from './fake-wechat-phone';
import { codeRoutes } from './fake-wechat-codes';

export const FAKE_APP_ID = 'wx-fake-appid';
export const FAKE_APP_SECRET = 'fake-app-secret';

/** One request the fake received, with its parsed JSON body (POST) for assertions. */
export interface FakeRequest {
  url: URL;
  body: Record<string, unknown> | null;
}

export interface FakeReply {
  status?: number;
  /** Sent as JSON; a string is sent as text/html (a gateway page, not JSON). */
  body?: unknown;
  /** Never answer: the client's timeout must fire. */
  hang?: boolean;
  /** Bytes sent as they are (a picture), with their content type. */
  raw?: { contentType: string; bytes: Buffer };
}

export type FakeRoute = (request: FakeRequest, fake: FakeWechat) => FakeReply;

/**
 * A small stand-in for WeChat's server API on 127.0.0.1, so the real HTTP clients run end to end.
 * Routes live per API family (fake-wechat-messages, fake-wechat-security, fake-wechat-phone); this file holds login and the access token.
 *
 * code2Session answers by the code it is given:
 *   ok:<openid>  → that openid          invalid → 40029     used → 40163     rate → 45011
 *   busy → -1    risky → 40226          http500 → HTTP 500  garbage → not JSON   slow → never in time
 * stable_token hands out `fake-token-<n>`; `expireTokens()` makes the current token stale (errcode 42001)
 * and `down = true` makes every route answer HTTP 503.
 */
export class FakeWechat {
  readonly requests: URL[] = [];
  readonly log: FakeRequest[] = [];
  /** Every route answers 503 while this is set (WeChat is down). */
  down = false;
  private tokenSerial = 0;
  private server?: Server;
  private readonly routes: Record<string, FakeRoute> = {
    '/sns/jscode2session': (request) => code2Session(request),
    '/cgi-bin/stable_token': (request) => this.stableToken(request),
    ...messageRoutes,
    ...securityRoutes,
    ...phoneRoutes,
    ...codeRoutes,
  };

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The token a route should accept right now. */
  get currentToken(): string {
    return `fake-token-${this.tokenSerial}`;
  }

  /** Makes the token in use stale, as WeChat does when it expires early. */
  expireTokens(): void {
    this.tokenSerial += 1;
  }

  /** True when the request carries the current access token; routes answer 42001 otherwise. */
  tokenValid(request: FakeRequest): boolean {
    return request.url.searchParams.get('access_token') === this.currentToken;
  }

  /** The requests received on one path, oldest first. */
  received(pathname: string): FakeRequest[] {
    return this.log.filter((r) => r.url.pathname === pathname);
  }

  private stableToken(request: FakeRequest): FakeReply {
    const body = request.body ?? {};
    if (body.appid !== FAKE_APP_ID || body.secret !== FAKE_APP_SECRET) return { body: { errcode: 40013, errmsg: 'invalid appid' } };
    if (body.force_refresh === true && this.tokenSerial === 0) this.tokenSerial = 1;
    return { body: { access_token: this.currentToken, expires_in: 7200 } };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> | null = null;
    if (chunks.length) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        body = null;
      }
    }
    const request = { url, body };
    this.requests.push(url);
    this.log.push(request);
    if (this.down) return reply(res, { status: 503, body: 'Service Unavailable' });
    const route = this.routes[url.pathname];
    reply(res, route ? route(request, this) : { status: 404, body: { errcode: 404, errmsg: 'not found' } });
  }
}

function code2Session({ url }: FakeRequest): FakeReply {
  if (url.searchParams.get('appid') !== FAKE_APP_ID || url.searchParams.get('secret') !== FAKE_APP_SECRET) {
    return { body: { errcode: 40013, errmsg: 'invalid appid' } };
  }
  const code = url.searchParams.get('js_code') ?? '';
  if (code.startsWith('ok:')) return { body: { openid: code.slice(3), session_key: 'sk', unionid: `u-${code.slice(3)}` } };
  const errcodes: Record<string, number> = { invalid: 40029, used: 40163, rate: 45011, busy: -1, risky: 40226 };
  if (code in errcodes) return { body: { errcode: errcodes[code], errmsg: code } };
  if (code === 'http500') return { status: 500, body: { message: 'oops' } };
  if (code === 'garbage') return { body: '<html>gateway</html>' };
  if (code === 'slow') return { hang: true };
  return { body: { errcode: 40029, errmsg: 'invalid code' } };
}

function reply(res: ServerResponse, answer: FakeReply): void {
  if (answer.hang) return;
  const status = answer.status ?? 200;
  if (answer.raw) {
    res.writeHead(status, { 'content-type': answer.raw.contentType });
    return void res.end(answer.raw.bytes);
  }
  if (typeof answer.body === 'string') {
    res.writeHead(status, { 'content-type': 'text/html' });
    return void res.end(answer.body);
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(answer.body ?? {}));
}
