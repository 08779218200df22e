import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications and the emails that carry them. `dedupe_key` is unique: whoever inserts the notification
 * first (an event handler, a scan, another instance) is the only one who writes its email, so each goes out once.
 */
export class Notifications1765000000000 implements MigrationInterface {
  name = 'Notifications1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "notifications" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "kind" text NOT NULL CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN (
          'enrollment_approved', 'enrollment_waitlisted', 'enrollment_promoted', 'module_released',
          'workshop_tomorrow', 'revision_requested', 'assignment_approved', 'cohort_ending')),
        "payload" jsonb NOT NULL,
        "dedupe_key" text NOT NULL CONSTRAINT "uq_notifications_dedupe_key" UNIQUE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "ix_notifications_user" ON "notifications" ("user_id", "created_at" DESC)`);
    await q.query(
      `CREATE INDEX "ix_notifications_unread" ON "notifications" ("user_id") WHERE "read_at" IS NULL`,
    );
    await q.query(`
      CREATE TABLE "email_messages" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "notification_id" uuid REFERENCES "notifications" ("id") ON DELETE CASCADE,
        "user_id" uuid REFERENCES "users" ("id") ON DELETE CASCADE,
        "to_address" text NOT NULL,
        "subject" text NOT NULL,
        "body" text NOT NULL,
        "status" text NOT NULL CONSTRAINT "ck_email_messages_status"
          CHECK ("status" IN ('outbox', 'queued', 'sent', 'failed')),
        "attempts" int NOT NULL DEFAULT 0,
        "error" text,
        -- A sender holds the message while it talks to the mail server, so two instances never send it twice.
        "claimed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "ix_email_messages_created" ON "email_messages" ("created_at" DESC)`);
    await q.query(
      `CREATE INDEX "ix_email_messages_status" ON "email_messages" ("status", "created_at" DESC)`,
    );
    await q.query(`CREATE INDEX "ix_email_messages_user" ON "email_messages" ("user_id")`);
    await q.query(`CREATE INDEX "ix_email_messages_notification" ON "email_messages" ("notification_id")`);
    // The daily scan looks modules up by their release day.
    await q.query(`CREATE INDEX "ix_module_releases_day" ON "module_releases" ("releases_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_module_releases_day"`);
    await q.query(`DROP TABLE "email_messages"`);
    await q.query(`DROP TABLE "notifications"`);
  }
}
