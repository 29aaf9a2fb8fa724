import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
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
  // SIGTERM (a deploy, a scale-in): Fastify stops accepting (new requests get 503, readiness with
  // them), in-flight requests finish, sweeps finish their round, connections close. A request stuck
  // longer than SHUTDOWN_GRACE_MS does not hold the process past the orchestrator's patience.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => {
      new Logger('Linli').log(`${signal}: finishing in-flight requests (up to ${config.SHUTDOWN_GRACE_MS} ms)`);
      setTimeout(() => {
        new Logger('Linli').warn('shutdown grace period over; exiting with requests still open');
        process.exit(1);
      }, config.SHUTDOWN_GRACE_MS).unref();
    });
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  new Logger('Linli').log(
    `listening on http://${host}:${port} (database: ${config.databaseKind}; API /api/v1; docs /api/docs${config.H5_DIST ? '; app /' : ''})`,
  );
}

main().catch((error: unknown) => {
  new Logger('Linli').error(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
