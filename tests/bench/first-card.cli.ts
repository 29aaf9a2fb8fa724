/**
 * `pnpm --filter @linli/tests exec tsx bench/first-card.cli.ts`: the first-card time alone, against
 * the built server on a fresh demo database (the full bench measures it on the large city).
 */
import { CURRENT_POLICY } from '@linli/shared';
import { startLinliServer } from '../browser/support/linli-server';
import { h5FirstCardOn4g } from './first-card';

async function main(): Promise<void> {
  const server = await startLinliServer();
  try {
    const users = await (await fetch(`${server.baseUrl}/api/v1/auth/dev-users`)).json();
    const user = users.find((u: { displayName: string }) => u.displayName === '王建军');
    const login = await (
      await fetch(`${server.baseUrl}/api/v1/auth/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: user.id }),
      })
    ).json();
    // As the app does after login: nothing but the public endpoints answers until the documents are agreed to.
    await fetch(`${server.baseUrl}/api/v1/privacy/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
      body: JSON.stringify({ policyVersion: CURRENT_POLICY.version }),
    });
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await h5FirstCardOn4g(server.baseUrl, login.token));
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[1];
    console.log(
      `first wish card on 4G (9 Mbps, 40 ms) with 4× CPU slowdown: ${median.ms} ms (runs ${runs.map((r) => r.ms).join(', ')}), ${median.transferredKb.toFixed(0)} KB transferred`,
    );
  } finally {
    await server.stop();
  }
}

void main();
