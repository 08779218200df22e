// The shapes the API answers and accepts. Types and `as const` unions only: this library imports nothing.
export * from './lib/health';
export * from './lib/errors';
export * from './lib/roles';
export * from './lib/accounts';
