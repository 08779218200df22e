import { MigrationInterface, QueryRunner } from 'typeorm';

/** Erasure keeps the user row (enrolments and progress stay for anonymised statistics) and marks when it happened. */
export class PersonalData1764500000000 implements MigrationInterface {
  name = 'PersonalData1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "erased_at" timestamptz`);
    await q.query(`CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens" ("user_id")`);
    await q.query(`CREATE INDEX "ix_audit_events_subject" ON "audit_events" ("subject_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_audit_events_subject"`);
    await q.query(`DROP INDEX "ix_refresh_tokens_user"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
  }
}
