module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    '^.+\\.sql$': '<rootDir>/test/setup/sql-transform.cjs',
  },
  moduleFileExtensions: ['ts', 'js', 'html', 'sql'],
  coverageDirectory: '../../coverage/apps/api',
  setupFilesAfterEnv: ['<rootDir>/test/setup/timeout.ts'],
};
