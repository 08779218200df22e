import { ConfigError } from './config/env.validation';
import { loadConfig } from './config/app-config';
import { createApp } from './bootstrap';
import { migrateCommand } from './database/migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  // `node main.js migrate`: the operator's separate migration step (MIGRATIONS=skip on the instances).
  if (process.argv[2] === 'migrate') {
    await migrateCommand(config.databaseUrl, config.dataDir);
    return;
  }
  const { app, close } = await createApp(config);
  // Graceful shutdown (bootstrap.ts close): not ready at once, finish the requests in flight, close the pool and the
  // embedded database, exit 0. Not Nest's enableShutdownHooks: it closes the modules before the server, and ends by
  // re-raising the signal, so the exit status would be 143 instead of 0.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`${signal}: draining`);
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
  // Every interface, as Express did: Fastify alone would listen on localhost only.
  await app.listen(config.port, '0.0.0.0');
  console.log(`KEINO Academy is running on http://localhost:${config.port}/ (API under /api)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
