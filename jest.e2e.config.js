/** End-to-end tests: drive real outside programs (LibreOffice Calc, Chromium). */
const base = require('./jest.config.js');
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 180000,
  globalSetup: '<rootDir>/test/setup/e2e-global-setup.js',
};
