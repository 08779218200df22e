import { DataSource } from 'typeorm';

import { freshDatabase } from '../../test/setup/fresh-database';
import { migrations } from './data-source';
import { entities } from './entities';

/**
 * What TypeORM cannot express, and so may differ between the entities and the migrated database (ADR 0006): the
 * case library's generated search column (its expression lives in its migration). GIN and descending indexes and
 * storage parameters are not compared at all: the entities name those indexes with `synchronize: false`, and the
 * last test below checks that each such index exists.
 */
const BEYOND_TYPEORM = [
  /"(procurement_cases|developer_group_threads|developer_group_posts)" .*"(TEMP_OLD_)?search"/,
  /^DELETE FROM "typeorm_metadata"/,
];

describe('entities and migrations agree', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await freshDatabase('keino_entities');
    ds = new DataSource({
      type: 'postgres',
      url: db.url,
      entities,
      migrations,
      migrationsRun: true,
      extra: { max: 1 },
    });
    await ds.initialize();
    // TypeORM reads generated columns' expressions from its own metadata table, which our migrations do not keep.
    await ds.query(
      `CREATE TABLE typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar,
                                      name varchar, value text)`,
    );
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('has an entity for every table the migrations create, and no entity without its table', async () => {
    const rows = await ds.query<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables
        WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
    );
    const tables = rows.map((r) => r.name);
    expect(ds.entityMetadatas.map((m) => m.tableName).sort()).toEqual(tables);
  });

  it('needs no change to the database to match the entities (columns, types, nullability, defaults, keys, checks, indexes)', async () => {
    const log = await ds.driver.createSchemaBuilder().log();
    const changes = log.upQueries
      .map((q) => q.query)
      .filter((q) => !BEYOND_TYPEORM.some((allowed) => allowed.test(q)));
    expect(changes).toEqual([]);
  });

  it('finds in the database every index the entities leave to the migrations', async () => {
    const declared = ds.entityMetadatas.flatMap((m) =>
      m.indices.filter((i) => !i.synchronize).map((i) => i.name),
    );
    const rows = await ds.query<{ name: string }[]>(
      `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'`,
    );
    const present = new Set(rows.map((r) => r.name));
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((name) => !present.has(name))).toEqual([]);
  });
});
