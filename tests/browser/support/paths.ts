import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const MINIPROGRAM_ROOT = join(REPO_ROOT, 'miniprogram');
export const H5_DIST = join(MINIPROGRAM_ROOT, 'dist', 'h5');
export const WEAPP_DIST = join(MINIPROGRAM_ROOT, 'dist', 'weapp');
export const SERVER_MAIN = join(REPO_ROOT, 'server', 'dist', 'main.js');
/** Screenshots to look at after a run (tests/artifacts is gitignored). */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests', 'artifacts', 'screenshots');
