// The benchmark's data, seeded through the API where the API has to shape it (courses, versions, cohorts) and
// set-based in SQL where only volume matters (organisations, participants, progress, counters, answers).
import { log } from './log.mjs';

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

export async function seed(base, db, admin) {
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
