// Named so that the root jest run (unit and integration tests) does not pick it up: these need a running server.
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  // Its own config, not the Nx preset: the one runtime import of a workspace library is mapped here.
  moduleNameMapper: { '^@keino/testing$': '<rootDir>/../../libs/testing/src/index.ts' },
  testTimeout: 60_000,
};
