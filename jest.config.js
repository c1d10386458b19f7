/** Tests run against build/Code.js too, so the bundle is built once before jest starts (globalSetup). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  globalSetup: '<rootDir>/test/global-setup.js',
  testTimeout: 60000,
};
