// The built API as a child process, and the bare node:http + pg server the progress writes are compared with.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Starts dist/apps/api/main.js on `port` against `dbUrl`, signing tokens with `jwtSecret`. */
export function startApi({ port, dbUrl, jwtSecret, admin }) {
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the API under load.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return spawn('node', [...nodeArgs, 'dist/apps/api/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: dbUrl,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'keino-bench-')),
      JWT_SECRET: jwtSecret,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      DEMO_DATA: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function stopApi(server) {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}

export async function waitForHealth(base) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the API did not start');
}

/** The floor to compare with: node:http + pg, nothing but the upsert of the progress row. */
export async function bareServer(db) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const [, , , enrollmentId, , activityId] = req.url.split('/');
      const { state } = JSON.parse(body);
      try {
        const { rows } = await db.query(
          `INSERT INTO progress (enrollment_id, activity_id, state, completed_at)
           VALUES ($1, $2, $3, CASE WHEN $3 = 'completed' THEN now() END)
           ON CONFLICT (enrollment_id, activity_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()
           RETURNING activity_id, state, completed_at`,
          [enrollmentId, activityId, state],
        );
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows[0]));
      } catch (e) {
        res.writeHead(500).end(String(e));
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return server;
}
