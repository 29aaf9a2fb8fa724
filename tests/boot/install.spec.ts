import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies } from 'semver';

const ROOT = join(__dirname, '../..');
const LOCKFILE = join(ROOT, 'pnpm-lock.yaml');

interface Manifest {
  engines?: { node?: string };
}

/**
 * Each locked package with the Node range it declares, read from the lockfile's `packages:` section
 * (what a fresh install gets, whatever an older node_modules still holds).
 */
function lockedNodeRanges(): { pkg: string; node: string }[] {
  const ranges: { pkg: string; node: string }[] = [];
  let pkg = '';
  for (const line of readFileSync(LOCKFILE, 'utf8').split('\n')) {
    const key = /^ {2}'?([^' ][^']*?)'?:$/.exec(line);
    if (key) pkg = key[1];
    const engines = /^ {4}engines: \{.*node: '([^']+)'/.exec(line);
    if (engines && pkg) ranges.push({ pkg, node: engines[1] });
  }
  return ranges;
}

/** The README's two commands run on a fresh offline machine with Node 20 and pnpm, nothing exported. */
describe('install on the README machine', () => {
  it('installs no package whose engines exclude the Node the project states', () => {
    const stated = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest).engines?.node ?? '';
    const lowest = minVersion(stated)?.version ?? '';
    const locked = lockedNodeRanges();
    const refusing = locked.filter((r) => !satisfies(lowest, r.node, { includePrerelease: true })).map((r) => `${r.pkg} wants node ${r.node}`);
    expect(lowest).toMatch(/^20\./);
    expect(locked.length).toBeGreaterThan(100);
    expect(refusing).toEqual([]);
  });

  it("hands node-gyp the running Node's own headers, so better-sqlite3 compiles offline without an export", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- pnpm loads the hook file with require()
    const pnpmfile = require(join(ROOT, '.pnpmfile.cjs')) as { hooks: { updateConfig: (c: object) => { extraEnv?: Record<string, string> } } };
    const saved = process.env.npm_config_nodedir;
    delete process.env.npm_config_nodedir;
    try {
      const nodedir = pnpmfile.hooks.updateConfig({}).extraEnv?.npm_config_nodedir;
      expect(nodedir).toBeDefined();
      expect(existsSync(join(nodedir!, 'include', 'node', 'node.h'))).toBe(true);
    } finally {
      if (saved !== undefined) process.env.npm_config_nodedir = saved;
    }
  });
});
