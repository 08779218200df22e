import { authRows, userOrganisationRows } from './accounts-organisations';
import { assessmentRows, assignmentRows } from './assessments-assignments';
import { caseRows, certificateNotificationRows } from './certificates-notifications-cases';
import { cohortRows, courseRows } from './courses-cohorts';
import { impactReportRows, progressReportRows } from './enrolments-progress-reports';
import { mergeAreas } from './matrix';
import { sessionRows } from './sessions';

/**
 * Every area's rows, in the order they have always run (some rows change what later ones see). Also read by the
 * arbitrary-input parameter tests, which take each route's path and allowed caller from its rows.
 */
export const MATRIX = mergeAreas(
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
);
