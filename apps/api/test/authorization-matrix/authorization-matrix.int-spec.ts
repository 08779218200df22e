import { authRows, userOrganisationRows } from './accounts-organisations';
import { assessmentRows, assignmentRows } from './assessments-assignments';
import { caseRows, certificateNotificationRows } from './certificates-notifications-cases';
import { cohortRows, courseRows } from './courses-cohorts';
import { impactReportRows, progressReportRows } from './enrolments-progress-reports';
import { startMatrixWorld } from './fixture';
import { expectARowForEveryRoute, itAnswersEveryRow, mergeAreas, World } from './matrix';
import { TestApp } from '../setup/test-app';

/** Every area's rows, in the order they have always run (some rows change what later ones see). */
const MATRIX = mergeAreas(
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
);

describe('authorisation matrix', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    ({ t, world } = await startMatrixWorld());
  });
  afterAll(() => t.close());

  it('has a row for every route of the OpenAPI document', () => expectARowForEveryRoute(t, MATRIX));

  itAnswersEveryRow(MATRIX, () => ({ t, world }));
});
