'use strict';
/**
 * The test environment of mutation runs (jest.mutation.config.js): once a test has failed against a mutant, the
 * rest of that run is skipped, hooks included: the mutant is killed, more tests would only confirm it. Jest's own
 * `bail` does nothing when jest is started programmatically, as StrykerJS starts it (its jest runner sets it to false,
 * citing jestjs/jest#11766), and without it every mutant ran every covering test of every related file.
 *
 * Only while StrykerJS tests a mutant (its __STRYKER_ACTIVE_MUTANT__ variable is set): the initial run that measures
 * which tests cover which mutant, and any ordinary jest run, see the plain node environment. The failure is kept on the
 * outer global, which every test file of a run shares (StrykerJS runs them in band, in its worker process);
 * mutation-run-start.js clears it when a run starts.
 */
const { TestEnvironment } = require('jest-environment-node');

const FAILED = Symbol.for('tableaux-cls.mutant-failed');

class MutationEnvironment extends TestEnvironment {
  async handleTestEvent(event, state) {
    await super.handleTestEvent?.(event, state);
    if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) return;
    const failed = globalThis[FAILED] === true;
    if (failed && event.name === 'run_describe_start') event.describeBlock.mode = 'skip';
    if (failed && event.name === 'test_start') event.test.mode = 'skip';
    if (event.name === 'test_done' && event.test.errors.length > 0) globalThis[FAILED] = true;
  }
}

module.exports = MutationEnvironment;
module.exports.FAILED = FAILED;
