// One jest run, six tiers: pure rules (shared), server units, the API suite on embedded
// SQLite, the same API suite on MySQL/MariaDB, the Galera cluster (tests/galera) and the deployment
// behind nginx (tests/deploy). The browser tier joins from tests/browser.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }];
const shared = { '^@linli/shared$': '<rootDir>/shared/src' };
const base = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: shared,
  testEnvironment: 'node',
};

module.exports = {
  // A MySQL test file migrates a fresh database in its beforeAll (seconds on a quiet machine, far
  // more on a loaded one): jest's 5 s default would tear the file down mid-migration. A global
  // option: jest ignores it inside a project.
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'shared', testMatch: ['<rootDir>/shared/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'server',
      testMatch: [
        '<rootDir>/server/src/**/*.spec.ts',
        '<rootDir>/tests/boot/**/*.spec.ts',
        '<rootDir>/tests/lint/**/*.spec.ts',
        '<rootDir>/tests/privacy/**/*.spec.ts',
      ],
    },
    {
      ...base,
      displayName: 'api:sqlite',
      testMatch: ['<rootDir>/tests/api/**/*.api.spec.ts'],
      setupFiles: ['<rootDir>/tests/support/env.sqlite.ts'],
    },
    {
      ...base,
      displayName: 'api:mysql',
      testMatch: ['<rootDir>/tests/api/**/*.api.spec.ts'],
      globalSetup: '<rootDir>/tests/support/mysql.global-setup.ts',
      setupFiles: ['<rootDir>/tests/support/env.mysql.ts'],
    },
    {
      // A 3-node Galera cluster and 3 server instances (tests/galera); needs root and galera-4, built server.
      ...base,
      displayName: 'galera',
      testMatch: ['<rootDir>/tests/galera/**/*.spec.ts'],
    },
    {
      // Two built instances, Redis, an S3 server and Debian's nginx with deploy/nginx.conf (tests/deploy); needs the built server.
      ...base,
      displayName: 'deploy',
      testMatch: ['<rootDir>/tests/deploy/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.spec.ts', '<rootDir>/tests/size/**/*.spec.ts'],
    },
  ],
};
