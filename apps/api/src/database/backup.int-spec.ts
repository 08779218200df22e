import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { createApp } from '../bootstrap';
import { APP_CONFIG, AppConfig, loadConfig } from '../config/app-config';
import { freshDatabase } from '../../test/setup/fresh-database';
import { ADMIN_ENV, startTestApp } from '../../test/setup/test-app';
import { backup, restore } from './backup';

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Every table of the database: its row count and a digest of all its rows, so "every row" means every row. */
async function fingerprint(query: Query): Promise<Record<string, string>> {
  const { rows } = await query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of rows as { tablename: string }[]) {
    const [r] = (
      await query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
           FROM "${tablename}" t`,
      )
    ).rows as { n: number; digest: string }[];
    out[tablename] = `${r.n}:${r.digest}`;
  }
  return out;
}

/** The files under DATA_DIR's attachments/, by name, as digests. */
function attachments(dataDir: string): Record<string, string> {
  const dir = join(dataDir, 'attachments');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const rowCount = (print: Record<string, string>, table: string) => Number(print[table]?.split(':')[0]);

describe('backup and restore', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

  // CI: the PostgreSQL of DATABASE_URL, with pg_dump and psql of the machine.
  const onPostgres = process.env['DATABASE_URL'] ? it : it.skip;
  onPostgres(
    'PostgreSQL: restores the demo academy into an empty database, every row and every file',
    async () => {
      const t = await startTestApp({ ...ADMIN_ENV, DEMO_DATA: 'true' });
      const source = t.app.get<AppConfig>(APP_CONFIG);
      const target = await freshDatabase('keino_restore');
      const client = new Client({ connectionString: target.url });
      try {
        const before = await fingerprint((sql) =>
          t.db.query(sql).then((rows: Record<string, unknown>[]) => ({ rows })),
        );
        const files = attachments(source.dataDir);
        expect(Object.keys(files).length).toBeGreaterThan(0);
        expect(rowCount(before, 'users')).toBeGreaterThan(10);

        const folder = join(temp('keino-backup-'), 'backup');
        folders.push(join(folder, '..'));
        const started = Date.now();
        const made = await backup(source.databaseUrl, source.dataDir, folder);
        const backupMs = Date.now() - started;
        expect(made.database).toBe('postgres');

        // As `npm run restore` finds it: its own start made a signing secret, which the backup's replaces.
        const dataDir = loadConfig({ DATA_DIR: temp('keino-restored-') }).dataDir;
        folders.push(dataDir);
        expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(true);
        const restoreStarted = Date.now();
        await restore(target.url, dataDir, folder);
        expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(
          readFileSync(join(source.dataDir, 'jwt-secret'), 'utf8'),
        );
        console.log(`PostgreSQL backup ${backupMs} ms, restore ${Date.now() - restoreStarted} ms`);
        await client.connect();
        expect(await fingerprint((sql) => client.query(sql))).toEqual(before);
        expect(attachments(dataDir)).toEqual(files);
        // Every attachment row finds its file.
        const ids = (await client.query<{ id: string }>('SELECT id FROM assignment_attachments')).rows.map(
          (r) => r.id,
        );
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(existsSync(join(dataDir, 'attachments', id))).toBe(true);

        // Never over a database that has something in it, nor over files that are there.
        await expect(restore(target.url, temp('keino-other-'), folder)).rejects.toThrow(/not empty/);
        await expect(restore(target.url, dataDir, folder)).rejects.toThrow(/exists already/);
      } finally {
        await client.end().catch(() => undefined);
        await t.close();
        await target.drop();
      }
    },
    240_000,
  );

  it('PGlite: restores the embedded database (dumpDataDir) and the files into an empty DATA_DIR', async () => {
    const dataDir = temp('keino-embedded-');
    folders.push(dataDir);
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      REMINDERS_SCHEDULE: 'false',
      ...ADMIN_ENV,
    };
    const running = await createApp(loadConfig({ ...env, DEMO_DATA: 'true' }), { logger: false });
    expect(running.app.get<AppConfig>(APP_CONFIG).databaseUrl).toBeUndefined();
    // Through the app's own connection: the embedded database serves one at a time.
    const ds = running.app.get(DataSource);
    const before = await fingerprint((sql) =>
      ds.query(sql).then((rows: Record<string, unknown>[]) => ({ rows })),
    );
    // The server owns the embedded database while it runs: backups are taken with it stopped.
    await running.close();
    const files = attachments(dataDir);
    expect(Object.keys(files).length).toBeGreaterThan(0);

    const folder = join(temp('keino-backup-'), 'backup');
    folders.push(join(folder, '..'));
    expect((await backup(undefined, dataDir, folder)).database).toBe('pglite');
    const restored = temp('keino-restored-');
    folders.push(restored);
    await restore(undefined, restored, folder);

    const pglite = await PGlite.create(join(restored, 'pglite'));
    try {
      expect(await fingerprint((sql) => pglite.query<Record<string, unknown>>(sql))).toEqual(before);
    } finally {
      await pglite.close();
    }
    expect(attachments(restored)).toEqual(files);
    // The generated signing secret goes along, so tokens and the secrets it keys survive the move.
    expect(readFileSync(join(restored, 'jwt-secret'), 'utf8')).toBe(
      readFileSync(join(dataDir, 'jwt-secret'), 'utf8'),
    );
    await expect(restore(undefined, restored, folder)).rejects.toThrow(/exists already|not empty/);
  }, 240_000);
});
