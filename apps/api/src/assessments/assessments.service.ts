import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssessmentPhase,
  AssessmentPhaseAnswers,
  EnrollmentAssessmentsResponse,
  MaturityDimension,
  MaturityModelResponse,
} from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { enrollmentVisibleTo, ProgressService } from '../progress/progress.service';
import { SaveAssessmentDto, UpdateMaturityModelDto } from './dto/assessment.dto';

interface DimensionRow {
  id: string;
  position: number;
  name: MaturityDimension['name'];
  levels: MaturityDimension['levels'];
  archived_at: Date | null;
}

const toDimension = (r: DimensionRow): MaturityDimension => ({
  id: r.id,
  position: r.position,
  name: r.name,
  levels: r.levels,
  archivedAt: r.archived_at ? r.archived_at.toISOString() : null,
});

/**
 * The enrolment, whether the caller may see it (the participant, a coordinator of the same organisation, the
 * cohort's trainers, admins) and the assessment activities of its course version with the phase each measures:
 * the first assessment activity by activity order is `start`, every later one `end`.
 * $1 enrolment, $2 caller, $3 caller is admin.
 */
const ENROLLMENT_CONTEXT = `
  SELECT e.id, e.user_id, e.status, e.cohort_id, c.name AS cohort_name, c.course_version_id,
         c.ends_on < current_date AS ended,
         ${enrollmentVisibleTo('$2', '$3')} AS visible
  FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
  WHERE e.id = $1`;

const ASSESSMENT_ACTIVITIES = `
  SELECT va.activity_id, va.title,
         CASE WHEN va.ordinal = min(va.ordinal) OVER () THEN 'start' ELSE 'end' END AS phase,
         (mr.releases_on IS NULL OR mr.releases_on <= current_date) AS released,
         EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = $3 AND p.activity_id = va.activity_id
                 AND p.state = 'completed') AS completed
  FROM version_activities va
  LEFT JOIN module_releases mr ON mr.cohort_id = $2 AND mr.module_id = va.module_id
  WHERE va.version_id = $1 AND va.kind = 'assessment'
  ORDER BY va.ordinal`;

interface EnrollmentContext {
  id: string;
  user_id: string;
  status: string;
  cohort_id: string;
  cohort_name: string;
  course_version_id: string;
  ended: boolean;
  visible: boolean;
}

interface ActivityRow {
  activity_id: string;
  title: string;
  phase: AssessmentPhase;
  released: boolean;
  completed: boolean;
}

/** The maturity model (data, not code) and the participants' answers at the start and the end of a cohort. */
@Injectable()
export class AssessmentsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AssessmentsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ProgressService,
  ) {}

  /**
   * Completes the assessment activities whose answers were saved but whose completion was not written (the process
   * stopped between the two, or the write failed). Answers are only ever saved whole, so answers mean answered.
   */
  async completeAnswered(): Promise<number> {
    const missing = (await this.db.query(
      `SELECT DISTINCT a.enrollment_id, a.activity_id, e.user_id
         FROM assessment_answers a JOIN enrollments e ON e.id = a.enrollment_id
        WHERE e.status IN ('active', 'completed')
          AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = a.enrollment_id
                             AND p.activity_id = a.activity_id AND p.state = 'completed')`,
    )) as { enrollment_id: string; activity_id: string; user_id: string }[];
    return this.progress.completeEachOnBehalf(
      missing.map((m) => ({
        enrollmentId: m.enrollment_id,
        activityId: m.activity_id,
        recordedBy: m.user_id,
      })),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // Never keeps the API from starting: what fails here is retried at the next start.
    const completed = await this.completeAnswered().catch((error: unknown) => {
      this.logger.error(`Answered self-assessments not swept: ${String(error)}`);
      return 0;
    });
    if (completed > 0) this.logger.log(`Completed ${completed} answered self-assessments left incomplete`);
  }

  async model(): Promise<MaturityModelResponse> {
    const rows: DimensionRow[] = await this.db.query(
      `SELECT id, position, name, levels, archived_at FROM maturity_dimensions
       ORDER BY archived_at IS NOT NULL, position, created_at`,
    );
    return {
      dimensions: rows.filter((r) => !r.archived_at).map(toDimension),
      archived: rows.filter((r) => r.archived_at).map(toDimension),
    };
  }

  /**
   * Replaces the current model with the given dimensions, in order. A dimension named by `id` keeps its answers
   * (its texts may change; an archived one comes back); one left out is archived when it has answers, deleted
   * otherwise. One transaction.
   */
  async updateModel(body: UpdateMaturityModelDto): Promise<MaturityModelResponse> {
    const ids = body.dimensions.map((d) => d.id).filter((id): id is string => !!id);
    if (new Set(ids).size !== ids.length)
      throw new AppError('DUPLICATE_DIMENSION', 'A dimension is listed twice');
    const items = body.dimensions.map((d, position) => ({
      id: d.id ?? null,
      position,
      name: { fi: d.name.fi.trim(), sv: d.name.sv.trim(), en: d.name.en.trim() },
      levels: d.levels.map((l) => ({ fi: l.fi.trim(), sv: l.sv.trim(), en: l.en.trim() })),
    }));
    await this.db
      .transaction(async (tx) => {
        // One editor at a time: the model is small and edited rarely.
        await tx.query(`LOCK TABLE maturity_dimensions IN SHARE ROW EXCLUSIVE MODE`);
        const known: { id: string }[] = await tx.query(
          `SELECT id FROM maturity_dimensions WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        const unknown = ids.filter((id) => !known.some((k) => k.id === id));
        if (unknown.length)
          throw new AppError('UNKNOWN_DIMENSION', `Unknown dimension: ${unknown.join(', ')}`);
        await tx.query(
          `UPDATE maturity_dimensions d SET archived_at = now(), updated_at = now()
         WHERE d.archived_at IS NULL AND NOT (d.id = ANY($1::uuid[]))
           AND EXISTS (SELECT 1 FROM assessment_answers a WHERE a.dimension_id = d.id)`,
          [ids],
        );
        await tx.query(
          `DELETE FROM maturity_dimensions d
         WHERE d.archived_at IS NULL AND NOT (d.id = ANY($1::uuid[]))
           AND NOT EXISTS (SELECT 1 FROM assessment_answers a WHERE a.dimension_id = d.id)`,
          [ids],
        );
        await tx.query(
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
      })
      .catch((err: { code?: string; driverError?: { code?: string } }) => {
        // A dimension about to be deleted got its first answer meanwhile: nothing was changed, try again.
        if ((err?.code ?? err?.driverError?.code) === '23503')
          throw new AppError('MODEL_CHANGED', 'A dimension was answered meanwhile; please save again');
        throw err;
      });
    return this.model();
  }

  async forEnrollment(caller: AuthUser, enrollmentId: string): Promise<EnrollmentAssessmentsResponse> {
    const e = await this.context(this.db.manager, caller, enrollmentId);
    const [activities, dimensions, answers] = await Promise.all([
      this.db.query(ASSESSMENT_ACTIVITIES, [e.course_version_id, e.cohort_id, e.id]) as Promise<
        ActivityRow[]
      >,
      this.db.query(
        `SELECT d.id, d.position, d.name, d.levels, d.archived_at FROM maturity_dimensions d
         WHERE d.archived_at IS NULL
            OR EXISTS (SELECT 1 FROM assessment_answers a WHERE a.enrollment_id = $1 AND a.dimension_id = d.id)
         ORDER BY d.archived_at IS NOT NULL, d.position`,
        [e.id],
      ) as Promise<DimensionRow[]>,
      this.db.query(
        `SELECT phase, dimension_id, level, answered_at, updated_at FROM assessment_answers
         WHERE enrollment_id = $1`,
        [e.id],
      ) as Promise<
        { phase: AssessmentPhase; dimension_id: string; level: number; answered_at: Date; updated_at: Date }[]
      >,
    ]);
    const phase = (p: AssessmentPhase): AssessmentPhaseAnswers => {
      const mine = answers.filter((a) => a.phase === p);
      const earliest = mine.reduce<Date | null>(
        (m, a) => (!m || a.answered_at < m ? a.answered_at : m),
        null,
      );
      const latest = mine.reduce<Date | null>((m, a) => (!m || a.updated_at > m ? a.updated_at : m), null);
      return {
        answers: mine.map((a) => ({ dimensionId: a.dimension_id, level: a.level })),
        answeredAt: earliest ? earliest.toISOString() : null,
        updatedAt: latest ? latest.toISOString() : null,
      };
    };
    return {
      enrollmentId: e.id,
      cohortId: e.cohort_id,
      cohortName: e.cohort_name,
      canAnswer: e.user_id === caller.id && ['active', 'completed'].includes(e.status) && !e.ended,
      activities: activities.map((a) => ({
        activityId: a.activity_id,
        title: a.title,
        phase: a.phase,
        released: a.released,
        completed: a.completed,
      })),
      dimensions: dimensions.map(toDimension),
      start: phase('start'),
      end: phase('end'),
    };
  }

  /**
   * The participant answers (or revises, until the cohort's end date) the phase the activity measures; every current
   * dimension needs an answer. Answering completes the activity, once, through the progress service.
   */
  async save(
    caller: AuthUser,
    enrollmentId: string,
    activityId: string,
    body: SaveAssessmentDto,
  ): Promise<EnrollmentAssessmentsResponse> {
    const e = await this.context(this.db.manager, caller, enrollmentId);
    const activities: ActivityRow[] = await this.db.query(ASSESSMENT_ACTIVITIES, [
      e.course_version_id,
      e.cohort_id,
      e.id,
    ]);
    const activity = activities.find((a) => a.activity_id === activityId);
    if (!activity) throw new AppError('NOT_FOUND', 'No such self-assessment in this cohort');
    if (e.user_id !== caller.id)
      throw new AppError('FORBIDDEN', 'Only the participant answers their self-assessment');
    if (e.status !== 'active' && e.status !== 'completed')
      throw new AppError('ENROLLMENT_NOT_ACTIVE', `The enrolment is ${e.status}`);
    if (e.ended)
      throw new AppError('COHORT_ENDED', 'The cohort has ended; its answers can no longer change');
    if (!activity.released) throw new AppError('MODULE_NOT_RELEASED', 'This module has not opened yet');

    const given = body.answers.map((a) => a.dimensionId);
    if (new Set(given).size !== given.length)
      throw new AppError('DUPLICATE_DIMENSION', 'A dimension is answered twice');
    await this.db.transaction(async (tx) => {
      // Keeps the model as it is until the answers are written. A table lock in SHARE mode, not row locks: saves do
      // not block each other, and a model edit (SHARE ROW EXCLUSIVE) waits for them, or they for it, in one order.
      await tx.query(`LOCK TABLE maturity_dimensions IN SHARE MODE`);
      const current: { id: string; name: { en: string } }[] = await tx.query(
        `SELECT id, name FROM maturity_dimensions WHERE archived_at IS NULL ORDER BY position`,
      );
      const unknown = given.filter((id) => !current.some((d) => d.id === id));
      if (unknown.length)
        throw new AppError(
          'UNKNOWN_DIMENSION',
          `Not a dimension of the current model: ${unknown.join(', ')}`,
        );
      const missing = current.filter((d) => !given.includes(d.id));
      if (missing.length) {
        throw new AppError(
          'ASSESSMENT_INCOMPLETE',
          `Every dimension needs an answer; missing: ${missing.map((d) => d.name.en).join(', ')}`,
        );
      }
      await tx.query(
        `INSERT INTO assessment_answers (enrollment_id, phase, dimension_id, activity_id, level)
         SELECT $1, $2, x.d, $3, x.l FROM unnest($4::uuid[], $5::int[]) AS x(d, l)
         ON CONFLICT (enrollment_id, phase, dimension_id) DO UPDATE
           SET level = EXCLUDED.level, activity_id = EXCLUDED.activity_id, updated_at = now()`,
        [e.id, activity.phase, activityId, given, body.answers.map((a) => a.level)],
      );
    });
    // Idempotent: answering again changes nothing in progress (the first completion stays).
    await this.progress.completeOnBehalf(e.id, activityId, caller.id);
    return this.forEnrollment(caller, enrollmentId);
  }

  private async context(
    db: EntityManager,
    caller: AuthUser,
    enrollmentId: string,
  ): Promise<EnrollmentContext> {
    const [e]: EnrollmentContext[] = await db.query(ENROLLMENT_CONTEXT, [
      enrollmentId,
      caller.id,
      isAdmin(caller),
    ]);
    if (!e?.visible) throw new AppError('NOT_FOUND', 'Enrolment not found');
    return e;
  }
}
