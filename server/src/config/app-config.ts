import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { IsTemplateMap } from '../notifications/template-config';
import { IsTrustedProxyList, splitProxyList } from './trusted-proxies';

/** The development JWT secret. Production refuses to start while it is in use. */
export const DEFAULT_JWT_SECRET = 'linli-dev-secret-change-me-before-production';

const toBool = ({ value }: { value: unknown }) =>
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- environment values are strings
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Environment variables, typed and validated. Every key is documented in .env.example. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** mysql://user:pass@host:port/db → MySQL/MariaDB with migrations; unset → embedded SQLite. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(mysql|mariadb):\/\/.+\/[A-Za-z0-9_]+/, {
    message: 'DATABASE_URL must look like mysql://user:password@host:3306/database',
  })
  DATABASE_URL?: string;

  @IsString()
  SQLITE_PATH = 'data/linli.sqlite';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /**
   * Run pending MySQL migrations at boot, once across instances booting together (a lock row,
   * see database/migrate-once.ts). Off when a release runs `pnpm migrate` first.
   */
  @Transform(toBool)
  @IsBoolean()
  DB_MIGRATE_ON_BOOT = true;

  /**
   * Galera only: wsrep_sync_wait for every connection (1 = reads wait for the cluster's earlier
   * commits), so a write through one instance is seen by the next read through another. 0 leaves it unset.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(15)
  DB_SYNC_WAIT = 0;

  /** Seed the demo community into an empty database at boot. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean;

  @IsString()
  @MinLength(16)
  JWT_SECRET = DEFAULT_JWT_SECRET;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(60 * 60 * 24 * 90)
  JWT_TTL_SECONDS = 60 * 60 * 24 * 7;

  /** Pick-a-demo-user login for the H5 preview. Defaults on outside production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DEV_LOGIN?: boolean;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WECHAT_APP_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WECHAT_APP_SECRET?: string;

  @Matches(/^https?:\/\/[^\s]+$/)
  WECHAT_API_BASE = 'https://api.weixin.qq.com';

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  WECHAT_TIMEOUT_MS = 5000;

  /**
   * Subscription-message templates by notification kind, as JSON: {"wish_approved":"<template id>",…}, or
   * {"digest":{"id":"…","title":"thing1","body":"thing2","time":"time3"}} naming the template's fields.
   * A kind without a template is kept in the in-app inbox only.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @IsTemplateMap()
  WECHAT_TEMPLATE_IDS?: string;

  /** Which version of the mini-program a notice opens: formal (released), trial or developer. */
  @IsIn(['formal', 'trial', 'developer'])
  WECHAT_MINIPROGRAM_STATE: 'formal' | 'trial' | 'developer' = 'formal';

  /**
   * redis://[:password@]host:6379[/db] (or rediss://): counters every instance must share (the
   * login throttle) live there. Unset → in this process's memory, right for a single instance only.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must look like redis://:password@host:6379/0' })
  REDIS_URL?: string;

  /**
   * The proxies in front (nginx, a cloud load balancer), as comma-separated addresses or CIDRs, e.g.
   * 127.0.0.1,10.0.0.0/8. Only from these is X-Forwarded-For believed, so the throttle and the
   * logs see the client's address. Unset → the socket's address (no proxy trusted).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsTrustedProxyList()
  TRUST_PROXY?: string;

  /** Logins per minute per client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  AUTH_RATE_LIMIT_PER_MINUTE = 30;

  /**
   * The address WeChat reaches this server at (https://…, no trailing slash). Images are checked
   * by WeChat fetching them from here; unset, every uploaded image waits for a person to review it.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*[^\s?#/])?$/, {
    message: 'PUBLIC_BASE_URL must be an http(s) address without a trailing slash, e.g. https://linli.example.cn',
  })
  PUBLIC_BASE_URL?: string;

  /**
   * The Token set for message push (消息推送) in the mini-program's admin console; WeChat signs
   * every push with it. Unset, pushes (image check verdicts) are refused.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{3,32}$/, { message: 'WECHAT_PUSH_TOKEN must be 3–32 letters or digits, as WeChat requires' })
  WECHAT_PUSH_TOKEN?: string;

  /** Where uploaded photos are kept (the local-disk photo storage). */
  @IsString()
  UPLOAD_DIR = 'data/uploads';

  /**
   * Where photos and finished exports live: `local` (UPLOAD_DIR, which every instance must share)
   * or `s3`, any S3-compatible object store (Tencent COS, Aliyun OSS, MinIO) named by the S3_* settings.
   */
  @IsIn(['local', 's3'])
  STORAGE: 'local' | 's3' = 'local';

  /** The object store's endpoint, e.g. https://cos.ap-shanghai.myqcloud.com; unset → AWS's own for S3_REGION. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+\/?$/, { message: 'S3_ENDPOINT must be an http(s) address without a path, e.g. https://oss-cn-hangzhou.aliyuncs.com' })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots, hyphens)' })
  S3_BUCKET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style addressing (endpoint/bucket/key), which MinIO needs; COS and OSS use virtual hosts (false). */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** How long a presigned download link for a finished export stays valid. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(7 * 24 * 60 * 60)
  S3_PRESIGN_TTL_SECONDS = 300;

  /**
   * On SIGTERM: how long in-flight requests get to finish after the server stops accepting new
   * ones, before it closes anyway (keep it below the orchestrator's kill timeout).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_GRACE_MS = 10_000;

  /** How often the deadline sweeps run (wish reminders and releases); 0 turns them off (tests drive them directly). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 60 * 60 * 1000)
  SWEEP_INTERVAL_MS = 60_000;

  /** The built H5 mini-program to serve at "/" (one URL for API and app). Unset: API only. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  H5_DIST?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get devLoginEnabled(): boolean {
    return this.DEV_LOGIN ?? !this.isProduction;
  }

  /** The proxy addresses as Fastify's trustProxy takes them; false trusts none. */
  get trustedProxies(): string[] | false {
    return this.TRUST_PROXY ? splitProxyList(this.TRUST_PROXY) : false;
  }

  get databaseKind(): 'mysql' | 'sqlite' {
    return this.DATABASE_URL ? 'mysql' : 'sqlite';
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant = Object.fromEntries(Object.entries(env).filter(([key]) => CONFIG_KEYS.has(key)));
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  problems.push(...storageProblems(config), ...productionProblems(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Every setting read from the environment (a key missing here would be silently ignored). */
export const CONFIG_KEYS = new Set([
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'SQLITE_PATH',
  'DB_POOL_SIZE',
  'DB_MIGRATE_ON_BOOT',
  'DB_SYNC_WAIT',
  'SEED_DEMO',
  'JWT_SECRET',
  'JWT_TTL_SECONDS',
  'DEV_LOGIN',
  'WECHAT_APP_ID',
  'WECHAT_APP_SECRET',
  'WECHAT_API_BASE',
  'WECHAT_TIMEOUT_MS',
  'WECHAT_TEMPLATE_IDS',
  'WECHAT_MINIPROGRAM_STATE',
  'AUTH_RATE_LIMIT_PER_MINUTE',
  'REDIS_URL',
  'TRUST_PROXY',
  'STORAGE',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PRESIGN_TTL_SECONDS',
  'SHUTDOWN_GRACE_MS',
  'H5_DIST',
  'LOG_LEVEL',
  'SWEEP_INTERVAL_MS',
  'UPLOAD_DIR',
  'PUBLIC_BASE_URL',
  'WECHAT_PUSH_TOKEN',
]);
/** S3 settings that cannot work in any mode: without a bucket nothing can be stored. */
function storageProblems(config: AppConfig): string[] {
  if (config.STORAGE !== 's3') return [];
  const problems: string[] = [];
  if (!config.S3_BUCKET) problems.push('S3_BUCKET: STORAGE=s3 needs the bucket photos and exports are kept in');
  if (!config.S3_ACCESS_KEY_ID !== !config.S3_SECRET_ACCESS_KEY)
    problems.push('S3_ACCESS_KEY_ID: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither');
  return problems;
}

/** The settings production must never run with, each named so the operator knows what to fix. */
function productionProblems(config: AppConfig): string[] {
  if (!config.isProduction) return [];
  const problems: string[] = [];
  if (config.JWT_SECRET === DEFAULT_JWT_SECRET) problems.push('JWT_SECRET: production refuses the default secret; set a random secret of 32+ characters');
  else if (config.JWT_SECRET.length < 32) problems.push('JWT_SECRET: production needs a secret of at least 32 characters');
  if (config.devLoginEnabled) problems.push('DEV_LOGIN: production refuses to start with dev login enabled');
  if (!config.WECHAT_APP_ID) problems.push('WECHAT_APP_ID: production needs the mini-program AppID');
  if (!config.WECHAT_APP_SECRET) problems.push('WECHAT_APP_SECRET: production needs the mini-program AppSecret');
  // Unset, the server would run on the embedded SQLite file with schema sync and the demo city seeded.
  if (!config.DATABASE_URL)
    problems.push('DATABASE_URL: production needs MySQL/MariaDB (mysql://user:password@host:3306/database), not the embedded SQLite database');
  // The SDK would otherwise look for credentials on the machine (~/.aws, instance metadata), which a
  // city's servers do not have: the first upload would fail instead of the boot.
  if (config.STORAGE === 's3' && (!config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY))
    problems.push('S3_SECRET_ACCESS_KEY: production with STORAGE=s3 needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  if (config.SEED_DEMO) problems.push('SEED_DEMO: production refuses to seed the demo city (its demo users and wishes) into real data');
  return problems;
}
