/** Unit tests: Node only, no outside programs. TEST_NOW=YYYY-MM-DD runs them at that date (test/setup/clock.js). */
const { clockOption } = require('./test/setup/clock.js');

const fakeTimers = clockOption();

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup/fail-on-console.ts'],
  ...(fakeTimers === undefined ? {} : { fakeTimers }),
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/setup/asset-stub.js',
    // Dynamic imports are written `import('./x.js')` (TypeScript node16); the source is x.ts.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
