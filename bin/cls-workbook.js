#!/usr/bin/env node
'use strict';
// Runs the command line compiled into build/, compiling it first when src/ changed since (scripts/ensure-build.js);
// a stale build that cannot be compiled is refused with one line, never run.
const { ensureBuild } = require('../scripts/ensure-build.js');

try {
  ensureBuild({ log: (line) => process.stderr.write(`cls-workbook: ${line}\n`) });
} catch (err) {
  process.stderr.write(`cls-workbook: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
require('../build/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`cls-workbook: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 2; }
);
