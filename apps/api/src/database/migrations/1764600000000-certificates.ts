import { MigrationInterface, QueryRunner } from 'typeorm';

/** One certificate per completed enrolment; the code is the public key a verifier types in. */
export class Certificates1764600000000 implements MigrationInterface {
  name = 'Certificates1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "certificates" (
        "code" text PRIMARY KEY,
        "enrollment_id" uuid NOT NULL CONSTRAINT "uq_certificates_enrollment" UNIQUE
          REFERENCES "enrollments" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "completed_on" date NOT NULL,
        "issued_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "ix_certificates_user" ON "certificates" ("user_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "certificates"`);
  }
}
