// The shapes the API answers and accepts. Types and `as const` unions only: this library imports nothing.
export * from './lib/health';
export * from './lib/errors';
export * from './lib/roles';
export * from './lib/accounts';
export * from './lib/lists';
export * from './lib/organizations';
export * from './lib/courses';
export * from './lib/cohorts';
export * from './lib/enrollments';
export * from './lib/progress';
export * from './lib/reports';
export * from './lib/audit';
export * from './lib/certificates';
export * from './lib/cases';
