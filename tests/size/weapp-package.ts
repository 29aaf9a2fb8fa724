/** The WeChat build's main package (dist/weapp less its subpackages): what WeChat caps at 2 MB. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { WEAPP_DIST } from '../browser/support/paths';

export const MAIN_PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024;

export interface AppJson {
  pages: string[];
  subPackages?: { root: string }[];
  subpackages?: { root: string }[];
}

export function weappBuilt(): boolean {
  return existsSync(join(WEAPP_DIST, 'app.json'));
}

export function readAppJson(): AppJson {
  const path = join(WEAPP_DIST, 'app.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm build:weapp\` at the repo root first`);
  return JSON.parse(readFileSync(path, 'utf8')) as AppJson;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export function mainPackageBytes(): number {
  const appJson = readAppJson();
  const subpackageRoots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) => p.root.replace(/^\/|\/$/g, '') + '/');
  const inMainPackage = (file: string) => {
    const path = relative(WEAPP_DIST, file).split(sep).join('/');
    return !subpackageRoots.some((root) => path.startsWith(root));
  };
  return filesUnder(WEAPP_DIST)
    .filter(inMainPackage)
    .reduce((sum, file) => sum + statSync(file).size, 0);
}
