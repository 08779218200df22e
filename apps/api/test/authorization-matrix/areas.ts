import { authRows, userOrganisationRows } from './accounts-organisations';
import { assessmentRows, assignmentRows } from './assessments-assignments';
import { callRows } from './calls';
import { caseRows, certificateNotificationRows } from './certificates-notifications-cases';
import { cohortRows, courseRows } from './courses-cohorts';
import { developerGroupRows } from './developer-groups';
import { impactReportRows, progressReportRows } from './enrolments-progress-reports';
import { groupRows, withScopedStaff } from './groups';
import { mergeAreas } from './matrix';
import { membershipRows } from './memberships';
import { procurementRows } from './procurements';
import { sessionRows } from './sessions';
import { ssoRows } from './single-sign-on';
import { withUntrustedMembers } from './untrusted-members';

/**
 * Every area's rows, in the order they have always run (some rows change what later ones see), with the claimants of
 * orgA's membership added to each route that trusts it, and the coaches and mentors to each route that shows a team's
 * work. Also read by the arbitrary-input parameter tests, which take
 * each route's path and allowed caller from its rows.
 */
export const MATRIX = withScopedStaff(
  withUntrustedMembers(
    mergeAreas(
      authRows,
      certificateNotificationRows,
      caseRows,
      userOrganisationRows,
      courseRows,
      cohortRows,
      progressReportRows,
      assessmentRows,
      impactReportRows,
      assignmentRows(),
      sessionRows,
      ssoRows,
      membershipRows,
      procurementRows,
      groupRows,
      developerGroupRows,
      callRows,
    ),
  ),
);
