/**
 * THE rule of scoped staff, exported on purpose for every module that shows a team's work (progress, assessments,
 * assignments, reports, and this module): a coach follows the organisations of their group in a cohort, a mentor the
 * organisations they mentor there, and only while they are staff (role trainer or admin). The arguments are SQL
 * expressions (column names or `$n` placeholders), never values. Reads only this module's tables and users.
 */

/**
 * The teams `caller` follows, as rows of `cohort_id`, `organization_id`, `as_coach` and `group_id` (the team's group,
 * null for a mentored team not placed in one); `cohort` narrows them to one cohort, null: every cohort.
 */
export const teamsFollowedBy = (cohort: string | null, caller: string): string => {
  const inCohort = (column: string) => (cohort === null ? '' : `${column} = ${cohort} AND `);
  const isStaff = `EXISTS (SELECT 1 FROM users staff
                            WHERE staff.id = ${caller} AND staff.roles && ARRAY['trainer', 'admin'])`;
  return `
  SELECT gp.cohort_id, gp.organization_id, true AS as_coach, gp.group_id
    FROM cohort_group_placements gp JOIN cohort_group_coaches gc ON gc.group_id = gp.group_id
   WHERE ${inCohort('gp.cohort_id')}gp.removed_at IS NULL AND gc.user_id = ${caller} AND ${isStaff}
  UNION ALL
  SELECT cm.cohort_id, cm.organization_id, false AS as_coach,
         (SELECT p.group_id FROM cohort_group_placements p
           WHERE p.cohort_id = cm.cohort_id AND p.organization_id = cm.organization_id AND p.removed_at IS NULL)
    FROM cohort_mentors cm
   WHERE ${inCohort('cm.cohort_id')}cm.mentor_id = ${caller} AND ${isStaff}`;
};

/** A boolean SQL expression: `caller` coaches or mentors the team of `organization` in `cohort`. */
export const followsTeam = (cohort: string, organization: string, caller: string): string => `(
  EXISTS (SELECT 1 FROM (${teamsFollowedBy(cohort, caller)}) followed
           WHERE followed.organization_id = ${organization}))`;
