// Reads across modules (read-only): enrollments, users (erased_at), cohorts, course_versions, version_modules,
// version_activities, module_releases, cohort_workshops (workshopTimeIn) and assessment_answers (phase): who is told
// what, in one statement each.
import { FOLLOW_UP_WINDOW, type NotificationKind } from '@keino/contracts';

import { workshopTimeIn } from '../../cohorts/workshop-time';
import { GROUP_MEETINGS_TOMORROW } from '../../groups/meeting-reminders.fragments';

/**
 * The candidates of each notification kind, as SELECTs of (user_id, kind, payload, dedupe_key) for
 * NotificationsRepository.insertCandidates, which inserts them with ON CONFLICT (dedupe_key) DO NOTHING. A dedupe key names what
 * the notification is about (the cohort, module or activity, the day, the person), so running a scan again, on
 * another instance or on the same day, finds the key taken and sends nothing.
 *
 * The scans take `$1` = the day scanned (`YYYY-MM-DD`, Finnish time); only active enrolments of people not erased.
 */

const PERSON = `JOIN users u ON u.id = e.user_id AND u.erased_at IS NULL`;

/** Modules whose release day is today, to the cohort's active participants. */
const MODULE_RELEASED = `
  SELECT e.user_id, 'module_released' AS kind,
         jsonb_build_object('cohortId', c.id, 'enrollmentId', e.id, 'cohortName', c.name, 'courseTitle', v.title,
                            'moduleTitle', vm.title, 'date', mr.releases_on::text) AS payload,
         concat_ws(':', 'module_released', c.id, mr.module_id, mr.releases_on, e.user_id) AS dedupe_key
  FROM module_releases mr
  JOIN cohorts c ON c.id = mr.cohort_id
  JOIN course_versions v ON v.id = c.course_version_id
  JOIN version_modules vm ON vm.version_id = c.course_version_id AND vm.module_id = mr.module_id
  JOIN enrollments e ON e.cohort_id = c.id AND e.status = 'active'
  ${PERSON}
  WHERE mr.releases_on = $1::date`;

/**
 * Workshops that start tomorrow (Finnish time) in each cohort, at the cohort's own time when it has one
 * (cohort_workshops) and else the course version's, to the active participants of the cohorts running then. The
 * start day is in the key, so a workshop moved to another day is announced again.
 */
const WORKSHOP_TOMORROW = `
  SELECT e.user_id, 'workshop_tomorrow' AS kind,
         jsonb_build_object('cohortId', c.id, 'enrollmentId', e.id, 'cohortName', c.name, 'courseTitle', v.title,
                            'activityId', va.activity_id, 'activityTitle', va.title, 'startsAt', w.starts_at,
                            'location', w.location) AS payload,
         concat_ws(':', 'workshop_tomorrow', c.id, va.activity_id, (w.starts_at AT TIME ZONE 'Europe/Helsinki')::date,
                   e.user_id) AS dedupe_key
  FROM cohorts c
  JOIN course_versions v ON v.id = c.course_version_id
  JOIN version_activities va ON va.version_id = c.course_version_id AND va.kind = 'workshop'
  ${workshopTimeIn('c.id', 'va')}
  JOIN enrollments e ON e.cohort_id = c.id AND e.status = 'active'
  ${PERSON}
  WHERE c.starts_on <= $1::date + 1 AND c.ends_on >= $1::date + 1
    AND w.starts_at >= (($1::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki')
    AND w.starts_at < (($1::date + 2)::timestamp AT TIME ZONE 'Europe/Helsinki')`;

/**
 * Two weeks before a cohort ends, to its active participants who are behind. "Behind" is the trainers' at-risk rule
 * (reports/queries/at-risk.query.ts): some required activity of a module already released is not completed (a
 * module with no release date opens when the cohort starts). Here for every cohort ending that day at once.
 */
const COHORT_ENDING = `
  WITH ending AS (SELECT * FROM cohorts WHERE ends_on = $1::date + 14),
  released AS (
    SELECT c.id AS cohort_id, vm.position, vm.total_required
    FROM ending c
    JOIN version_modules vm ON vm.version_id = c.course_version_id
    LEFT JOIN module_releases mr ON mr.cohort_id = c.id AND mr.module_id = vm.module_id
    WHERE coalesce(mr.releases_on, c.starts_on) <= $1::date
  ),
  behind AS (
    SELECT e.id, e.user_id, e.cohort_id, sum(r.total_required)::int AS expected,
           sum(r.total_required - least(coalesce(e.module_completed[r.position + 1], 0), r.total_required))::int AS missing
    FROM enrollments e
    JOIN released r ON r.cohort_id = e.cohort_id
    WHERE e.status = 'active'
    GROUP BY e.id
  )
  SELECT b.user_id, 'cohort_ending' AS kind,
         jsonb_build_object('cohortId', c.id, 'enrollmentId', b.id, 'cohortName', c.name, 'courseTitle', v.title,
                            'date', c.ends_on::text, 'completedRequired', b.expected - b.missing,
                            'expectedRequired', b.expected) AS payload,
         concat_ws(':', 'cohort_ending', c.id, c.ends_on, b.user_id) AS dedupe_key
  FROM behind b
  JOIN ending c ON c.id = b.cohort_id
  JOIN course_versions v ON v.id = c.course_version_id
  JOIN users u ON u.id = b.user_id AND u.erased_at IS NULL
  WHERE b.missing > 0`;

/**
 * The maturity follow-up, a year on: once its window is open (the cohort's end date + 11 months, until + 15 months),
 * to the active or completed participants who have not answered it. The key names only the enrolment, so a scan
 * that did not run on the opening day still asks (the next day), and no later scan asks again.
 */
const FOLLOW_UP_OPEN = `
  WITH open AS (
    SELECT c.*, (c.ends_on + make_interval(months => ${FOLLOW_UP_WINDOW.closesAfterMonths}))::date - 1 AS last_day
    FROM cohorts c
    WHERE $1::date >= (c.ends_on + make_interval(months => ${FOLLOW_UP_WINDOW.opensAfterMonths}))::date
      AND $1::date < (c.ends_on + make_interval(months => ${FOLLOW_UP_WINDOW.closesAfterMonths}))::date
  )
  SELECT e.user_id, 'follow_up_open' AS kind,
         jsonb_build_object('cohortId', c.id, 'enrollmentId', e.id, 'cohortName', c.name, 'courseTitle', v.title,
                            'date', c.last_day::text) AS payload,
         concat_ws(':', 'follow_up_open', e.id) AS dedupe_key
  FROM open c
  JOIN course_versions v ON v.id = c.course_version_id
  JOIN enrollments e ON e.cohort_id = c.id AND e.status IN ('active', 'completed')
  ${PERSON}
  WHERE NOT EXISTS (SELECT 1 FROM assessment_answers a WHERE a.enrollment_id = e.id AND a.phase = 'follow_up')`;

/**
 * One enrolment's change of status ($1 enrolment, $2 kind). The key holds the moment the enrolment entered its
 * current lifecycle or queue place (`queued_at`, set at enrolment and at waitlisting), so a repeated event finds it
 * taken while a later re-enrolment is announced again.
 */
const ENROLLMENT_CHANGE = `
  SELECT e.user_id, $2::text AS kind,
         jsonb_build_object('cohortId', c.id, 'enrollmentId', e.id, 'cohortName', c.name,
                            'courseTitle', v.title) AS payload,
         concat_ws(':', $2::text, e.id, (extract(epoch FROM e.queued_at) * 1000000)::bigint) AS dedupe_key
  FROM enrollments e
  JOIN cohorts c ON c.id = e.cohort_id
  JOIN course_versions v ON v.id = c.course_version_id
  ${PERSON}
  WHERE e.id = $1`;

/**
 * A trainer's review of a team's assignment, to the members named ($1 cohort, $2 members, $3 activity, $4 kind,
 * $5 submission, $6 the version reviewed): one notification per submission, version, decision and person.
 */
const ASSIGNMENT_REVIEW = `
  SELECT e.user_id, $4::text AS kind,
         jsonb_build_object('cohortId', c.id, 'enrollmentId', e.id, 'cohortName', c.name, 'courseTitle', v.title,
                            'activityId', $3::uuid, 'activityTitle', coalesce(va.title, ''),
                            'submissionId', $5::text, 'version', $6::int) AS payload,
         concat_ws(':', $4::text, $5::text, 'v' || $6::int, e.user_id) AS dedupe_key
  FROM enrollments e
  JOIN cohorts c ON c.id = e.cohort_id
  JOIN course_versions v ON v.id = c.course_version_id
  LEFT JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = $3::uuid
  ${PERSON}
  WHERE e.cohort_id = $1 AND e.user_id = ANY($2::uuid[]) AND e.status IN ('active', 'completed')`;

/** A SELECT of (user_id, kind, payload, dedupe_key) with its parameters. */
export interface CandidateSelect {
  text: string;
  params: unknown[];
}

/** The day's scans, each of one kind; `day` is `YYYY-MM-DD`, Finnish time. */
export const SCANS = {
  module_released: (day: string): CandidateSelect => ({ text: MODULE_RELEASED, params: [day] }),
  // The groups' own meetings are announced with the cohort's workshops.
  workshop_tomorrow: (day: string): CandidateSelect => ({
    text: `${WORKSHOP_TOMORROW}\n  UNION ALL${GROUP_MEETINGS_TOMORROW}`,
    params: [day],
  }),
  cohort_ending: (day: string): CandidateSelect => ({ text: COHORT_ENDING, params: [day] }),
  follow_up_open: (day: string): CandidateSelect => ({ text: FOLLOW_UP_OPEN, params: [day] }),
};

/**
 * A new membership request, to the organisation's coordinators (not erased); the facts come with the event, so this
 * reads no other module's table but users.
 */
const MEMBERSHIP_REQUEST = `
  SELECT u.id AS user_id, 'membership_requested' AS kind,
         jsonb_build_object('requestId', $1::uuid, 'organizationId', $2::uuid, 'organizationName', $3::text,
                            'requesterName', $4::text) AS payload,
         concat_ws(':', 'membership_requested', $1::uuid, u.id) AS dedupe_key
  FROM users u
  WHERE u.organization_id = $2::uuid AND 'coordinator' = ANY(u.roles) AND u.erased_at IS NULL`;

export const membershipRequestCandidates = (request: {
  requestId: string;
  organizationId: string;
  organizationName: string;
  requesterName: string;
}): CandidateSelect => ({
  text: MEMBERSHIP_REQUEST,
  params: [request.requestId, request.organizationId, request.organizationName, request.requesterName],
});

/**
 * A call's decision on an application, to the applying organisation's people (not erased). The decision's time is in
 * the key, so a reserve that becomes accepted tells again.
 */
const APPLICATION_DECIDED = `
  SELECT u.id AS user_id, 'application_decided' AS kind,
         jsonb_build_object('applicationId', $1::uuid, 'callId', $2::uuid, 'callTitle', $3::text,
                            'organizationName', $4::text, 'decision', $5::text, 'message', $6::text) AS payload,
         concat_ws(':', 'application_decided', $1::uuid, $7::text, u.id) AS dedupe_key
  FROM users u
  WHERE u.organization_id = $8::uuid AND u.erased_at IS NULL`;

export const applicationDecidedCandidates = (decided: {
  applicationId: string;
  callId: string;
  callTitle: string;
  organizationId: string;
  organizationName: string;
  decision: string;
  message: string | null;
  decidedAt: string;
}): CandidateSelect => ({
  text: APPLICATION_DECIDED,
  params: [
    decided.applicationId,
    decided.callId,
    decided.callTitle,
    decided.organizationName,
    decided.decision,
    decided.message,
    decided.decidedAt,
    decided.organizationId,
  ],
});

export const enrollmentChangeCandidates = (
  enrollmentId: string,
  kind: NotificationKind,
): CandidateSelect => ({
  text: ENROLLMENT_CHANGE,
  params: [enrollmentId, kind],
});

export const assignmentReviewCandidates = (review: {
  cohortId: string;
  memberUserIds: string[];
  activityId: string;
  kind: NotificationKind;
  submissionId: string;
  version: number;
}): CandidateSelect => ({
  text: ASSIGNMENT_REVIEW,
  params: [
    review.cohortId,
    review.memberUserIds,
    review.activityId,
    review.kind,
    review.submissionId,
    review.version,
  ],
});
