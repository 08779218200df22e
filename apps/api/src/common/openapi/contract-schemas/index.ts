import type { SchemaObject } from '@nestjs/swagger';

// One generated file per file of libs/contracts (contract-schemas.generator.ts; contract-schemas.spec.ts keeps them
// current and fails when a file is missing here).
import accounts from './accounts.json';
import assessments from './assessments.json';
import assignments from './assignments.json';
import audit from './audit.json';
import calls from './calls.json';
import cases from './cases.json';
import certificates from './certificates.json';
import cohorts from './cohorts.json';
import courses from './courses.json';
import developerGroups from './developer-groups.json';
import enrollments from './enrollments.json';
import errors from './errors.json';
import groups from './groups.json';
import health from './health.json';
import lists from './lists.json';
import memberships from './memberships.json';
import notifications from './notifications.json';
import organizations from './organizations.json';
import procurements from './procurements.json';
import progress from './progress.json';
import reports from './reports.json';
import roles from './roles.json';
import sso from './sso.json';
import sessions from './sessions.json';

const AREAS = {
  accounts,
  assessments,
  assignments,
  audit,
  calls,
  cases,
  certificates,
  cohorts,
  courses,
  'developer-groups': developerGroups,
  enrollments,
  errors,
  groups,
  health,
  lists,
  memberships,
  notifications,
  organizations,
  procurements,
  progress,
  reports,
  roles,
  sso,
  sessions,
};
type Areas = typeof AREAS;

/** The name of a schema generated from libs/contracts, e.g. `'CourseDetailResponse'`. */
export type ContractSchemaName = { [A in keyof Areas]: keyof Areas[A] }[keyof Areas];

/**
 * Every libs/contracts type as an OpenAPI schema, by name. The cast is the JSON import's: TypeScript widens its
 * literals (`"type": "object"` to string), and the generator wrote OpenAPI schemas.
 */
export const CONTRACT_SCHEMAS = Object.assign({}, ...Object.values(AREAS)) as Record<
  ContractSchemaName,
  SchemaObject
>;
