import { startTestApp, TestApp } from '../../../test/setup/test-app';
import { sql } from './sql';

describe('sql: typed rows for hand-written statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.db.query(`CREATE TABLE sql_probe (id int PRIMARY KEY, label text NOT NULL)`);
  });
  afterAll(() => t.close());

  it('returns the rows of INSERT … RETURNING, UPDATE … RETURNING and DELETE … RETURNING alike', async () => {
    const inserted = await sql.rows<{ id: number }>(
      t.db,
      `INSERT INTO sql_probe VALUES (1, 'a'), (2, 'b') RETURNING id`,
    );
    expect(inserted.map((r) => r.id)).toEqual([1, 2]);
    const updated = await sql.one<{ label: string }>(
      t.db,
      `UPDATE sql_probe SET label = 'c' WHERE id = $1 RETURNING label`,
      [2],
    );
    expect(updated).toEqual({ label: 'c' });
    const deleted = await sql.rows<{ id: number }>(t.db, `DELETE FROM sql_probe WHERE id = 1 RETURNING id`);
    expect(deleted).toEqual([{ id: 1 }]);
  });

  it('counts the rows a statement touched, and answers undefined for no row', async () => {
    expect(await sql.affected(t.db, `UPDATE sql_probe SET label = 'd'`)).toBe(1);
    expect(await sql.affected(t.db, `DELETE FROM sql_probe WHERE id = 99`)).toBe(0);
    expect(await sql.one(t.db, `SELECT * FROM sql_probe WHERE id = 99`)).toBeUndefined();
  });

  it('runs inside the transaction it is given (rolled back with it)', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await sql.affected(tx, `INSERT INTO sql_probe VALUES (3, 'x')`);
        expect(await sql.one(tx, `SELECT id FROM sql_probe WHERE id = 3`)).toEqual({ id: 3 });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await sql.one(t.db, `SELECT id FROM sql_probe WHERE id = 3`)).toBeUndefined();
  });
});
