// @ts-check
/**
 * Mutation testing (StrykerJS 9, Node.js 20): `npm run test:mutation`. Fails under 85 % on the domain's decisions.
 * Reruns retest only the mutants whose code or tests changed (reports/stryker-incremental.json). On two cores, run one
 * folder at a time with its own incremental file and add the scores up with `npm run mutation:scores` (README); the
 * apply engine's folder with TABLEAUX_MUTATION_ROW_SYNC=1, as `npm run test:mutation` runs (jest.mutation.config.js).
 * A mutant run loads only the test files holding one of its tests and stops at its first failure (test/setup).
 *
 * Not mutated, though in the folders below: pure type files (apply/changes.ts, generate/plan.ts), a re-export
 * (generate/index.ts) and text-only dictionaries: the rule ids (rules/ids.ts), the contract's value lists
 * (workbook/lists.ts), the refusal sentences (apply/refusals.ts) and the sample CLS's fictional content (generate/sample.ts).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // The unit config without the suites that never reach this code or only repeat it slowly (jest.mutation.config.js).
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/domain/values/**/*.ts',
    'src/domain/workbook/**/*.ts',
    '!src/domain/workbook/lists.ts',
    'src/domain/rules/**/*.ts',
    '!src/domain/rules/ids.ts',
    'src/domain/totals.ts',
    'src/domain/generate/**/*.ts',
    '!src/domain/generate/plan.ts',
    '!src/domain/generate/index.ts',
    '!src/domain/generate/sample.ts',
    'src/domain/apply/**/*.ts',
    '!src/domain/apply/changes.ts',
    '!src/domain/apply/refusals.ts',
  ],
  // The sandbox needs the sources and tests, not the builds and artefacts.
  ignorePatterns: ['dist', 'build', 'demo', 'test-artifacts', 'coverage', 'reports', 'screenshots'],
  // Static mutants (hit only while modules load or in beforeAll) would each rerun every test: 3 943 of 6 415, days of CPU.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // The two cores of the machine it was measured on.
  concurrency: 2,
  // A mutant's run loads its related test files before any test (seconds on a busy machine): the default 5 s
  // margin over the tests' own time called that a timeout and restarted the worker (a cold jest) each time.
  timeoutMS: 30_000,
  thresholds: { high: 90, low: 85, break: 85 },
};
