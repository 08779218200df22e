import type { AssessmentPhase, MaturityDimension, ModuleResponse } from '@keino/contracts';

import type { ImportedAnswer } from '../assessments/repositories/assessments.repository';
import type { SeededCompletion } from '../enrollments/enrollments.service';

export const DAY = 86_400_000;

/** `YYYY-MM-DD`, `days` from `now` (UTC, as the database's `current_date`). */
export const dayOffset = (days: number, now = Date.now()) =>
  new Date(now + days * DAY).toISOString().slice(0, 10);

/** An activity of the course version with its place in it (`ordinal`: 0, 1, … in course order). */
export interface VersionActivity {
  id: string;
  kind: ModuleResponse['activities'][number]['kind'];
  required: boolean;
  ordinal: number;
  modulePosition: number;
  releasesOn: string;
}

/** The version's activities in course order, each with the day its module opens in a cohort starting `startDay`. */
export function versionActivities(
  modules: ModuleResponse[],
  startDay: number,
  now: number,
): VersionActivity[] {
  return modules
    .flatMap((m) => m.activities.map((a) => ({ a, m })))
    .map(({ a, m }, ordinal) => ({
      id: a.id,
      kind: a.kind,
      required: a.required,
      ordinal,
      modulePosition: m.position,
      // Module m opens 30·m days after the start.
      releasesOn: dayOffset(startDay + 30 * m.position, now),
    }));
}

/** A completion with the activity it is of. */
export type DemoCompletion = SeededCompletion & { activityId: string };

/**
 * For the i-th of the cohort's active enrolments (latest queued first), the first `count(i, n)` of the n activities
 * released by today, completed one a day up to `daysAgo` days before `now`.
 */
export function completionsOf(
  enrollmentIds: string[],
  activities: VersionActivity[],
  count: (i: number, n: number) => number,
  daysAgo: number,
  now: number,
): DemoCompletion[] {
  const today = dayOffset(0, now);
  const released = activities.filter((a) => a.releasesOn <= today);
  const n = released.length;
  return enrollmentIds.flatMap((enrollmentId, i) => {
    const k = Math.max(0, Math.min(n, count(i, n)));
    return released
      .filter((a) => a.ordinal < k)
      .map((a) => ({
        enrollmentId,
        activityId: a.id,
        ordinal: a.ordinal,
        modulePosition: a.modulePosition,
        required: a.required,
        completedAt: new Date(now + (daysAgo - (k - a.ordinal)) * DAY),
      }));
  });
}

/** An enrolment's place: its cohort, and its place in the cohort's queue (0 = queued last). */
export interface QueuePlace {
  cohortId: string;
  place: number;
}

/**
 * The maturity self-assessment wherever a completion is of an assessment activity (the version's first is the start,
 * the later one the end), on every dimension of the current model: start levels 1–4, end levels mostly a level or two
 * higher, a few the same or one lower. The i-th answering enrolment (by cohort, then queue) varies the levels.
 */
export function answersFor(
  completions: DemoCompletion[],
  activities: VersionActivity[],
  dimensions: MaturityDimension[],
  placeOf: Map<string, QueuePlace>,
): ImportedAnswer[] {
  const assessments = activities.filter((a) => a.kind === 'assessment');
  const first = Math.min(...assessments.map((a) => a.ordinal));
  const phaseOf = new Map<string, AssessmentPhase>(
    assessments.map((a) => [a.id, a.ordinal === first ? 'start' : 'end']),
  );
  const done = completions.filter((c) => phaseOf.has(c.activityId));
  const ranked = [...new Set(done.map((d) => d.enrollmentId))].sort((x, y) => compareQueue(x, y, placeOf));
  const rank = new Map(ranked.map((id, index) => [id, index + 1]));
  return done.flatMap((d) => {
    const i = rank.get(d.enrollmentId) ?? 0;
    const phase = phaseOf.get(d.activityId) ?? 'start';
    return dimensions.map((m) => {
      // Organisations start higher in strategy and competence than in innovation and data.
      const start = 1 + ((i * 7 + m.position * 5) % 3) + [1, 0, 0, 0, 1][m.position % 5];
      const change = [1, 0, 1, 2, 1, -1, 1, 2][(i * 5 + m.position * 3) % 8];
      return {
        enrollmentId: d.enrollmentId,
        phase,
        dimensionId: m.id,
        activityId: d.activityId,
        level: phase === 'start' ? start : Math.min(5, Math.max(1, start + change)),
        answeredAt: d.completedAt,
      };
    });
  });
}

/**
 * The finished cohort's follow-up a year on, answered in the last week (its window opened about ten days ago): two
 * of every three of its enrolments, on the dimensions they answered last (the end, else the start), mostly where they
 * were at the end, some a level higher or lower. No activity: the follow-up comes after the course.
 */
export function followUpAnswersFor(
  answers: ImportedAnswer[],
  enrollmentIds: string[],
  now: number,
): ImportedAnswer[] {
  return enrollmentIds.flatMap((enrollmentId, i) => {
    if (i % 3 === 2) return [];
    const mine = answers.filter((a) => a.enrollmentId === enrollmentId);
    const ends = mine.filter((a) => a.phase === 'end');
    const last = ends.length ? ends : mine.filter((a) => a.phase === 'start');
    return last.map((a, position) => ({
      enrollmentId,
      phase: 'follow_up' as const,
      dimensionId: a.dimensionId,
      activityId: null,
      level: Math.min(5, Math.max(1, a.level + [0, 1, 0, -1, 1, 0][(i + position) % 6])),
      answeredAt: new Date(now - (7 - (i % 7)) * DAY),
    }));
  });
}

function compareQueue(x: string, y: string, placeOf: Map<string, QueuePlace>): number {
  const a = placeOf.get(x);
  const b = placeOf.get(y);
  if (!a || !b) return x < y ? -1 : 1;
  if (a.cohortId !== b.cohortId) return a.cohortId < b.cohortId ? -1 : 1;
  if (a.place !== b.place) return a.place - b.place;
  return x < y ? -1 : 1;
}
