// Unit and component tests (React Testing Library in jsdom). The browser journey has its own config: jest.e2e.config.cjs.
const { swc } = require('../jest.preset.cjs');

// The browser's time zone is this machine's unless said otherwise, and the calendar and week fixtures place sessions by
// it (12:00 UTC is Tuesday in London, Wednesday in Kiritimati): the component tests run in UTC wherever they run.
// Set here, before Jest starts its workers, so every test process inherits it.
process.env.TZ = 'UTC';

module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  // jsdom, with Node's Fetch API classes added (see the file).
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc() },
  moduleNameMapper: {
    '^@tandem/shared$': '<rootDir>/../shared/src/index.ts',
    '\\.css$': 'identity-obj-proxy',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  // Generous for a busy 2-CPU machine; a passing test still finishes as soon as its outcome shows.
  testTimeout: 30_000,
  clearMocks: true,
  restoreMocks: true,
};
