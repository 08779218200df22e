import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A single sign-on's one-time code is used only by the browser that finished the sign-in (the hash of its
 * `keino_sso` cookie), so nobody can hand their own finished sign-in to someone else's browser (login CSRF). The
 * codes live a minute or ten: those waiting when this runs are dropped, and their people sign in again.
 */
export class SsoCodesBoundToBrowser1765450000000 implements MigrationInterface {
  name = 'SsoCodesBoundToBrowser1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "sso_one_time_codes"`);
    await q.query(`ALTER TABLE "sso_one_time_codes" ADD COLUMN "browser_hash" text NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sso_one_time_codes" DROP COLUMN "browser_hash"`);
  }
}
