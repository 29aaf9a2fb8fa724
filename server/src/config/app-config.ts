import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { IsTemplateMap } from '../notifications/template-config';

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
  problems.push(...productionProblems(config));
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
  'H5_DIST',
  'LOG_LEVEL',
  'SWEEP_INTERVAL_MS',
  'UPLOAD_DIR',
  'PUBLIC_BASE_URL',
  'WECHAT_PUSH_TOKEN',
]);
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
  if (config.SEED_DEMO) problems.push('SEED_DEMO: production refuses to seed the demo city (its demo users and wishes) into real data');
  return problems;
}
