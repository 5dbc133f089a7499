/**
 * Jest for StrykerJS (stryker.config.mjs): the unit config without the suites that cover none of the mutated
 * code or only repeat it slowly. Measured with per-test coverage, see the comment in stryker.config.mjs.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  // Stryker runs each mutant with --findRelatedTests: jest follows imports only through files under its roots.
  roots: [...base.roots, '<rootDir>/src'],
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    // Hostile corpus: minutes of CLI runs over odd files; the reader and the CLI are not mutated.
    '/test/hostile/',
    // The @ooxml-tools validator and the payload recorder check the writers and the Office.js adapter's batches.
    '/test/xlsx/ooxml-valid',
    '/test/excel/payload',
    // Pane and page UI (React, jsdom): they reach the domain only through the suites kept here.
    '/test/taskpane/(?!memory-port)',
    '/test/web/',
    // The CLI is run as a process (its coverage is not seen), the manifest, dev scripts and deployment are not domain.
    '/test/cli/',
    '/test/manifest/',
    '/test/scripts/',
    '/test/deploy/',
    // They read the source files as text (seed citations), and Stryker's sandbox holds them instrumented.
    '/test/domain/citations\\.test\\.ts$',
    '/test/domain/sources\\.test\\.ts$',
  ],
};
