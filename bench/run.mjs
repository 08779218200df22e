// Benchmarks of the built API on a real PostgreSQL. Seeds its own database, prints one figure a line, drops it.
//   npm run bench   (PostgreSQL from BENCH_DATABASE_URL, DATABASE_URL or postgres://postgres@127.0.0.1:5432/test;
//                    BENCH_KEEP=1 keeps the seeded database for a closer look)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { measureInnovation, seedInnovation } from './lib/innovation.mjs';
import { log } from './lib/log.mjs';
import { measureCsv, measureImpact, measureProgramme, measureReport, measureTimeline } from './lib/reports.mjs';
import { seed } from './lib/seed.mjs';
import { measureSignInBurst } from './lib/sign-ins.mjs';
import { freePort, startApi, stopApi, waitForHealth } from './lib/server.mjs';
import { measureWrites } from './lib/writes.mjs';

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `keino_bench_${process.pid}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
// One secret for the API and for the participants' tokens the write benchmark signs itself.
const jwtSecret = randomBytes(48).toString('base64url');
const admin = { email: 'bench-admin@keino.example', password: 'bench admin password' };

async function main() {
  if (!existsSync('dist/apps/api/main.js')) {
    log('building the API');
    spawnSync('npx', ['nx', 'run', 'api:build'], { stdio: 'inherit' });
  }
  const root = new pg.Client({ connectionString: serverUrl });
  await root.connect();
  await root.query(`CREATE DATABASE ${dbName}`);
  await root.end();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/api`;
  const server = startApi({ port, dbUrl, jwtSecret, admin });
  const db = new pg.Pool({ connectionString: dbUrl, max: 16 });
  // Dropping the database at the end terminates idle connections; that is expected.
  db.on('error', () => undefined);
  try {
    await waitForHealth(base);
    const ids = await seed(base, db, admin);
    await measureReport(base, ids);
    await measureCsv(base, ids);
    await measureTimeline(base, ids);
    await measureProgramme(base, ids);
    await measureImpact(base, ids);
    await seedInnovation(db);
    await measureInnovation(base, db, ids);
    await measureWrites(base, db, ids, jwtSecret);
    await measureSignInBurst(base, admin);
  } finally {
    await stopApi(server);
    await db.end();
    if (process.env.BENCH_KEEP) {
      log(`kept ${dbUrl}`);
    } else {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
