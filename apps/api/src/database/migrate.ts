import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source';
import { EmbeddedDatabase, startEmbeddedDatabase } from './embedded';

/**
 * The advisory lock's key (one bigint, any fixed value: "keino-mig" in ASCII). Every instance takes it before it
 * looks at the migrations table, so of several started at once on an empty database one migrates and the others,
 * let in after it, find nothing left to run.
 */
export const MIGRATION_LOCK_KEY = '7738135648727640423';

async function withDataSource<T>(
  url: string,
  embedded: boolean,
  work: (ds: DataSource) => Promise<T>,
): Promise<T> {
  // Two connections on PostgreSQL: one holds the lock, the migrations run on the other. PGlite takes one.
  const ds = new DataSource({
    ...dataSourceOptions(url, embedded),
    entities: [],
    extra: embedded ? { max: 1 } : { max: 2 },
  });
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

/** Runs the pending migrations once, whoever else runs them at the same moment; answers the names it ran. */
export function runMigrations(
  url: string,
  embedded: boolean,
  log: (message: string) => void = (message) => Logger.log(message, 'Migrations'),
): Promise<string[]> {
  return withDataSource(url, embedded, async (ds) => {
    // The embedded database belongs to this one process (its DATA_DIR): nobody to wait for.
    if (embedded) return (await ds.runMigrations()).map((m) => m.name);
    const lock = ds.createQueryRunner();
    await lock.connect();
    try {
      const started = Date.now();
      await lock.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
      const waited = Date.now() - started;
      if (waited > 1000) log(`Waited ${waited} ms for another instance's migrations`);
      const ran = (await ds.runMigrations()).map((m) => m.name);
      if (ran.length > 0) log(`Ran ${ran.length} migrations: ${ran.join(', ')}`);
      return ran;
    } finally {
      // Released with the session anyway if this process dies mid-way; explicitly here since the pool is reused.
      await lock.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lock.release();
    }
  });
}

/** MIGRATIONS=skip: the schema must already be current (the operator's migrate step ran), else the start stops. */
export async function assertMigrated(url: string, embedded: boolean): Promise<void> {
  const pending = await withDataSource(url, embedded, (ds) => ds.showMigrations());
  if (pending) {
    throw new Error(
      'The database has migrations pending and MIGRATIONS=skip: run `npm run migrate` ' +
        '(or `node main.js migrate` in the build) first',
    );
  }
}

/** `main.js migrate` (`npm run migrate`): migrates the configured database (or DATA_DIR's embedded one) and ends. */
export async function migrateCommand(databaseUrl: string | undefined, dataDir: string): Promise<void> {
  const embedded = databaseUrl ? undefined : await startEmbeddedDatabase(dataDir);
  try {
    const ran = await runMigrations(databaseUrl ?? (embedded as EmbeddedDatabase).url, !databaseUrl);
    console.log(ran.length > 0 ? `Ran ${ran.length} migrations` : 'The database is up to date');
  } finally {
    await embedded?.stop();
  }
}
