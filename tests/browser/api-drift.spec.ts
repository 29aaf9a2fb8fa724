/**
 * The mini-program's API types (miniprogram/src/services/api-schema.ts) are generated from the
 * server's OpenAPI document and committed. This regenerates them into a temp file and fails if
 * the committed copy is stale. Needs the server built (`pnpm build`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINIPROGRAM_ROOT } from './support/paths';

const COMMITTED = join(MINIPROGRAM_ROOT, 'src', 'services', 'api-schema.ts');
const GENERATOR = join(MINIPROGRAM_ROOT, 'scripts', 'gen-api.mjs');

test('the committed API schema matches the server’s OpenAPI document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-api-drift-'));
  try {
    const fresh = join(dir, 'api-schema.ts');
    execFileSync(process.execPath, [GENERATOR, '--out', fresh], { cwd: MINIPROGRAM_ROOT, stdio: 'pipe' });
    const stale = readFileSync(COMMITTED, 'utf8') !== readFileSync(fresh, 'utf8');
    if (stale) {
      throw new Error(
        'miniprogram/src/services/api-schema.ts is out of date with the server API.\n' +
          'Run `pnpm --filter @linli/miniprogram gen:api` and fix any type errors it shows in the mini-program.',
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
