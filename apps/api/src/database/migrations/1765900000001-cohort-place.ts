import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cohort's own place and online link: two cohorts of one course version meet in different cities, or online.
 * A workshop's place is the cohort workshop's own, else the cohort's, else the course version's.
 */
export class CohortPlace1765900000001 implements MigrationInterface {
  name = 'CohortPlace1765900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cohorts" ADD COLUMN "place" text, ADD COLUMN "online_url" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cohorts" DROP COLUMN "online_url", DROP COLUMN "place"`);
  }
}
