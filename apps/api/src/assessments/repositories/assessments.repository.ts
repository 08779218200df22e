// Reads across modules (read-only): enrollments (id, user_id, status, cohort_id) and cohorts (name,
// course_version_id, ends_on) for an enrolment's context and who may see it (enrollmentVisibleTo: organisations'
// coordinators, cohort_trainers); version_activities (activity_id, title, ordinal, kind, module_id),
// module_releases (releases_on) and progress (state) for the assessment activities and the sweep of answered ones.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ActivityPhase,
  type AssessmentPhase,
  FOLLOW_UP_WINDOW,
  type MaturityDimension,
} from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';
import { enrollmentVisibleTo } from '../../enrollments/enrollment.fragments';

/** One level of a seeded self-assessment: an enrolment's answer on one dimension in one phase. */
export interface ImportedAnswer {
  enrollmentId: string;
  phase: AssessmentPhase;
  dimensionId: string;
  /** Null for the follow-up, which belongs to no activity. */
  activityId: string | null;
  level: number;
  answeredAt: Date;
}

export interface DimensionRow {
  id: string;
  position: number;
  name: MaturityDimension['name'];
  levels: MaturityDimension['levels'];
  archived_at: Date | null;
}

export interface EnrollmentContextRow {
  id: string;
  user_id: string;
  status: string;
  cohort_id: string;
  cohort_name: string;
  course_version_id: string;
  ended: boolean;
  visible: boolean;
  /** The follow-up's window as `YYYY-MM-DD` and where today (Finnish time) is in it. */
  follow_up_opens_on: string;
  follow_up_last_day: string;
  follow_up_state: 'before' | 'open' | 'closed';
}

export interface AssessmentActivityRow {
  activity_id: string;
  title: string;
  phase: ActivityPhase;
  released: boolean;
  completed: boolean;
}

export interface AnswerRow {
  phase: AssessmentPhase;
  dimension_id: string;
  level: number;
  answered_at: Date;
  updated_at: Date;
}

export interface AnsweredWithoutCompletionRow {
  enrollment_id: string;
  activity_id: string;
  user_id: string;
}

interface IdRow {
  id: string;
}

export interface CurrentDimensionRow {
  id: string;
  name: { en: string };
}

/** A dimension as the model editor saves it; `id` null: a new one. */
export interface DimensionInput {
  id: string | null;
  position: number;
  name: MaturityDimension['name'];
  levels: MaturityDimension['levels'];
}

/** The only code that reads and writes maturity_dimensions and assessment_answers. */
@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Answers saved (whole) whose activity's completion was not written. */
  answeredWithoutCompletion(): Promise<AnsweredWithoutCompletionRow[]> {
    return sql.rows<AnsweredWithoutCompletionRow>(
      this.db,
      `SELECT DISTINCT a.enrollment_id, a.activity_id, e.user_id
         FROM assessment_answers a JOIN enrollments e ON e.id = a.enrollment_id
        WHERE e.status IN ('active', 'completed') AND a.activity_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = a.enrollment_id
                             AND p.activity_id = a.activity_id AND p.state = 'completed')`,
    );
  }

  /** Every dimension, current ones first. */
  dimensions(): Promise<DimensionRow[]> {
    return sql.rows<DimensionRow>(
      this.db,
      `SELECT id, position, name, levels, archived_at FROM maturity_dimensions
       ORDER BY archived_at IS NOT NULL, position, created_at`,
    );
  }

  /** The current dimensions and the archived ones this enrolment answered. */
  dimensionsFor(enrollmentId: string): Promise<DimensionRow[]> {
    return sql.rows<DimensionRow>(
      this.db,
      `SELECT d.id, d.position, d.name, d.levels, d.archived_at FROM maturity_dimensions d
       WHERE d.archived_at IS NULL
          OR EXISTS (SELECT 1 FROM assessment_answers a WHERE a.enrollment_id = $1 AND a.dimension_id = d.id)
       ORDER BY d.archived_at IS NOT NULL, d.position`,
      [enrollmentId],
    );
  }

  answersOf(enrollmentId: string): Promise<AnswerRow[]> {
    return sql.rows<AnswerRow>(
      this.db,
      `SELECT phase, dimension_id, level, answered_at, updated_at FROM assessment_answers
       WHERE enrollment_id = $1`,
      [enrollmentId],
    );
  }

  /**
   * The enrolment and whether the caller may see it (the participant, a coordinator of the same organisation, the
   * cohort's trainers, admins).
   */
  enrollmentContext(
    enrollmentId: string,
    callerId: string,
    admin: boolean,
  ): Promise<EnrollmentContextRow | undefined> {
    return sql.one<EnrollmentContextRow>(
      this.db,
      `SELECT e.id, e.user_id, e.status, e.cohort_id, c.name AS cohort_name, c.course_version_id,
              c.ends_on < current_date AS ended,
              ${enrollmentVisibleTo('$2', '$3')} AS visible,
              w.opens_on::text AS follow_up_opens_on, (w.closes_on - 1)::text AS follow_up_last_day,
              CASE WHEN w.today < w.opens_on THEN 'before' WHEN w.today < w.closes_on THEN 'open' ELSE 'closed' END
                AS follow_up_state
       FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
       CROSS JOIN LATERAL (
         SELECT (c.ends_on + make_interval(months => $4))::date AS opens_on,
                (c.ends_on + make_interval(months => $5))::date AS closes_on,
                (now() AT TIME ZONE 'Europe/Helsinki')::date AS today
       ) w
       WHERE e.id = $1`,
      [enrollmentId, callerId, admin, FOLLOW_UP_WINDOW.opensAfterMonths, FOLLOW_UP_WINDOW.closesAfterMonths],
    );
  }

  /**
   * The assessment activities of the course version with the phase each measures: the first by activity order is
   * `start`, every later one `end`.
   */
  assessmentActivities(context: EnrollmentContextRow): Promise<AssessmentActivityRow[]> {
    return sql.rows<AssessmentActivityRow>(
      this.db,
      `SELECT va.activity_id, va.title,
              CASE WHEN va.ordinal = min(va.ordinal) OVER () THEN 'start' ELSE 'end' END AS phase,
              (mr.releases_on IS NULL OR mr.releases_on <= current_date) AS released,
              EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = $3 AND p.activity_id = va.activity_id
                      AND p.state = 'completed') AS completed
       FROM version_activities va
       LEFT JOIN module_releases mr ON mr.cohort_id = $2 AND mr.module_id = va.module_id
       WHERE va.version_id = $1 AND va.kind = 'assessment'
       ORDER BY va.ordinal`,
      [context.course_version_id, context.cohort_id, context.id],
    );
  }

  /** One editor at a time: the model is small and edited rarely. */
  async lockModelForEdit(tx: EntityManager): Promise<void> {
    await sql.affected(tx, `LOCK TABLE maturity_dimensions IN SHARE ROW EXCLUSIVE MODE`);
  }

  /**
   * Keeps the model as it is until answers are written: SHARE mode lets saves run together, while a model edit
   * (SHARE ROW EXCLUSIVE) waits for them, or they for it, in one order.
   */
  async lockModelForAnswers(tx: EntityManager): Promise<void> {
    await sql.affected(tx, `LOCK TABLE maturity_dimensions IN SHARE MODE`);
  }

  async existingIds(tx: EntityManager, ids: string[]): Promise<string[]> {
    const rows = await sql.rows<IdRow>(tx, `SELECT id FROM maturity_dimensions WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return rows.map((r) => r.id);
  }

  /** The model becomes `items`, in order: left-out dimensions are archived when answered, deleted otherwise. */
  async replaceModel(tx: EntityManager, keptIds: string[], items: DimensionInput[]): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE maturity_dimensions d SET archived_at = now(), updated_at = now()
       WHERE d.archived_at IS NULL AND NOT (d.id = ANY($1::uuid[]))
         AND EXISTS (SELECT 1 FROM assessment_answers a WHERE a.dimension_id = d.id)`,
      [keptIds],
    );
    await sql.affected(
      tx,
      `DELETE FROM maturity_dimensions d
       WHERE d.archived_at IS NULL AND NOT (d.id = ANY($1::uuid[]))
         AND NOT EXISTS (SELECT 1 FROM assessment_answers a WHERE a.dimension_id = d.id)`,
      [keptIds],
    );
    await sql.affected(
      tx,
      `WITH x AS (
         SELECT (v ->> 'id')::uuid AS id, (v ->> 'position')::int AS position, v -> 'name' AS name,
                v -> 'levels' AS levels
         FROM jsonb_array_elements($1::jsonb) v
       ), kept AS (
         UPDATE maturity_dimensions d
         SET position = x.position, name = x.name, levels = x.levels, archived_at = NULL, updated_at = now()
         FROM x WHERE d.id = x.id
       )
       INSERT INTO maturity_dimensions (position, name, levels)
       SELECT position, name, levels FROM x WHERE id IS NULL`,
      [JSON.stringify(items)],
    );
  }

  currentDimensions(tx: EntityManager): Promise<CurrentDimensionRow[]> {
    return sql.rows<CurrentDimensionRow>(
      tx,
      `SELECT id, name FROM maturity_dimensions WHERE archived_at IS NULL ORDER BY position`,
    );
  }

  async saveAnswers(
    tx: EntityManager,
    answer: { enrollmentId: string; phase: AssessmentPhase; activityId: string | null },
    dimensionIds: string[],
    levels: number[],
  ): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO assessment_answers (enrollment_id, phase, dimension_id, activity_id, level)
       SELECT $1, $2, x.d, $3, x.l FROM unnest($4::uuid[], $5::int[]) AS x(d, l)
       ON CONFLICT (enrollment_id, phase, dimension_id) DO UPDATE
         SET level = EXCLUDED.level, activity_id = EXCLUDED.activity_id, updated_at = now()`,
      [answer.enrollmentId, answer.phase, answer.activityId, dimensionIds, levels],
    );
  }

  /** Seeding contract (demo data): answers given at their own times, in one statement. */
  async importAnswers(tx: EntityManager, answers: ImportedAnswer[]): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO assessment_answers (enrollment_id, phase, dimension_id, activity_id, level, answered_at, updated_at)
       SELECT x.e, x.p, x.d, x.a, x.l, x.t, x.t
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::int[], $6::timestamptz[]) AS x(e, p, d, a, l, t)`,
      [
        answers.map((a) => a.enrollmentId),
        answers.map((a) => a.phase),
        answers.map((a) => a.dimensionId),
        answers.map((a) => a.activityId),
        answers.map((a) => a.level),
        answers.map((a) => a.answeredAt.toISOString()),
      ],
    );
  }
}
