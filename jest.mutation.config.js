/**
 * Jest for StrykerJS (stryker.config.mjs): the unit config narrowed to the suites aimed at the mutated code.
 * Stryker runs jest once per mutant over every test file that imports the mutated file; jest loads each (0.2 s, before
 * any test runs) unless the mutation runner knows it holds none of the mutant's tests: a suite here costs its load
 * time at least once per mutated file and worker, and on every mutant it covers.
 * Left out, measured with per-test coverage and timings (2026-11-30): the hostile corpus, the @ooxml-tools validator,
 * the Office.js payload recorder, the pane and page UI, the CLI, manifest, scripts and texts (no mutated line they
 * alone cover, or only the output sanitiser, now tested in test/domain/values); the adapters' own suites (xlsx reader
 * and writer, import, statement, review, diff); and the slow suites that only repeat what the domain suites check:
 * excel/apply-guards (18 s: a surviving mutant would pay it whole, 20 s and more each), generate/sample-validates
 * (8 s), domain/properties (fast-check, 2 s); citations and sources read the source files as text (instrumented in
 * the sandbox). The only tests of the row sync (apply/rows.ts), import/in-workbook (12 s), run only when
 * TABLEAUX_MUTATION_ROW_SYNC=1 (npm run test:mutation sets it; README): every mutant of the plan's layout that survived
 * paid them whole, 20 s and more each.
 */
const path = require('node:path');
const base = require('./jest.config.js');

module.exports = {
  ...base,
  // A mutant run ends at its first failing test (jest's own bail does nothing under StrykerJS): test/setup/mutation-environment.js.
  // Absolute: StrykerJS resolves the environment itself, without jest's <rootDir>.
  testEnvironment: path.join(__dirname, 'test/setup/mutation-environment.js'),
  globalSetup: path.join(__dirname, 'test/setup/mutation-run-start.js'),
  // Nor does it load the test files a mutant run has no use for: test/setup/jest-circus-mutation-runner.js.
  testRunner: path.join(__dirname, 'test/setup/jest-circus-mutation-runner.js'),
  // The file that killed the last mutant first, then the quickest: test/setup/mutation-sequencer.js.
  testSequencer: path.join(__dirname, 'test/setup/mutation-sequencer.js'),
  // Stryker runs each mutant with --findRelatedTests: jest follows imports only through files under its roots.
  roots: [...base.roots, '<rootDir>/src'],
  testMatch: [
    '<rootDir>/test/domain/**/*.test.ts',
    '<rootDir>/test/generate/**/*.test.ts',
    '<rootDir>/test/ports/**/*.test.ts',
    '<rootDir>/test/excel/adapter.test.ts',
    '<rootDir>/test/excel/fake-excel.test.ts',
    ...(process.env.TABLEAUX_MUTATION_ROW_SYNC === '1' ? ['<rootDir>/test/import/in-workbook.test.ts'] : []),
    '<rootDir>/test/taskpane/memory-port.test.ts',
  ],
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    '/test/domain/(citations|sources|properties|messages)\\.test\\.ts$',
    '/test/domain/partners/',
    // The exceljs round trip of the rule tests' fixture: the reader's, not the rules'.
    '/test/domain/rules/round-trip\\.test\\.ts$',
    '/test/generate/(cli-generate|sample-validates)\\.test\\.ts$',
  ],
};
