// Browser journeys: Playwright (playwright-core) drives Chromium against the built API + web app, started once by
// e2e/global-setup.ts. Run with `npm run e2e -w web` (needs `api/dist` and `web/dist`).
const { swc } = require('../jest.preset.cjs');

module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testRegex: 'e2e/.*\\.e2e\\.ts$',
  transform: { '^.+\\.(t|j)sx?$': swc() },
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 180_000,
  slowTestThreshold: 60,
};
