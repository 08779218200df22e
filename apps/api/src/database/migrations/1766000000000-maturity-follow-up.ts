import { MigrationInterface, QueryRunner } from 'typeorm';

// The kinds as the migrations before it left them (the calls' and developer groups' of the same day included).
const KINDS_BEFORE = [
  'enrollment_approved',
  'enrollment_waitlisted',
  'enrollment_promoted',
  'module_released',
  'workshop_tomorrow',
  'revision_requested',
  'assignment_approved',
  'cohort_ending',
  'membership_requested',
  'application_decided',
  'thread_reply',
];
const kindCheck = (kinds: string[]) =>
  `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK (kind IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * Maturity, one year on: a third phase, `follow_up`, answered about a year after the cohort ends. It belongs to no
 * activity of the course (the course is over), so its answers have no activity_id, and only its answers lack one.
 * The reminder that asks for it is a notification kind of its own.
 */
export class MaturityFollowUp1766000000000 implements MigrationInterface {
  name = 'MaturityFollowUp1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment_answers" DROP CONSTRAINT "ck_assessment_answers_phase"`);
    await q.query(
      `ALTER TABLE "assessment_answers" ADD CONSTRAINT "ck_assessment_answers_phase" CHECK (phase IN ('start', 'end', 'follow_up'))`,
    );
    await q.query(`ALTER TABLE "assessment_answers" ALTER COLUMN "activity_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "assessment_answers" ADD CONSTRAINT "ck_assessment_answers_activity" CHECK ((phase = 'follow_up') = (activity_id IS NULL))`,
    );
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck([...KINDS_BEFORE, 'follow_up_open']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notifications" WHERE kind = 'follow_up_open'`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(kindCheck(KINDS_BEFORE));
    await q.query(`DELETE FROM "assessment_answers" WHERE phase = 'follow_up'`);
    await q.query(`ALTER TABLE "assessment_answers" DROP CONSTRAINT "ck_assessment_answers_activity"`);
    await q.query(`ALTER TABLE "assessment_answers" ALTER COLUMN "activity_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "assessment_answers" DROP CONSTRAINT "ck_assessment_answers_phase"`);
    await q.query(
      `ALTER TABLE "assessment_answers" ADD CONSTRAINT "ck_assessment_answers_phase" CHECK (phase IN ('start', 'end'))`,
    );
  }
}
