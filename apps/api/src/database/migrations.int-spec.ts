import { DataSource } from 'typeorm';

import { freshDatabase } from '../../test/setup/fresh-database';
import { migrations } from './data-source';
import { ProvedMembership1765300000000 } from './migrations/1765300000000-proved-membership';

const dataSource = (url: string, upTo: number) =>
  new DataSource({ type: 'postgres', url, migrations: migrations.slice(0, upTo), extra: { max: 1 } });

describe('migrations on a database that has data', () => {
  it('keeps the users of the first release through the academy migration, and rolls it back', async () => {
    const db = await freshDatabase('keino_migrations');
    try {
      const first = dataSource(db.url, 2);
      await first.initialize();
      await first.runMigrations();
      await first.query(
        `INSERT INTO users (email, password_hash, full_name, roles) VALUES ('vanha@keino.example', 'x', 'Vanha Käyttäjä', '{admin}')`,
      );
      await first.destroy();
      // PGlite serves one connection; let it see the first one close.
      await new Promise((r) => setTimeout(r, 200));

      const all = dataSource(db.url, migrations.length);
      await all.initialize();
      await all.runMigrations();
      const [user] = await all.query(`SELECT full_name, roles, organization_id, regions FROM users`);
      expect(user).toEqual({
        full_name: 'Vanha Käyttäjä',
        roles: ['admin'],
        organization_id: null,
        regions: [],
      });
      await all.query(
        `INSERT INTO organizations (name, business_id, kind, region) VALUES ('Testikunta', '0211675-2', 'municipality', '06')`,
      );
      await expect(
        all.query(
          `INSERT INTO organizations (name, business_id, kind, region) VALUES ('X', '1', 'other', '03')`,
        ),
      ).rejects.toThrow(/ck_organizations_region/);

      // Every migration after the first release rolls back, newest first.
      for (let i = 2; i < migrations.length; i++) await all.undoLastMigration();
      const tables: { table_name: string }[] = await all.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(['migrations', 'refresh_tokens', 'users']);
      const [after] = await all.query(`SELECT * FROM users`);
      expect(after).toMatchObject({ full_name: 'Vanha Käyttäjä' });
      expect(after).not.toHaveProperty('organization_id');
      await all.destroy();
    } finally {
      await db.drop();
    }
  });

  it('keeps every member and counts existing people as verified through the proved-membership migration', async () => {
    const db = await freshDatabase('keino_migrations_membership');
    try {
      const mine = migrations.indexOf(ProvedMembership1765300000000);
      const before = dataSource(db.url, mine);
      await before.initialize();
      await before.runMigrations();
      const [org] = await before.query(
        `INSERT INTO organizations (name, business_id, kind, region) VALUES ('Tampere', '0211675-2', 'municipality', '06')
         RETURNING id`,
      );
      await before.query(
        `INSERT INTO users (email, password_hash, full_name, organization_id) VALUES
           ('jasen@tampere.fi', 'x', 'Jäsen', $1), ('vapaa@keino.example', 'x', 'Vapaa', NULL)`,
        [org.id],
      );
      await before.destroy();
      await new Promise((r) => setTimeout(r, 200));

      const after = dataSource(db.url, mine + 1);
      await after.initialize();
      await after.runMigrations();
      const users = await after.query(
        `SELECT email, organization_id, email_verified_at = created_at AS verified FROM users ORDER BY email`,
      );
      expect(users).toEqual([
        { email: 'jasen@tampere.fi', organization_id: org.id, verified: true },
        { email: 'vapaa@keino.example', organization_id: null, verified: true },
      ]);
      await after.undoLastMigration();
      const columns: { column_name: string }[] = await after.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'users'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('email_verified_at');
      const [{ members }] = await after.query(
        `SELECT count(*)::int AS members FROM users WHERE organization_id = $1`,
        [org.id],
      );
      expect(members).toBe(1);
      await after.destroy();
    } finally {
      await db.drop();
    }
  });
});
