'use strict';
/**
 * The order of test files in mutation runs (jest.mutation.config.js): the file that failed in the last run first (it
 * killed the last mutant, most likely a neighbour of this one), then the quickest. Jest's own order puts the slowest
 * first, to keep its workers busy; a mutant run stops at its first failure (mutation-environment.js), so a killer
 * found in a quick file spares the slow ones. Files jest has no time for come last, smallest first.
 */
const TestSequencer = require('@jest/test-sequencer').default;

class MutationSequencer extends TestSequencer {
  sort(tests) {
    const key = (test) => ({ failed: this.hasFailed(test), time: this.time(test) ?? Number.POSITIVE_INFINITY, size: test.context.hasteFS.getSize(test.path) ?? 0 });
    const keys = new Map(tests.map((test) => [test, key(test)]));
    return [...tests].sort((a, b) => {
      const ka = keys.get(a);
      const kb = keys.get(b);
      if (ka.failed !== kb.failed) return ka.failed ? -1 : 1;
      if (ka.time !== kb.time) return ka.time < kb.time ? -1 : 1;
      return ka.size - kb.size;
    });
  }
}

module.exports = MutationSequencer;
