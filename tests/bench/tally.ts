/**
 * Art. 278 tallies at two sizes: the community's secretary closes each seeded ballot through the
 * API, which counts the stored votes by head and by floor area in the closing transaction. The
 * median of the closes is the figure (each ballot can be closed once).
 */
import type { CityManifest } from './city';

async function closeAll(baseUrl: string, ballotIds: string[], token: string): Promise<number> {
  const times: number[] = [];
  for (const id of ballotIds) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/ballots/${id}/closing`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    const elapsed = performance.now() - started;
    if (res.status !== 200) throw new Error(`closing ballot ${id} answered ${res.status}: ${await res.text()}`);
    times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function tallyTimes(baseUrl: string, m: CityManifest, tokenOf: (userId: string) => string): Promise<{ owners1kMs: number; owners10kMs: number }> {
  // Interleaved warm-up: the first close of each size pays for cold pages; it is not counted.
  const [warm1k, ...rest1k] = m.tally.owners1k.ballotIds;
  const [warm10k, ...rest10k] = m.tally.owners10k.ballotIds;
  await closeAll(baseUrl, [warm1k], tokenOf(m.tally.owners1k.secretaryUserId));
  await closeAll(baseUrl, [warm10k], tokenOf(m.tally.owners10k.secretaryUserId));
  return {
    owners1kMs: await closeAll(baseUrl, rest1k, tokenOf(m.tally.owners1k.secretaryUserId)),
    owners10kMs: await closeAll(baseUrl, rest10k, tokenOf(m.tally.owners10k.secretaryUserId)),
  };
}
