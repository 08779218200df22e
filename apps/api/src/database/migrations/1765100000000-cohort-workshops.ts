import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workshop's time and place in one cohort. The course version's time is only the default: two cohorts of the same
 * version meet on different days.
 */
export class CohortWorkshops1765100000000 implements MigrationInterface {
  name = 'CohortWorkshops1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cohort_workshops" (
        "cohort_id" uuid NOT NULL REFERENCES "cohorts" ("id") ON DELETE CASCADE,
        "activity_id" uuid NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "location" text,
        PRIMARY KEY ("cohort_id", "activity_id")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "cohort_workshops"`);
  }
}
