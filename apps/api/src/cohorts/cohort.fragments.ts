/**
 * SQL the cohorts module exports on purpose: other modules' read models join cohorts through these, so the text that
 * reads the cohorts tables stays in this folder.
 */

/**
 * Every cohort query selects these columns (the `CohortRow` of cohort.mapper.ts); `now()` decides whether enrolment
 * is open. Reads `course_versions` for the version's number and title.
 */
export const COHORT_SELECT = `
  SELECT c.id, c.course_id, c.course_version_id, v.version AS course_version, v.title AS course_title, c.name,
         to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on,
         c.capacity, c.seats_taken, c.approval_required, c.enrollment_closes_at, c.place, c.online_url,
         now() < coalesce(c.enrollment_closes_at, (c.ends_on + 1)::timestamptz) AS enrollment_open,
         coalesce(array(SELECT t.user_id FROM cohort_trainers t WHERE t.cohort_id = c.id ORDER BY t.user_id), '{}') AS trainer_ids
  FROM cohorts c JOIN course_versions v ON v.id = c.course_version_id`;
