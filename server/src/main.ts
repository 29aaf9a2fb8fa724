import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { createApp, inFlightOf } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  // A .env in the working directory fills in what the environment does not set (Node's own loader).
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Linli refuses to start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  // SIGTERM (a deploy, a scale-in): stop accepting connections (readiness fails with them), let the
  // requests in flight finish (up to SHUTDOWN_GRACE_MS, below the orchestrator's patience), then
  // close the application: exports hand back their jobs, sweeps finish their round, the database,
  // Redis and the object store are closed.
  const logger = new Logger('Linli');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const inFlight = inFlightOf.get(app)!;
    logger.log(`${signal}: finishing ${inFlight.size} in-flight request(s) (up to ${config.SHUTDOWN_GRACE_MS} ms)`);
    app.getHttpServer().close();
    if (!(await inFlight.drained(config.SHUTDOWN_GRACE_MS))) logger.warn(`shutdown grace period over with ${inFlight.size} request(s) still open`);
    await app.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, (s) => void stop(s));
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  logger.log(`listening on http://${host}:${port} (database: ${config.databaseKind}; API /api/v1; docs /api/docs${config.H5_DIST ? '; app /' : ''})`);
}

main().catch((error: unknown) => {
  new Logger('Linli').error(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
