/** Child processes the bench drives: the production Linli server and the bare baseline, with their memory. */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './paths';

export interface Started {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Resident set size of a process now, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : 0;
}

/** Samples a process's RSS every 200 ms until stopped; returns the peak. */
export function watchRss(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      /* the process ended */
    }
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

async function waitForHttp(url: string, child: ChildProcess, logFile: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the process exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s; see ${logFile}`);
}

function start(name: string, command: string, args: string[], env: Record<string, string>, port: number, readyPath: string, logDir: string): Promise<Started> {
  const logFile = join(logDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(command, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  return waitForHttp(url + readyPath, child, logFile).then(
    () => ({ url, pid: child.pid!, stop }),
    async (error) => {
      await stop();
      throw error;
    },
  );
}

/**
 * The real server as production runs it (NODE_ENV=production: no dev login, a real secret, JSON
 * logs at info). Background sweeps are off so that only the load under test touches the database.
 */
export function startLinli(opts: { databaseUrl: string; jwtSecret: string; port: number; h5Dist?: string; logDir: string; name: string }): Promise<Started> {
  return start(
    opts.name,
    process.execPath,
    ['server/dist/main.js'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: opts.databaseUrl,
      JWT_SECRET: opts.jwtSecret,
      WECHAT_APP_ID: 'wxbench000000000',
      WECHAT_APP_SECRET: 'bench-secret-not-used',
      WECHAT_API_BASE: 'http://127.0.0.1:9',
      SWEEP_INTERVAL_MS: '0',
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      ...(opts.h5Dist ? { H5_DIST: opts.h5Dist } : {}),
    },
    opts.port,
    '/api/v1/health',
    opts.logDir,
  );
}

/** The bare baseline: fastify + mysql2 replaying the statements the server ran. */
export function startBare(opts: { databaseUrl: string; port: number; poolSize: number; routesFile: string; logDir: string }): Promise<Started> {
  return start(
    'bare',
    process.execPath,
    [require.resolve('tsx/cli'), 'tests/bench/bare-server.ts'],
    { BARE_DATABASE_URL: opts.databaseUrl, BARE_PORT: String(opts.port), BARE_POOL: String(opts.poolSize), BARE_ROUTES: opts.routesFile },
    opts.port,
    '/health',
    opts.logDir,
  );
}
