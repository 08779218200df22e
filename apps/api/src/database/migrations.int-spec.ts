import { DataSource } from 'typeorm';

import { freshDatabase } from '../../test/setup/fresh-database';
import { migrations } from './data-source';

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
});
