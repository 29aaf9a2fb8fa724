import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js');

/**
 * Lints `source` as if it were the file at `path` (an existing file, so the project service types it
 * with that package's tsconfig) and returns the rules that fired. No cache: the config is under test.
 */
function firedRules(path: string, source: string): string[] {
  const run = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', path, '--format', 'json'], {
    cwd: ROOT,
    input: source,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  const fatal = result.messages.find((m) => m.ruleId === null);
  if (fatal) throw new Error(fatal.message);
  return result.messages.map((m) => m.ruleId!);
}

/** `pnpm lint` refuses the mistakes the linter was added for, in the package where each matters. */
describe('lint rules', () => {
  it('refuses a promise nobody awaits in the server', () => {
    const source = 'export async function send(): Promise<void> {}\nsend();\n';
    expect(firedRules('server/src/main.ts', source)).toEqual(['@typescript-eslint/no-floating-promises']);
  });

  it('refuses a hook called conditionally, a missing effect dependency and an async click handler in the mini-program', () => {
    const source = [
      "import { useEffect, useState } from 'react';",
      'export function Probe({ id }: { id: string }) {',
      '  const [n, setN] = useState(0);',
      '  if (id) useState(1);',
      '  useEffect(() => setN(id.length), []);',
      '  return <button onClick={async () => setN(n + 1)}>{n}</button>;',
      '}',
      '',
    ].join('\n');
    expect(firedRules('miniprogram/src/components/EmptyState.tsx', source).sort()).toEqual([
      '@typescript-eslint/no-misused-promises',
      'react-hooks/exhaustive-deps',
      'react-hooks/rules-of-hooks',
    ]);
  });
});
