// End-to-end global setup: the outside programs every e2e test needs, then a build/ that matches src/
// (web.e2e.ts compares the page with the compiled command line: a stale build would compare old code).
'use strict';
const requireLibreOffice = require('../e2e/require-programs.js');
const { ensureBuild } = require('../../scripts/ensure-build.js');

module.exports = async function globalSetup(...args) {
  await requireLibreOffice(...args);
  ensureBuild({ log: (line) => process.stderr.write(`\n${line}\n`) });
};
