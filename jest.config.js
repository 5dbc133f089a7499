/** Unit tests: Node only, no outside programs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup/fail-on-console.ts'],
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/setup/asset-stub.js',
    // Dynamic imports are written `import('./x.js')` (TypeScript node16); the source is x.ts.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
