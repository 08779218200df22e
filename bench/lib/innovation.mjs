// The innovation report over a year of 50,000 procurements of 2,000 organisations, seeded set-based in SQL.
import { timed } from './http.mjs';
import { log } from './log.mjs';

const YEAR = 2026;

/** 2,000 organisations of every kind in every region, 25 procurements each in YEAR and 5 in the year before. */
export async function seedInnovation(db) {
  const started = Date.now();
  await db.query(`
    INSERT INTO organizations (name, business_id, kind, region)
    SELECT 'Hankkija ' || i, lpad((1000000 + i)::text, 7, '0') || '-' || i % 10,
           (ARRAY['municipality','wellbeing_county','state_agency','joint_authority','other'])[1 + i % 5],
           (ARRAY['01','02','04','05','06','07','08','09','10','11','12','13','14','15','16','17','18','19','21'])[1 + i % 19]
    FROM generate_series(1, 2000) i`);
  // Varied as the national survey found: about half new to the buyer, a few new to the market or in procedure.
  await db.query(
    `INSERT INTO procurements (organization_id, title, cpv_code, value_eur, year, procedure, status, novelty,
                               sustainability, market_dialogue, strategic)
     SELECT o.id, 'Hankinta ' || g, '45000000-7', 10000 + (g * 7919) % 2000000, y.year,
            (ARRAY['open','restricted','negotiated','competitive_dialogue','innovation_partnership','direct_award',
                   'framework','other'])[1 + g % 8],
            'completed',
            (ARRAY['new_to_buyer','none','new_to_buyer','none','new_to_market','new_to_buyer','new_procedure',
                   'none','new_to_buyer','none'])[1 + (g * 3) % 10],
            CASE g % 3 WHEN 0 THEN ARRAY['environmental'] WHEN 1 THEN '{}'::text[] ELSE ARRAY['social','climate'] END,
            g % 4 = 0, g % 10 = 0
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organizations WHERE name LIKE 'Hankkija %') o
       CROSS JOIN (VALUES (${YEAR}, 25), (${YEAR - 1}, 5)) AS y(year, per_org)
       CROSS JOIN LATERAL generate_series(1, y.per_org) g`,
  );
  await db.query('ANALYZE organizations; ANALYZE procurements');
  const { rows } = await db.query('SELECT count(*)::int AS n FROM procurements WHERE year = $1', [YEAR]);
  log(`seeded ${rows[0].n} procurements of ${YEAR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A member of one of the organisations, signed in: the report as most callers read it (one organisation's row). */
async function memberToken(base, db) {
  const email = 'bench-member@keino.example';
  const password = 'bench member password';
  await fetch(`${base}/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, fullName: 'Penkki Jäsen', locale: 'fi' }),
  });
  await db.query(
    `UPDATE users SET organization_id = (SELECT id FROM organizations WHERE name = 'Hankkija 1'),
                      email_verified_at = now() WHERE email = $1`,
    [email],
  );
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).then((r) => r.json());
  return login.accessToken;
}

export async function measureInnovation(base, db, ids) {
  const member = await memberToken(base, db);
  const cases = [
    ['admin, all 2000 organisations listed', ids.admin, `/reports/innovation?year=${YEAR}`],
    ['member, aggregates and their own row', member, `/reports/innovation?year=${YEAR}`],
    ['member, kind=municipality', member, `/reports/innovation?year=${YEAR}&kind=municipality`],
    ['admin CSV, 2000 rows', ids.admin, `/reports/innovation.csv?year=${YEAR}`],
  ];
  for (const [label, token, path] of cases) {
    let size = 0;
    const { p50, p95 } = await timed(30, async () => {
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      size = (await res.text()).length;
    });
    console.log(
      `innovation report, 50000 procurements of 2000 organisations, ${label} (${Math.round(size / 1024)} kB), HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (aim 50 ms)`,
    );
  }
}
