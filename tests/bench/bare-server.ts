/**
 * The bare baseline: fastify + a mysql2 pool, no framework above it, answering each route by
 * running the statements the real server ran for that request (captured from the general log)
 * one after another, as the server does, and sending their rows back as JSON.
 */
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { createPool } from 'mysql2/promise';

const routes = JSON.parse(readFileSync(process.env.BARE_ROUTES!, 'utf8')) as Record<string, string[]>;
const pool = createPool({ uri: process.env.BARE_DATABASE_URL, connectionLimit: Number(process.env.BARE_POOL ?? 10), dateStrings: false, timezone: 'Z' });
const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));
for (const [path, statements] of Object.entries(routes)) {
  app.get(path, async () => {
    const results: unknown[] = [];
    for (const statement of statements) {
      const [rows] = await pool.query(statement);
      results.push(rows);
    }
    return { results };
  });
}

app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' }).catch((error) => {
  console.error(error);
  process.exit(1);
});
