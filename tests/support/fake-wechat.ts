import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export const FAKE_APP_ID = 'wx-fake-appid';
export const FAKE_APP_SECRET = 'fake-app-secret';

/**
 * A small stand-in for WeChat's server API on 127.0.0.1, so the real HTTP client runs end to end.
 * code2Session answers by the code it is given:
 *   ok:<openid>  → that openid          invalid → 40029     used → 40163     rate → 45011
 *   busy → -1    risky → 40226          http500 → HTTP 500  garbage → not JSON   slow → never in time
 */
export class FakeWechat {
  readonly requests: URL[] = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
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

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    this.requests.push(url);
    if (url.pathname !== '/sns/jscode2session') return this.json(res, 404, { errcode: 404, errmsg: 'not found' });
    if (url.searchParams.get('appid') !== FAKE_APP_ID || url.searchParams.get('secret') !== FAKE_APP_SECRET) {
      return this.json(res, 200, { errcode: 40013, errmsg: 'invalid appid' });
    }
    const code = url.searchParams.get('js_code') ?? '';
    if (code.startsWith('ok:')) return this.json(res, 200, { openid: code.slice(3), session_key: 'sk', unionid: `u-${code.slice(3)}` });
    const errcodes: Record<string, number> = { invalid: 40029, used: 40163, rate: 45011, busy: -1, risky: 40226 };
    if (code in errcodes) return this.json(res, 200, { errcode: errcodes[code], errmsg: code });
    if (code === 'http500') return this.json(res, 500, { message: 'oops' });
    if (code === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html>gateway</html>');
    }
    if (code === 'slow') return; // never answers; the client's timeout must fire
    return this.json(res, 200, { errcode: 40029, errmsg: 'invalid code' });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
