const { swc } = require('../jest.preset.cjs');
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testRegex: '\\.(e2e-)?spec\\.ts$',
  transform: { '^.+\\.tsx?$': swc() },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
