// Benchmarks of the built API on a real PostgreSQL. Seeds its own database, prints one figure a line, drops it.
//   npm run bench   (PostgreSQL from BENCH_DATABASE_URL, DATABASE_URL or postgres://postgres@127.0.0.1:5432/test;
//                    BENCH_KEEP=1 keeps the seeded database for a closer look)
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `keino_bench_${process.pid}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const jwtSecret = randomBytes(48).toString('base64url');
const admin = { email: 'bench-admin@keino.example', password: 'bench admin password' };
const log = (...args) => console.error('·', ...args);

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// The API's own access token format (HS256, 15 minutes), so a thousand participants need no thousand sign-ins.
function accessToken(userId, roles) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: userId, roles, iat: now, exp: now + 900 })}`;
  return `${body}.${createHmac('sha256', jwtSecret).update(body).digest('base64url')}`;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

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
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the API under load.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn('node', [...nodeArgs, 'dist/apps/api/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
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
  const db = new pg.Pool({ connectionString: dbUrl, max: 16 });
  // Dropping the database at the end terminates idle connections; that is expected.
  db.on('error', () => undefined);
  try {
    await waitForHealth(base);
    const ids = await seed(base, db);
    await measureReport(base, ids);
    await measureCsv(base, ids);
    await measureTimeline(base, ids);
    await measureProgramme(base, ids);
    await measureImpact(base, ids);
    await measureWrites(base, db, ids);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
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

async function waitForHealth(base) {
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

async function api(base, token, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A course of `modules` modules holding `activities` page activities in all, published, through the API. */
async function publishedCourse(base, token, title, modules, activities) {
  const course = await api(base, token, 'POST', '/courses', { title, summary: 'Benchmark', language: 'fi' });
  for (let m = 0; m < modules; m++) {
    const mod = await api(base, token, 'POST', `/courses/${course.id}/modules`, {
      title: `Moduuli ${m + 1}`,
    });
    const count = Math.floor(activities / modules) + (m < activities % modules ? 1 : 0);
    for (let a = 0; a < count; a++) {
      await api(base, token, 'POST', `/modules/${mod.id}/activities`, {
        kind: 'page',
        title: `Tehtävä ${m + 1}.${a + 1}`,
        required: true,
      });
    }
  }
  await api(base, token, 'POST', `/courses/${course.id}/publish`);
  return course.id;
}

async function seed(base, db) {
  const started = Date.now();
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  }).then((r) => r.json());
  const token = login.accessToken;
  const course30 = await publishedCourse(base, token, 'Benchmark 30', 5, 30);
  const course307 = await publishedCourse(base, token, 'Benchmark 307', 10, 307);
  const cohort = (courseId, name, capacity) =>
    api(base, token, 'POST', '/cohorts', {
      courseId,
      name,
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
      capacity,
      approvalRequired: false,
    }).then((c) => c.id);
  const ids = {
    admin: token,
    big: await cohort(course30, 'Iso toteutus', 10_000),
    matrix: await cohort(course307, 'Leveä toteutus', 1_000),
    writesApi: await cohort(course30, 'Kirjoitukset API', 3_000),
    writesBare: await cohort(course30, 'Kirjoitukset bare', 3_000),
    fillers: [],
  };
  for (let i = 0; i < 13; i++) ids.fillers.push(await cohort(course30, `Täyte ${i + 1}`, 1_000));

  // 20 organisations in several regions; participants set-based.
  await db.query(`
    INSERT INTO organizations (name, business_id, kind, region)
    SELECT 'Organisaatio ' || i, lpad(i::text, 7, '0') || '-' || i % 10, 'municipality',
           (ARRAY['01','02','06','11','13','17','19'])[1 + i % 7]
    FROM generate_series(1, 20) i`);
  const cohortSizes = [
    [ids.big, 10_000],
    [ids.matrix, 1_000],
    [ids.writesApi, 3_000],
    [ids.writesBare, 3_000],
    ...ids.fillers.map((id) => [id, 1_000]),
  ];
  for (const [cohortId, size] of cohortSizes) {
    await db.query(
      `WITH orgs AS (SELECT array_agg(id) AS ids FROM organizations),
       u AS (
         INSERT INTO users (email, password_hash, full_name, roles, organization_id)
         SELECT 'p' || i || '-' || $1::text || '@bench.keino.example', 'x', 'Osallistuja ' || i, '{participant}',
                (SELECT ids[1 + i % 20] FROM orgs)
         FROM generate_series(1, $2::int) i RETURNING id
       )
       INSERT INTO enrollments (cohort_id, user_id, status) SELECT $1::uuid, id, 'active' FROM u`,
      [cohortId, size],
    );
    await db.query(`UPDATE cohorts SET seats_taken = $2 WHERE id = $1`, [cohortId, size]);
  }
  // Full grids: every participant has a row for every activity, completed for a varying share.
  for (const cohortId of [ids.big, ids.matrix, ...ids.fillers]) {
    await db.query(
      `INSERT INTO progress (enrollment_id, activity_id, state, completed_at)
       SELECT e.id, va.activity_id,
              CASE WHEN va.ordinal < k.done THEN 'completed' ELSE 'in_progress' END,
              CASE WHEN va.ordinal < k.done THEN now() - (va.ordinal || ' hours')::interval END
       FROM enrollments e
       JOIN cohorts c ON c.id = e.cohort_id
       JOIN version_activities va ON va.version_id = c.course_version_id
       CROSS JOIN LATERAL (SELECT (abs(hashtext(e.id::text)) % ((SELECT count(*) FROM version_activities WHERE version_id = c.course_version_id) + 1))::int AS done) k
       WHERE e.cohort_id = $1`,
      [cohortId],
    );
    // The counters the progress write keeps on each enrolment. Every participant has a row for every activity, so
    // the rows in order give the arrays by ordinal and by module position.
    await db.query(
      `WITH rows AS (
         SELECT p.enrollment_id, va.ordinal, va.module_position, va.required AND p.state = 'completed' AS counts,
                CASE WHEN p.state = 'completed' THEN (p.completed_at AT TIME ZONE 'UTC')::date - DATE '2000-01-01' END AS day
         FROM progress p JOIN enrollments e ON e.id = p.enrollment_id JOIN cohorts c ON c.id = e.cohort_id
         JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = p.activity_id
         WHERE e.cohort_id = $1
       ),
       per_module AS (
         SELECT enrollment_id, module_position, count(*) FILTER (WHERE counts)::int AS n FROM rows
         GROUP BY enrollment_id, module_position
       ),
       modules AS (
         SELECT enrollment_id, array_agg(n ORDER BY module_position) AS counts, sum(n)::int AS total
         FROM per_module GROUP BY enrollment_id
       ),
       days AS (SELECT enrollment_id, array_agg(day ORDER BY ordinal) AS days FROM rows GROUP BY enrollment_id)
       UPDATE enrollments e
       SET completed_days = d.days, module_completed = m.counts, completed_required = m.total,
           status = CASE WHEN m.total >= v.total_required THEN 'completed' ELSE 'active' END,
           completed_at = CASE WHEN m.total >= v.total_required THEN now() END
       FROM modules m JOIN days d USING (enrollment_id), cohorts c, course_versions v
       WHERE e.id = m.enrollment_id AND c.id = e.cohort_id AND v.id = c.course_version_id`,
      [cohortId],
    );
  }
  // Self-assessment answers, start and end, on every dimension of the default model, for the 10,000 cohort and the
  // fillers (23,000 participants): levels spread 1–5, the end mostly a level higher.
  await db.query(
    `INSERT INTO assessment_answers (enrollment_id, phase, dimension_id, activity_id, level)
     SELECT e.id, ph.phase, d.id, gen_random_uuid(),
            least(5, 1 + abs(hashtext(e.id::text || d.id::text)) % 4 + CASE WHEN ph.phase = 'end' THEN 1 ELSE 0 END)
     FROM enrollments e CROSS JOIN maturity_dimensions d CROSS JOIN (VALUES ('start'), ('end')) AS ph(phase)
     WHERE e.cohort_id = ANY($1::uuid[]) AND d.archived_at IS NULL`,
    [[ids.big, ...ids.fillers]],
  );
  await db.query('ANALYZE');
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM progress`)).rows;
  log(`seeded ${n} progress rows in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return ids;
}

async function timed(runs, fn) {
  for (let i = 0; i < 2; i++) await fn(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function measureReport(base, ids) {
  let enrolled = 0;
  const { p50, p95 } = await timed(20, async () => {
    const res = await fetch(`${base}/cohorts/${ids.big}/report`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    });
    enrolled = (await res.json()).participants.length;
  });
  console.log(
    `cohort report, ${enrolled} participants × 30 activities, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget 150 ms)`,
  );
}

async function measureCsv(base, ids) {
  let lines = 0;
  let columns = 0;
  const { p50, p95 } = await timed(20, async () => {
    const text = await fetch(`${base}/cohorts/${ids.matrix}/report.csv`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    }).then((r) => r.text());
    const rows = text.trimEnd().split('\n');
    lines = rows.length - 1;
    columns = rows[0].split(',').length - 10;
  });
  console.log(
    `CSV report, ${lines} participants × ${columns} activities, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget 300 ms)`,
  );
}

async function measureTimeline(base, ids) {
  let points = 0;
  const { p50, p95 } = await timed(20, async () => {
    const res = await fetch(`${base}/cohorts/${ids.big}/report/timeline`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    });
    points = (await res.json()).points.length;
  });
  console.log(
    `cohort timeline, 10000 participants × 30 activities, ${points} weeks, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
  );
}

async function measureProgramme(base, ids) {
  let cohorts = 0;
  let enrolled = 0;
  const { p50, p95 } = await timed(20, async () => {
    const res = await fetch(`${base}/reports/programme`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    });
    const body = await res.json();
    cohorts = body.cohorts.length;
    enrolled = body.totals.enrolled;
  });
  console.log(
    `programme overview, ${cohorts} cohorts, ${enrolled} enrolments, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
  );
}

/** The impact report over every answer (23,000 participants × 5 dimensions × 2 phases), by dimension and by region. */
async function measureImpact(base, ids) {
  for (const group of ['dimension', 'region']) {
    let rows = 0;
    const { p50, p95 } = await timed(20, async () => {
      const res = await fetch(`${base}/reports/impact?group=${group}`, {
        headers: { authorization: `Bearer ${ids.admin}` },
      });
      rows = (await res.json()).rows.length;
    });
    console.log(
      `impact by ${group}, 23000 participants × 5 dimensions × 2 phases, ${rows} rows, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
  }
}

/** Random (enrolment, activity) pairs of a cohort; the API gets the owner's token with each. */
async function writeTargets(db, cohortId) {
  const { rows } = await db.query(
    `SELECT e.id, e.user_id, array_agg(va.activity_id ORDER BY va.ordinal) AS activities
     FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
     JOIN version_activities va ON va.version_id = c.course_version_id
     WHERE e.cohort_id = $1 GROUP BY e.id, e.user_id`,
    [cohortId],
  );
  return rows.map((r) => ({ ...r, token: accessToken(r.user_id, ['participant']) }));
}

function cannon(url, targets, duration) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: 16,
        duration,
        requests: [
          {
            method: 'PUT',
            setupRequest: (req) => {
              const t = targets[Math.floor(Math.random() * targets.length)];
              const activity = t.activities[Math.floor(Math.random() * t.activities.length)];
              return {
                ...req,
                path: `/api/enrollments/${t.id}/progress/${activity}`,
                headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
                body: '{"state":"completed"}',
              };
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    });
  });
}

/** The floor to compare with: node:http + pg, nothing but the upsert of the progress row. */
async function bareServer(db) {
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

// This machine's speed drifts from minute to minute, so the two servers take turns: three rounds of 5 s each,
// alternating which goes first, 15 s in all for each.
async function measureWrites(base, db, ids) {
  const apiTargets = await writeTargets(db, ids.writesApi);
  const bareTargets = await writeTargets(db, ids.writesBare);
  const bare = await bareServer(db);
  const runs = { api: [], bare: [] };
  const runApi = async () => runs.api.push(await cannon(`${base.replace(/\/api$/, '')}`, apiTargets, 5));
  const runBare = async () =>
    runs.bare.push(await cannon(`http://127.0.0.1:${bare.address().port}`, bareTargets, 5));
  for (const order of [
    [runApi, runBare],
    [runBare, runApi],
    [runApi, runBare],
  ])
    for (const run of order) await run();
  bare.close();
  const rate = (results) =>
    results.reduce((n, r) => n + r.requests.total, 0) / results.reduce((t, r) => t + r.duration, 0);
  const bad = (results) => results.reduce((n, r) => n + r.non2xx + r.errors, 0);
  const p50 = (results) =>
    percentile(
      results.map((r) => r.latency.p50),
      50,
    );
  console.log(
    `progress writes, API, 16 connections 3 × 5 s: ${rate(runs.api).toFixed(0)} req/s (p50 ${p50(runs.api)} ms, ${bad(runs.api)} non-2xx)`,
  );
  console.log(
    `progress writes, bare node:http + pg, same turns: ${rate(runs.bare).toFixed(0)} req/s (p50 ${p50(runs.bare)} ms, ${bad(runs.bare)} non-2xx)`,
  );
  console.log(
    `progress writes, ratio API/bare: ${(rate(runs.api) / rate(runs.bare)).toFixed(2)} (budget ≥ 0.5)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
