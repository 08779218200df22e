import { resolve } from 'node:path';

import { ConfigError } from './config/env.validation';
import { loadConfig } from './config/app-config';
import { createApp } from './bootstrap';
import { backup, restore } from './database/backup';
import { migrateCommand } from './database/migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  const [command, folder] = process.argv.slice(2);
  // `node main.js migrate`: the operator's separate migration step (MIGRATIONS=skip on the instances).
  if (command === 'migrate') {
    await migrateCommand(config.databaseUrl, config.dataDir);
    return;
  }
  // `node main.js backup|restore FOLDER`: the database and DATA_DIR's files (database/backup.ts).
  if (command === 'backup' || command === 'restore') {
    if (!folder) throw new ConfigError(`Usage: ${command} <folder>`);
    const run = command === 'backup' ? backup : restore;
    const done = await run(config.databaseUrl, config.dataDir, resolve(folder));
    const what = `the ${done.database} database and ${done.files.length} files`;
    console.log(
      command === 'backup' ? `Backed up ${what} into ${folder}` : `Restored ${what} from ${folder}`,
    );
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
