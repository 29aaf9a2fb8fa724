/** Linli server processes for the Galera tier: server/dist/main.js, one per cluster node. */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { within } from './galera-cluster';

export const REPO = resolve(__dirname, '../..');
export const GALERA_JWT_SECRET = 'galera-tier-secret-0123456789abcdef';

export interface Instance {
  url: string;
  logFile: string;
  log(): string;
  stop(): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs / 1000} s; see ${logFile}`);
}

/** Starts one instance on `databaseUrl` and resolves once it answers /health. */
export async function startInstance(opts: {
  name: string;
  databaseUrl: string;
  port: number;
  logDir: string;
  env?: Record<string, string>;
}): Promise<Instance> {
  const logFile = join(opts.logDir, `${opts.name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      DATABASE_URL: opts.databaseUrl,
      DB_POOL_SIZE: '10',
      DB_SYNC_WAIT: '1',
      JWT_SECRET: GALERA_JWT_SECRET,
      WECHAT_APP_ID: 'wxgalera000000000',
      WECHAT_APP_SECRET: 'galera-secret-not-used',
      WECHAT_API_BASE: 'http://127.0.0.1:9',
      WECHAT_TIMEOUT_MS: '500',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      SWEEP_INTERVAL_MS: '0',
      UPLOAD_DIR: join(opts.logDir, `${opts.name}-uploads`),
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await within(exited, 10_000);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    await waitForHealth(url, child, logFile, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, logFile, log: () => readFileSync(logFile, 'utf8'), stop };
}

/** Runs a built CLI of the server (e.g. the demo seed) against one node and waits for it. */
export function runCli(script: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', JWT_SECRET: GALERA_JWT_SECRET, ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`${script} exited with ${code}:\n${out.slice(-3000)}`))));
  });
}
