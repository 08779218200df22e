import { Client } from 'pg';

import { freshDatabase } from '../../test/setup/fresh-database';
import { ServerProcess, startServerProcess, waitForOk } from '../../test/process/server-process';
import { migrations } from './data-source';
import { MIGRATION_LOCK_KEY } from './migrate';

// Several processes on one database: real PostgreSQL only (CI sets DATABASE_URL); PGlite belongs to one process.
const onPostgres = process.env['DATABASE_URL'] ? describe : describe.skip;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

onPostgres('migrations once (real server processes on real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let client: Client;
  const servers: ServerProcess[] = [];

  beforeEach(async () => {
    db = await freshDatabase('keino_migrate');
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.kill()));
    await client.end();
    await db.drop();
  });

  const appliedMigrations = async () =>
    (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);

  it('three instances started at once on an empty database migrate it once and all become ready', async () => {
    // The test holds the lock first, so all three are certainly at the door together when it opens.
    await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    for (let i = 0; i < 3; i++) servers.push(await startServerProcess({ DATABASE_URL: db.url }));
    await until('three instances waiting for the migration lock', async () => {
      for (const s of servers) if (s.child.exitCode !== null) throw new Error(s.output());
      const { rows } = await client.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_database d ON d.oid = l.database
          WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
      );
      return rows[0].waiting === 3;
    });
    const tables = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.rowCount).toBe(0);
    const released = Date.now();
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
    await Promise.all(servers.map((s) => waitForOk(s, '/api/health/ready')));
    console.log(`three instances ready ${Date.now() - released} ms after the lock opened`);
    // Each migration once, in order: the two that came second found nothing to run.
    expect(await appliedMigrations()).toEqual(migrations.map((m) => m.name));
    for (const s of servers) expect(s.output()).not.toMatch(/error/i);
  }, 240_000);

  it('MIGRATIONS=skip refuses an unmigrated database; `main.ts migrate` migrates it once, then the instance starts', async () => {
    const refused = await startServerProcess({ DATABASE_URL: db.url, MIGRATIONS: 'skip' });
    servers.push(refused);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/migrations pending and MIGRATIONS=skip/);
    // Nothing migrated (TypeORM's check leaves only its own, empty, migrations table).
    const tables = await client.query(
      `SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(tables.rowCount).toBe(0);

    const migrate = await startServerProcess({ DATABASE_URL: db.url }, ['migrate']);
    servers.push(migrate);
    expect(await migrate.exited).toBe(0);
    expect(migrate.output()).toContain(`Ran ${migrations.length} migrations`);
    const again = await startServerProcess({ DATABASE_URL: db.url }, ['migrate']);
    servers.push(again);
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain('The database is up to date');
    expect(await appliedMigrations()).toEqual(migrations.map((m) => m.name));

    const instance = await startServerProcess({ DATABASE_URL: db.url, MIGRATIONS: 'skip' });
    servers.push(instance);
    await waitForOk(instance, '/api/health/ready');
  }, 240_000);
});
