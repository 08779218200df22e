// The innovation report's benchmark alone (run.mjs runs it with the others): a year of 50,000 procurements of
// 2,000 organisations, p50 and p95 over HTTP.
//   node bench/innovation.mjs   (PostgreSQL as in run.mjs; BENCH_KEEP=1 keeps the seeded database)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { measureInnovation, seedInnovation } from './lib/innovation.mjs';
import { log } from './lib/log.mjs';
import { freePort, startApi, stopApi, waitForHealth } from './lib/server.mjs';

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `keino_bench_innovation_${process.pid}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
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
  const server = startApi({ port, dbUrl, jwtSecret: randomBytes(48).toString('base64url'), admin });
  const db = new pg.Pool({ connectionString: dbUrl, max: 4 });
  db.on('error', () => undefined);
  try {
    await waitForHealth(base);
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    }).then((r) => r.json());
    await seedInnovation(db);
    await measureInnovation(base, db, { admin: login.accessToken });
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
