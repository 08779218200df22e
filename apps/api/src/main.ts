import { ConfigError } from './config/env.validation';
import { loadConfig } from './config/app-config';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app, close } = await createApp(config);
  // Graceful shutdown: stop accepting, finish requests in flight, close the pool and the embedded database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
  // Every interface, as Express did: Fastify alone would listen on localhost only.
  await app.listen(config.port, '0.0.0.0');
  console.log(`KEINO Academy is running on http://localhost:${config.port}/ (API under /api)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
