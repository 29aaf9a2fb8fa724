import { join } from 'node:path';
import { REPO_ROOT } from '../browser/support/paths';

export { H5_DIST, REPO_ROOT as REPO, SERVER_MAIN, WEAPP_DIST } from '../browser/support/paths';
export const SEED_CLI = join(REPO_ROOT, 'server/dist/seed/city-seed.cli.js');
/** Seed manifests, server logs and results of the last run (git-ignored). */
export const WORK_DIR = join(REPO_ROOT, 'tests/bench/.work');
