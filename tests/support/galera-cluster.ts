/**
 * A throwaway 3-node MariaDB Galera cluster on this machine, for the Galera tier: each node its
 * own datadir under one temp folder, its own ports (SQL 4306–4308; group communication, IST and
 * SST on 4567/4577/4587 and the ports after them), never the machine's own MariaDB on 3306.
 * The nodes run as the mysql user: as root, rsync SST would drop to nobody and could not write a
 * joiner's datadir.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export const GALERA_LIBRARY = '/usr/lib/galera/libgalera_smm.so';
const SQL_PORTS = [4306, 4307, 4308];
const GCOMM_PORTS = [4567, 4577, 4587];

export interface GaleraCluster {
  /** mysql://root@127.0.0.1:PORT per node (no database). */
  servers: string[];
  dir: string;
  stop(): Promise<void>;
}

/** Why the cluster cannot start on this machine, or null when it can. */
export function whyNoGalera(): string | null {
  if (!existsSync(GALERA_LIBRARY)) return `no Galera library at ${GALERA_LIBRARY}`;
  for (const tool of ['mariadbd', 'mariadb-install-db', 'rsync']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed`;
    }
  }
  if (process.getuid?.() !== 0) return 'not root (the nodes are started as the mysql user, which needs root)';
  const busy = busyPorts([...SQL_PORTS, ...GCOMM_PORTS.flatMap((p) => [p, p + 1, p + 2])]);
  if (busy.length > 0) return `ports ${busy.join(', ')} are in use (another cluster running?)`;
  return null;
}

/** The ports of `ports` something already listens on (checked synchronously, so that a describe can be skipped). */
function busyPorts(ports: number[]): number[] {
  const probe = `const net = require('node:net'); const busy = []; let left = ${ports.length};
    for (const port of ${JSON.stringify(ports)}) { const s = net.createServer(); s.once('error', () => { busy.push(port); if (--left === 0) done(); });
      s.listen(port, '127.0.0.1', () => s.close(() => { if (--left === 0) done(); })); }
    function done() { process.stdout.write(JSON.stringify(busy.sort())); }`;
  return JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }) || '[]') as number[];
}

/** Resolves when `promise` does, or after `ms`, leaving no timer behind either way. */
export async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

function config(dir: string, i: number): string {
  const node = join(dir, `node${i}`);
  const base = GCOMM_PORTS[i];
  return [
    '[mysqld]',
    'user=mysql',
    `datadir=${node}/data`,
    `socket=${node}/mysqld.sock`,
    `port=${SQL_PORTS[i]}`,
    'bind-address=127.0.0.1',
    `log_error=${node}/error.log`,
    `pid_file=${node}/mysqld.pid`,
    'skip-name-resolve',
    'binlog_format=ROW',
    'default_storage_engine=InnoDB',
    'innodb_autoinc_lock_mode=2',
    // Small and lazy: three nodes share two cores with everything else, and the data is thrown away.
    'innodb_buffer_pool_size=64M',
    'innodb_log_file_size=32M',
    'innodb_flush_log_at_trx_commit=0',
    'performance_schema=OFF',
    'max_connections=300',
    'wsrep_on=ON',
    `wsrep_provider=${GALERA_LIBRARY}`,
    'wsrep_cluster_name=linli_test',
    `wsrep_cluster_address=gcomm://${GCOMM_PORTS.map((p) => `127.0.0.1:${p}`).join(',')}`,
    'wsrep_node_address=127.0.0.1',
    `wsrep_node_name=node${i}`,
    `wsrep_provider_options="base_port=${base};ist.recv_addr=127.0.0.1:${base + 1};gcache.size=32M"`,
    'wsrep_sst_method=rsync',
    `wsrep_sst_receive_address=127.0.0.1:${base + 2}`,
    'wsrep_slave_threads=2',
    '',
  ].join('\n');
}

async function query(server: string, sql: string): Promise<unknown[]> {
  const connection = await createConnection({ uri: `${server}/mysql`, connectTimeout: 2000 });
  try {
    const [rows] = await connection.query(sql);
    return rows as unknown[];
  } finally {
    await connection.end();
  }
}

async function clusterSize(server: string): Promise<number> {
  const rows = (await query(server, "SHOW STATUS LIKE 'wsrep_cluster_size'")) as { Value: string }[];
  return Number(rows[0]?.Value ?? 0);
}

async function waitFor(what: string, check: () => Promise<boolean>, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what}: the node exited with ${child.exitCode}; see ${logFile}:\n${tail(logFile)}`);
    try {
      if (await check()) return;
    } catch {
      /* not answering yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s; see ${logFile}:\n${tail(logFile)}`);
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
}

async function stopNode(child: ChildProcess, pidFile: string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  // The pid file names mariadbd itself (the child is that process, as it is started here directly).
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : child.pid;
  try {
    if (pid) process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  await within(exited, 20_000);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Starts the three nodes (the first bootstraps the cluster, the others join by SST) and waits until all three are in it. */
export async function startGaleraCluster(): Promise<GaleraCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'linli-galera-'));
  chmodSync(dir, 0o755);
  const children: { child: ChildProcess; pidFile: string }[] = [];
  const stop = async () => {
    for (const node of [...children].reverse()) await stopNode(node.child, node.pidFile);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < 3; i++) {
      const node = join(dir, `node${i}`);
      mkdirSync(join(node, 'data'), { recursive: true });
      writeFileSync(join(node, 'my.cnf'), config(dir, i));
    }
    execFileSync('chown', ['-R', 'mysql:mysql', dir]);
    // Only the first node needs system tables; the others receive everything by SST when they join.
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${join(dir, 'node0', 'data')}`, '--user=mysql', '--auth-root-authentication-method=normal'],
      {
        stdio: 'ignore',
      },
    );
    execFileSync('chown', ['-R', 'mysql:mysql', dir]);
    const servers = SQL_PORTS.map((port) => `mysql://root@127.0.0.1:${port}`);
    for (let i = 0; i < 3; i++) {
      const node = join(dir, `node${i}`);
      const args = [`--defaults-file=${join(node, 'my.cnf')}`, ...(i === 0 ? ['--wsrep-new-cluster'] : [])];
      const child = spawn('mariadbd', args, { stdio: 'ignore' });
      const pidFile = join(node, 'mysqld.pid');
      children.push({ child, pidFile });
      const logFile = join(node, 'error.log');
      await waitFor(`node${i} joining`, async () => (await clusterSize(servers[i])) === i + 1, child, logFile, 90_000);
    }
    return { servers, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
