const { swc } = require('../jest.preset.cjs');
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testRegex: '\\.spec\\.ts$',
  transform: { '^.+\\.tsx?$': swc() },
};
