import { followsTeam } from '../groups/team-access.fragments';

/**
 * SQL the enrollments module exports on purpose, for statements of other modules that must stay one round trip
 * (ADR 0003): the text that reads or writes enrollments stays in this folder.
 */

/** The names a statement gives to what `countCompletedActivity` reads. */
export interface CompletedActivitySource {
  /** Placeholder or expression of the enrolment's id. */
  enrollmentId: string;
  /** CTE of the progress row just written: `state`, `completed_at`. */
  written: string;
  /** CTE of the activity in the enrolment's course version: `required`, `ordinal`, `module_position`, `total_required`. */
  activity: string;
}

/**
 * The UPDATE of the enrolment's counters when one of its activities newly became completed (a data-modifying CTE of
 * the progress write): the day of the completion by the activity's ordinal + 1, and when the activity is required the
 * count in all and per module, and the enrolment's completion when that was the last one. Completion is final.
 * Returns `just_completed` and the enrolment's `completed_at`. Its text, indentation included, is part of the
 * benchmarked progress statement: change it only with a new benchmark run.
 */
export const countCompletedActivity = ({
  enrollmentId,
  written,
  activity,
}: CompletedActivitySource): string =>
  `UPDATE enrollments e
    SET completed_required = e.completed_required + a.required::int, updated_at = now(),
        completed_days[a.ordinal + 1] = (${written}.completed_at AT TIME ZONE 'UTC')::date - DATE '2000-01-01',
        module_completed[a.module_position + 1] =
          coalesce(e.module_completed[a.module_position + 1], 0) + a.required::int,
        status = CASE WHEN e.completed_required + a.required::int >= a.total_required AND e.status = 'active'
                      THEN 'completed' ELSE e.status END,
        completed_at = CASE WHEN e.completed_required + a.required::int >= a.total_required
                            THEN coalesce(e.completed_at, now()) ELSE e.completed_at END
    FROM ${written}, ${activity} a WHERE e.id = ${enrollmentId} AND ${written}.state = 'completed'
    RETURNING a.required AND e.completed_required = a.total_required AND e.status = 'completed' AS just_completed,
              e.completed_at`;

/**
 * Who sees an enrolment's progress (and answers): the participant, admins, the cohort's trainers, the coordinator
 * of the participant's organisation, and the coach or mentor of the participant's team (the groups module's rule).
 * A boolean SQL expression over the enrolment `e`; `caller` and `admin` are the placeholders of the caller's id and
 * of whether the caller is an admin. Reads cohort_trainers and users.
 */
export const enrollmentVisibleTo = (caller: string, admin: string): string => `(
  e.user_id = ${caller} OR ${admin}::boolean
  OR EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = e.cohort_id AND t.user_id = ${caller})
  OR EXISTS (SELECT 1 FROM users u JOIN users me ON me.id = ${caller}
             WHERE u.id = e.user_id AND 'coordinator' = ANY(me.roles)
               AND u.organization_id IS NOT NULL AND u.organization_id = me.organization_id)
  OR EXISTS (SELECT 1 FROM users tu WHERE tu.id = e.user_id AND tu.organization_id IS NOT NULL
               AND ${followsTeam('e.cohort_id', 'tu.organization_id', caller)}))`;
