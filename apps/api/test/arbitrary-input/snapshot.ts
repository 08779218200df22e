import { TestApp } from '../setup/test-app';

/**
 * A fingerprint of every table the app's migrations made (its own bookkeeping aside), so a refused request can be
 * shown to have written nothing, in a table added after this was written too.
 */
export async function tableSnapshots(t: TestApp): Promise<() => Promise<string>> {
  const tables: { name: string }[] = await t.db.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'
     ORDER BY tablename`,
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${name}" x`,
    )
    .join(' UNION ALL ');
  return async () => {
    const rows: { t: string; h: string }[] = await t.db.query(sql);
    return rows.map((r) => `${r.t}:${r.h}`).join(',');
  };
}

/** The snapshot once two in a row agree: what a setup started in the background (a notification) has landed. */
export async function settled(snapshot: () => Promise<string>): Promise<string> {
  let last = await snapshot();
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await snapshot();
    if (now === last) return now;
    last = now;
  }
  throw new Error('The tables kept changing for 5 s with no request made');
}
