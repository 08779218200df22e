import { DataSource, EntityManager, type QueryRunner } from 'typeorm';

/** Where a hand-written statement runs: the pool, or the transaction it belongs to. */
export type Db = DataSource | EntityManager;

/**
 * The one way to run hand-written SQL (ADR 0006). The caller names the row type; the driver's shapes (`[rows, count]`
 * for UPDATE and DELETE) stay hidden here. Inside a transaction it runs on that transaction's connection.
 */
async function run<Row>(db: Db, text: string, params: readonly unknown[]) {
  const own: QueryRunner | undefined = db instanceof EntityManager ? db.queryRunner : undefined;
  const runner = own ?? (db instanceof EntityManager ? db.connection : db).createQueryRunner();
  try {
    const result = await runner.query(text, [...params], true);
    return result as { records: Row[]; affected?: number };
  } finally {
    if (!own) await runner.release();
  }
}

export const sql = {
  /** Every row the statement returns. */
  async rows<Row>(db: Db, text: string, params: readonly unknown[] = []): Promise<Row[]> {
    return (await run<Row>(db, text, params)).records;
  },
  /** The first row, or undefined when there is none. */
  async one<Row>(db: Db, text: string, params: readonly unknown[] = []): Promise<Row | undefined> {
    return (await run<Row>(db, text, params)).records[0];
  },
  /** How many rows an INSERT, UPDATE or DELETE touched. */
  async affected(db: Db, text: string, params: readonly unknown[] = []): Promise<number> {
    const result = await run<never>(db, text, params);
    return result.affected ?? result.records.length;
  },
};
