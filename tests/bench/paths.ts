import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const BENCH_DIR = __dirname;
export const SERVER_MAIN = join(REPO, 'server/dist/main.js');
export const SEED_CLI = join(REPO, 'server/dist/seed/city-seed.cli.js');
export const H5_DIST = join(REPO, 'miniprogram/dist/h5');
export const WEAPP_DIST = join(REPO, 'miniprogram/dist/weapp');
/** Seed manifests, server logs and results of the last run (git-ignored). */
export const WORK_DIR = join(REPO, 'tests/bench/.work');
