'use strict';
/**
 * The test runner of mutation runs (jest.mutation.config.js): jest-circus, minus the test files a mutant run has no use
 * for. StrykerJS runs jest once per mutant over every test file that imports the mutated file (--findRelatedTests),
 * with a test name pattern naming the tests that cover the mutant. Jest loads each of those files, with all it
 * imports, before it knows that none of its tests match: for a value parser that is most of the suite, 3 to 4 s a
 * mutant. While StrykerJS tests a mutant (__STRYKER_ACTIVE_MUTANT__ set), this runner does not load a file
 *   - once a test of the run has failed (the mutant is killed; see mutation-environment.js), or
 *   - when none of the file's tests matches the pattern, as learnt the first time this process ran the file.
 * Such a file reports its tests skipped, as when the pattern filters them all out. Everything else is jest-circus's.
 *
 * The file name holds "jest-circus": StrykerJS's per-test coverage only accepts a runner whose path says so.
 */
const circus = require('jest-circus/runner').default;
const { FAILED } = require('./mutation-environment');

/** Test file path → the full names of its tests ("describe test"), as jest matches them against the pattern. */
const testNames = new Map();

function learn(testPath, result) {
  if (result.testExecError !== undefined || result.testResults.length === 0) return;
  testNames.set(testPath, result.testResults.map((test) => test.fullName));
}

/** Whether jest-circus would run a test of the file: unknown files are run, to be learnt. */
function mayMatch(testPath, pattern) {
  const names = testNames.get(testPath);
  if (names === undefined || !pattern) return true;
  // jest-circus matches the pattern case-insensitively against the full name.
  const matcher = new RegExp(pattern, 'i');
  return names.some((name) => matcher.test(name));
}

/**
 * The result of a file not loaded: its tests skipped, as jest reports tests the pattern filters out. Jest refuses a
 * file with no test at all, so a file not learnt yet (skipped after a failure) reports one skipped test in its name.
 */
function notRun(testPath) {
  const names = testNames.get(testPath) ?? [`${testPath} (not run: a test already failed)`];
  return {
    leaks: false,
    numFailingTests: 0,
    numPassingTests: 0,
    numPendingTests: names.length,
    numTodoTests: 0,
    openHandles: [],
    perfStats: {},
    skipped: true,
    snapshot: {
      added: 0,
      fileDeleted: false,
      matched: 0,
      unchecked: 0,
      uncheckedKeys: [],
      unmatched: 0,
      updated: 0,
    },
    testFilePath: testPath,
    testResults: names.map((fullName) => ({
      ancestorTitles: [],
      duration: 0,
      failureDetails: [],
      failureMessages: [],
      fullName,
      invocations: 0,
      location: null,
      numPassingAsserts: 0,
      retryReasons: [],
      status: 'pending',
      title: fullName,
    })),
  };
}

/** Called by jest as jest-circus is: (globalConfig, config, environment, runtime, testPath, sendMessageToJest). */
async function mutationRunner(...args) {
  const [globalConfig, , , , testPath] = args;
  const testingMutant = process.env.__STRYKER_ACTIVE_MUTANT__ !== undefined;
  if (testingMutant && (globalThis[FAILED] === true || !mayMatch(testPath, globalConfig.testNamePattern))) return notRun(testPath);
  const result = await circus(...args);
  learn(testPath, result);
  return result;
}

module.exports = mutationRunner;
