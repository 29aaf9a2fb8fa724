/** The pieces of a city's deployment the deploy tier starts: Redis (probed), an S3 server, server instances, nginx. */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

export const REPO = join(__dirname, '../..');
export const MAIN = join(REPO, 'server/dist/main.js');

/** Something to fail on under CI and to skip, saying so, on a developer's machine. */
export function missingPieces(): string[] {
  const missing: string[] = [];
  if (spawnSync('redis-cli', ['-v']).status !== 0) missing.push('redis-cli (apt-get install redis-tools)');
  if (spawnSync('nginx', ['-v']).status !== 0) missing.push('nginx (apt-get install nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static)');
  return missing;
}

export function tcpAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface Child {
  name: string;
  url: string;
  process: ChildProcess;
  log: () => string;
  /** Waits (up to 5 s) for its log to contain `text`: lines reach the file through a pipe, a moment after the response. */
  logged(text: string): Promise<boolean>;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
}

function spawnChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, logDir: string, url: string, readyPath: string): Promise<Child> {
  const logFile = join(logDir, `${name}.log`);
  writeFileSync(logFile, '');
  const sink = createWriteStream(logFile);
  const child = spawn(command, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(sink);
  child.stderr.pipe(sink);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const log = () => readFileSync(logFile, 'utf8');
  const logged = async (text: string) => {
    for (const until = Date.now() + 5000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) if (log().includes(text)) return true;
    return log().includes(text);
  };
  const handle: Child = { name, url, process: child, log, logged, stop };
  return waitFor(url + readyPath, child, logFile, 120_000).then(
    () => handle,
    async (error: Error) => {
      await stop();
      throw new Error(`${name}: ${error.message}`);
    },
  );
}

/** The built server (server/dist/main.js) as an instance of a city's deployment. */
export async function startInstance(name: string, env: Record<string, string>, logDir: string): Promise<Child> {
  const port = await freePort();
  return spawnChild(
    name,
    process.execPath,
    [MAIN],
    { PATH: process.env.PATH, ...env, PORT: String(port), HOST: '127.0.0.1' },
    logDir,
    `http://127.0.0.1:${port}`,
    '/api/v1/health/live',
  );
}

/** deploy/nginx.conf for this machine: the test's listen port, upstreams and H5 root, no TLS, and its own source address. */
export function renderNginxConf(opts: { listenPort: number; upstreams: string[]; root: string; proxyBind: string }): string {
  const lines = readFileSync(join(REPO, 'deploy/nginx.conf'), 'utf8').split('\n');
  const out: string[] = [];
  let dropping = false;
  let upstreamWritten = false;
  for (const line of lines) {
    if (line.includes('# test: drop-block')) dropping = true;
    if (dropping) {
      if (line.includes('# test: end-drop-block')) dropping = false;
      continue;
    }
    if (line.includes('# test: drop')) continue;
    if (line.includes('# test: upstream')) {
      if (!upstreamWritten) out.push(...opts.upstreams.map((u) => `    server ${u} max_fails=3 fail_timeout=10s;`));
      upstreamWritten = true;
      continue;
    }
    if (line.includes('# test: listen')) out.push(`    listen 127.0.0.1:${opts.listenPort};`);
    else if (line.includes('# test: root')) out.push(line.replace(/root [^;]+;/, `root ${opts.root};`));
    else if (line.includes('proxy_pass http://linli_api;')) out.push(line, `        proxy_bind ${opts.proxyBind};`);
    else out.push(line);
  }
  return out.join('\n');
}

/** Debian's nginx in the foreground, everything it writes under `prefix`, with deploy/nginx.conf included. */
export async function startNginx(opts: { prefix: string; site: string; listenPort: number }): Promise<Child> {
  for (const dir of ['logs', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) mkdirSync(join(opts.prefix, dir), { recursive: true });
  writeFileSync(join(opts.prefix, 'linli.conf'), opts.site);
  const modules = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'].map((m) => `load_module /usr/lib/nginx/modules/${m};`);
  writeFileSync(
    join(opts.prefix, 'nginx.conf'),
    [
      ...modules,
      'worker_processes 1;',
      `pid ${opts.prefix}/nginx.pid;`,
      `error_log ${opts.prefix}/logs/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${opts.prefix}/logs/access.log;`,
      `  client_body_temp_path ${opts.prefix}/tmp/body;`,
      `  proxy_temp_path ${opts.prefix}/tmp/proxy;`,
      `  fastcgi_temp_path ${opts.prefix}/tmp/fastcgi;`,
      `  uwsgi_temp_path ${opts.prefix}/tmp/uwsgi;`,
      `  scgi_temp_path ${opts.prefix}/tmp/scgi;`,
      `  include ${opts.prefix}/linli.conf;`,
      '}',
    ].join('\n'),
  );
  return spawnChild(
    'nginx',
    'nginx',
    ['-p', opts.prefix, '-c', join(opts.prefix, 'nginx.conf'), '-e', join(opts.prefix, 'logs/error.log'), '-g', 'daemon off;'],
    { PATH: process.env.PATH },
    opts.prefix,
    `http://127.0.0.1:${opts.listenPort}`,
    '/api/v1/health/live',
  );
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any; // JSON of many shapes
  raw: Buffer;
}

/** One HTTP call from a chosen source address (127.0.0.x), so one machine can be several clients. */
export function call(
  url: string,
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string>; from?: string } = {},
): Promise<Reply> {
  const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}${path}`,
      {
        method,
        // A fresh connection per call: the source address is the client, and nothing stays open after the tier.
        agent: false,
        localAddress: opts.from,
        headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}), ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          let body: unknown = undefined;
          try {
            body = JSON.parse(raw.toString('utf8'));
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, raw });
        });
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}
