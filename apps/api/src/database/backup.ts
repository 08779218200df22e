import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';

/**
 * `npm run backup -- DIR` / `npm run restore -- DIR`: the database and the files under DATA_DIR, in one folder.
 * PostgreSQL: `pg_dump` (plain SQL, one snapshot) and `psql` in one transaction. The embedded database: PGlite's own
 * dump of its data directory (`dumpDataDir`), which needs the server stopped (one process owns DATA_DIR).
 * The files are copied after the database's snapshot, so every row that names a file finds it.
 */
export const BACKUP_FORMAT = 'keino-backup/1';

/** What DATA_DIR holds besides the database: uploaded files, and the generated signing secret outside production. */
const FILE_DIRS = ['attachments'];
const LOOSE_FILES = ['jwt-secret'];

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: 'postgres' | 'pglite';
  files: { path: string; bytes: number; sha256: string }[];
}

function run(command: string, args: string[], stdin?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (c: Buffer) => (errors += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${errors.trim()}`)),
    );
    if (stdin) child.stdin?.end(stdin);
  });
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function listFiles(dataDir: string): Promise<string[]> {
  const found = LOOSE_FILES.filter((f) => existsSync(join(dataDir, f)));
  for (const dir of FILE_DIRS) {
    if (!existsSync(join(dataDir, dir))) continue;
    const entries = await readdir(join(dataDir, dir), { withFileTypes: true });
    found.push(...entries.filter((e) => e.isFile()).map((e) => `${dir}/${e.name}`));
  }
  return found.sort();
}

async function copyFiles(from: string, to: string, paths: string[]): Promise<BackupManifest['files']> {
  const copied: BackupManifest['files'] = [];
  for (const path of paths) {
    await mkdir(join(to, path, '..'), { recursive: true, mode: 0o700 });
    await copyFile(join(from, path), join(to, path));
    const data = await readFile(join(to, path));
    copied.push({ path, bytes: data.length, sha256: sha256(data) });
  }
  return copied;
}

/** Writes a backup of the configured database and DATA_DIR's files into `target`, an empty or new folder. */
export async function backup(
  databaseUrl: string | undefined,
  dataDir: string,
  target: string,
): Promise<BackupManifest> {
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`${target} is not empty`);
  await mkdir(join(target, 'files'), { recursive: true, mode: 0o700 });
  if (databaseUrl) {
    await run('pg_dump', [
      '--no-owner',
      '--no-privileges',
      '--file',
      join(target, 'database.sql'),
      databaseUrl,
    ]);
  } else {
    const db = await PGlite.create(join(dataDir, 'pglite'));
    try {
      const dump = await db.dumpDataDir('gzip');
      await writeFile(join(target, 'pglite.tar.gz'), Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    } finally {
      await db.close();
    }
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    database: databaseUrl ? 'postgres' : 'pglite',
    files: await copyFiles(dataDir, join(target, 'files'), await listFiles(dataDir)),
  };
  await writeFile(join(target, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

async function assertEmptyPostgres(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    if (rows[0].n > 0) throw new Error('The database is not empty: restore goes into an empty database only');
  } finally {
    await client.end();
  }
}

/** Restores `source` into the configured database (which must be empty) and DATA_DIR (whose files must not clash). */
export async function restore(
  databaseUrl: string | undefined,
  dataDir: string,
  source: string,
): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(join(source, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${source} is not a ${BACKUP_FORMAT} backup`);
  if (manifest.database !== (databaseUrl ? 'postgres' : 'pglite')) {
    throw new Error(`This backup is of a ${manifest.database} database: set DATABASE_URL accordingly`);
  }
  // Check everything before writing anything: the files as the manifest lists them, nothing in the way.
  for (const file of manifest.files) {
    const data = await readFile(join(source, 'files', file.path));
    if (sha256(data) !== file.sha256) throw new Error(`${file.path} in the backup is damaged`);
    // The signing secret is made at the first start (even the restore command's own): the backup's replaces it.
    const replaceable = LOOSE_FILES.includes(file.path);
    if (!replaceable && existsSync(join(dataDir, file.path))) {
      throw new Error(`${join(dataDir, file.path)} exists already`);
    }
  }
  if (databaseUrl) {
    await assertEmptyPostgres(databaseUrl);
    const sql = join(source, 'database.sql');
    await run('psql', [
      '--quiet',
      '--no-psqlrc',
      '-v',
      'ON_ERROR_STOP=1',
      '--single-transaction',
      '-f',
      sql,
      databaseUrl,
    ]);
  } else {
    const dir = join(dataDir, 'pglite');
    if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
    const dump = new Blob([await readFile(join(source, 'pglite.tar.gz'))]);
    const db = await PGlite.create({ dataDir: dir, loadDataDir: dump });
    await db.close();
  }
  await copyFiles(
    join(source, 'files'),
    dataDir,
    manifest.files.map((f) => f.path),
  );
  return manifest;
}
