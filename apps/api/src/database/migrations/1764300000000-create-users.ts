import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1764300000000 implements MigrationInterface {
  name = 'CreateUsers1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "password_hash" text NOT NULL,
        "full_name" text NOT NULL,
        "locale" text NOT NULL DEFAULT 'fi' CONSTRAINT "ck_users_locale" CHECK ("locale" IN ('fi', 'sv', 'en')),
        "roles" text[] NOT NULL DEFAULT '{participant}',
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // Emails are unique whatever their case.
    await q.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" (lower("email"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "users"`);
  }
}
