// Progress writes under load (autocannon, 16 connections): the API against the bare node:http + pg floor.
import autocannon from 'autocannon';
import { createHmac, randomUUID } from 'node:crypto';
import { percentile } from './http.mjs';
import { bareServer } from './server.mjs';

// The API's own access token format (HS256, 15 minutes), so a thousand participants need no thousand sign-ins. The
// session id is made up (the check reads only the person's token version, 0 for the seeded people); each person's
// version is read from the database once, at their first write, and from memory after that.
function accessToken(jwtSecret, userId, roles) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: userId, roles, sid: randomUUID(), ver: 0, iat: now, exp: now + 900 })}`;
  return `${body}.${createHmac('sha256', jwtSecret).update(body).digest('base64url')}`;
}

/** Random (enrolment, activity) pairs of a cohort; the API gets the owner's token with each. */
async function writeTargets(db, cohortId, jwtSecret) {
  const { rows } = await db.query(
    `SELECT e.id, e.user_id, array_agg(va.activity_id ORDER BY va.ordinal) AS activities
     FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
     JOIN version_activities va ON va.version_id = c.course_version_id
     WHERE e.cohort_id = $1 GROUP BY e.id, e.user_id`,
    [cohortId],
  );
  return rows.map((r) => ({ ...r, token: accessToken(jwtSecret, r.user_id, ['participant']) }));
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

// This machine's speed drifts from minute to minute, so the two servers take turns: three rounds of 5 s each,
// alternating which goes first, 15 s in all for each.
export async function measureWrites(base, db, ids, jwtSecret) {
  const apiTargets = await writeTargets(db, ids.writesApi, jwtSecret);
  const bareTargets = await writeTargets(db, ids.writesBare, jwtSecret);
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
