'use strict';
/** jest's globalSetup in mutation runs: a new run (a new mutant) starts with no test failed (mutation-environment.js). */
const { FAILED } = require('./mutation-environment');

module.exports = function mutationRunStart() {
  globalThis[FAILED] = false;
};
