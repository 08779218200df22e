// The shapes the API answers and accepts: types, `as const` unions and a few pure checks that the browser and the
// server share. This library imports nothing.
export * from './lib/health';
export * from './lib/errors';
export * from './lib/roles';
export * from './lib/accounts';
export * from './lib/sessions';
export * from './lib/lists';
export * from './lib/organizations';
export * from './lib/memberships';
export * from './lib/business-id';
export * from './lib/courses';
export * from './lib/cohorts';
export * from './lib/enrollments';
export * from './lib/progress';
export * from './lib/reports';
export * from './lib/audit';
export * from './lib/certificates';
export * from './lib/cases';
export * from './lib/notifications';
export * from './lib/assessments';
export * from './lib/assignments';
export * from './lib/sso';
export * from './lib/procurements';
export * from './lib/groups';
export * from './lib/developer-groups';
export * from './lib/calls';
