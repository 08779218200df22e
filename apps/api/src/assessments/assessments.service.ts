import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type {
  AssessmentPhase,
  AssessmentPhaseAnswers,
  EnrollmentAssessmentsResponse,
  MaturityDimension,
  MaturityModelResponse,
} from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { ProgressService } from '../progress/progress.service';
import { assessmentErrors } from './assessments.errors';
import { SaveAssessmentDto, UpdateMaturityModelDto } from './dto/assessment.dto';
import {
  AnswerRow,
  AssessmentsRepository,
  DimensionRow,
  EnrollmentContextRow,
  ImportedAnswer,
} from './repositories/assessments.repository';

const toDimension = (r: DimensionRow): MaturityDimension => ({
  id: r.id,
  position: r.position,
  name: r.name,
  levels: r.levels,
  archivedAt: r.archived_at ? r.archived_at.toISOString() : null,
});

/** A foreign-key violation, as the driver or TypeORM's wrapper reports it. */
const isForeignKeyViolation = (err: { code?: string; driverError?: { code?: string } }) =>
  (err?.code ?? err?.driverError?.code) === '23503';

/** The maturity model (data, not code) and the participants' answers at a cohort's start and end, and a year on. */
@Injectable()
export class AssessmentsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AssessmentsService.name);

  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly progress: ProgressService,
  ) {}

  /**
   * Completes the assessment activities whose answers were saved but whose completion was not written (the process
   * stopped between the two, or the write failed). Answers are only ever saved whole, so answers mean answered.
   */
  async completeAnswered(): Promise<number> {
    const missing = await this.assessments.answeredWithoutCompletion();
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

  /**
   * Seeding contract (demo data): answers given at their own times, where the caller has already completed the
   * assessment activities (ProgressService.importHistory); no checks of who or when.
   */
  importAnswers(tx: EntityManager, answers: ImportedAnswer[]): Promise<void> {
    return this.assessments.importAnswers(tx, answers);
  }

  async model(): Promise<MaturityModelResponse> {
    const rows = await this.assessments.dimensions();
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
    if (new Set(ids).size !== ids.length) throw assessmentErrors.dimensionListedTwice();
    const items = body.dimensions.map((d, position) => ({
      id: d.id ?? null,
      position,
      name: { fi: d.name.fi.trim(), sv: d.name.sv.trim(), en: d.name.en.trim() },
      levels: d.levels.map((l) => ({ fi: l.fi.trim(), sv: l.sv.trim(), en: l.en.trim() })),
    }));
    await this.assessments
      .transaction(async (tx) => {
        await this.assessments.lockModelForEdit(tx);
        const known = await this.assessments.existingIds(tx, ids);
        const unknown = ids.filter((id) => !known.includes(id));
        if (unknown.length) throw assessmentErrors.unknownDimensions(unknown);
        await this.assessments.replaceModel(tx, ids, items);
      })
      .catch((err: { code?: string; driverError?: { code?: string } }) => {
        if (isForeignKeyViolation(err)) throw assessmentErrors.modelChanged();
        throw err;
      });
    return this.model();
  }

  async forEnrollment(caller: AuthUser, enrollmentId: string): Promise<EnrollmentAssessmentsResponse> {
    const e = await this.context(caller, enrollmentId);
    const [activities, dimensions, answers] = await Promise.all([
      this.assessments.assessmentActivities(e),
      this.assessments.dimensionsFor(e.id),
      this.assessments.answersOf(e.id),
    ]);
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
      start: phaseAnswers(answers, 'start'),
      end: phaseAnswers(answers, 'end'),
      followUp: {
        ...phaseAnswers(answers, 'follow_up'),
        opensOn: e.follow_up_opens_on,
        lastDay: e.follow_up_last_day,
        canAnswer: this.mayAnswerFollowUp(caller, e),
      },
    };
  }

  /**
   * The participant answers (or revises) the follow-up, a year on: from 11 months after the cohort's end date until
   * 15 months after it (Finnish days). Every current dimension needs an answer; there is no activity to complete.
   */
  async saveFollowUp(
    caller: AuthUser,
    enrollmentId: string,
    body: SaveAssessmentDto,
  ): Promise<EnrollmentAssessmentsResponse> {
    const e = await this.context(caller, enrollmentId);
    if (e.user_id !== caller.id) throw assessmentErrors.notParticipant();
    if (e.status !== 'active' && e.status !== 'completed')
      throw assessmentErrors.enrollmentNotActive(e.status);
    if (e.follow_up_state === 'before') throw assessmentErrors.followUpNotOpen(e.follow_up_opens_on);
    if (e.follow_up_state === 'closed') throw assessmentErrors.followUpClosed(e.follow_up_last_day);
    await this.writeAnswers({ enrollmentId: e.id, phase: 'follow_up', activityId: null }, body);
    return this.forEnrollment(caller, enrollmentId);
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
    const e = await this.context(caller, enrollmentId);
    const activities = await this.assessments.assessmentActivities(e);
    const activity = activities.find((a) => a.activity_id === activityId);
    if (!activity) throw assessmentErrors.activityNotFound();
    if (e.user_id !== caller.id) throw assessmentErrors.notParticipant();
    if (e.status !== 'active' && e.status !== 'completed')
      throw assessmentErrors.enrollmentNotActive(e.status);
    if (e.ended) throw assessmentErrors.cohortEnded();
    if (!activity.released) throw assessmentErrors.moduleNotReleased();

    await this.writeAnswers({ enrollmentId: e.id, phase: activity.phase, activityId }, body);
    // Idempotent: answering again changes nothing in progress (the first completion stays).
    await this.progress.completeOnBehalf(e.id, activityId, caller.id);
    return this.forEnrollment(caller, enrollmentId);
  }

  private mayAnswerFollowUp(caller: AuthUser, e: EnrollmentContextRow): boolean {
    return (
      e.user_id === caller.id && ['active', 'completed'].includes(e.status) && e.follow_up_state === 'open'
    );
  }

  /** One answer per current dimension, checked and written under the model's share lock. */
  private async writeAnswers(
    target: { enrollmentId: string; phase: AssessmentPhase; activityId: string | null },
    body: SaveAssessmentDto,
  ): Promise<void> {
    const given = body.answers.map((a) => a.dimensionId);
    if (new Set(given).size !== given.length) throw assessmentErrors.dimensionAnsweredTwice();
    await this.assessments.transaction(async (tx) => {
      await this.assessments.lockModelForAnswers(tx);
      const current = await this.assessments.currentDimensions(tx);
      const unknown = given.filter((id) => !current.some((d) => d.id === id));
      if (unknown.length) throw assessmentErrors.notCurrentDimensions(unknown);
      const missing = current.filter((d) => !given.includes(d.id));
      if (missing.length) throw assessmentErrors.incomplete(missing.map((d) => d.name.en));
      await this.assessments.saveAnswers(
        tx,
        target,
        given,
        body.answers.map((a) => a.level),
      );
    });
  }

  private async context(caller: AuthUser, enrollmentId: string): Promise<EnrollmentContextRow> {
    const e = await this.assessments.enrollmentContext(enrollmentId, caller.id, isAdmin(caller));
    if (!e?.visible) throw assessmentErrors.enrollmentNotFound();
    return e;
  }
}

/** One phase's answers with the first answer's and the latest change's moments. */
function phaseAnswers(answers: AnswerRow[], phase: AssessmentPhase): AssessmentPhaseAnswers {
  const mine = answers.filter((a) => a.phase === phase);
  const earliest = mine.reduce<Date | null>((m, a) => (!m || a.answered_at < m ? a.answered_at : m), null);
  const latest = mine.reduce<Date | null>((m, a) => (!m || a.updated_at > m ? a.updated_at : m), null);
  return {
    answers: mine.map((a) => ({ dimensionId: a.dimension_id, level: a.level })),
    answeredAt: earliest ? earliest.toISOString() : null,
    updatedAt: latest ? latest.toISOString() : null,
  };
}
