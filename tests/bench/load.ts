/** Drives an HTTP endpoint with autocannon for a fixed time and keeps the figures the report prints. */
import autocannon from 'autocannon';

export interface LoadFigures {
  scenario: string;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Transport errors, timeouts and non-2xx answers together. */
  errors: number;
  /** Peak RSS of the server under test during the run, when watched. */
  rssMb?: number;
}

export interface LoadOptions {
  scenario: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  connections: number;
  durationSec: number;
  /** A different bearer token for every request (claims by many distinct members). */
  tokenPerRequest?: () => string;
  /** Stop early after this many requests (as many as there are distinct members to claim). */
  maxRequests?: number;
}

export async function runLoad(opts: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: opts.url,
    method: opts.method ?? 'GET',
    headers: opts.headers,
    connections: opts.connections,
    duration: opts.durationSec,
    ...(opts.maxRequests ? { maxOverallRequests: opts.maxRequests } : {}),
    requests: opts.tokenPerRequest
      ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, headers: { ...req.headers, authorization: `Bearer ${opts.tokenPerRequest!()}` } }) }]
      : undefined,
  });
  return {
    scenario: opts.scenario,
    requests: result.requests.total,
    // Over the time the run really took: a run that ran out of members ends before its duration.
    reqPerSec: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The same figures for a loop that is not HTTP (the raw mysql2 claims). */
export function figuresOf(scenario: string, latencies: number[], errors: number, elapsedSec: number): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
  return { scenario, requests: sorted.length, reqPerSec: elapsedSec > 0 ? sorted.length / elapsedSec : 0, p50Ms: at(0.5), p99Ms: at(0.99), errors };
}
