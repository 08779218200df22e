/**
 * The team of a submission: people of the organisation with an active or completed enrolment in the cohort (not erased
 * ones). A read of the enrollments and users modules' tables, kept here until those modules export a read model.
 * The arguments are SQL expressions (column names or `$n` parameters), never values.
 */
export const teamMembersOf = (cohort: string, organization: string): string => `
  SELECT e.id AS enrollment_id, e.user_id, e.status, u.full_name
    FROM enrollments e JOIN users u ON u.id = e.user_id
   WHERE e.cohort_id = ${cohort} AND u.organization_id = ${organization} AND e.status IN ('active', 'completed')
     AND u.erased_at IS NULL`;

/** One row of `teamMembersOf`. */
export interface TeamMemberRow {
  enrollment_id: string;
  user_id: string;
  status: 'active' | 'completed';
  full_name: string;
}
