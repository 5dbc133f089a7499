#!/usr/bin/env node
// `npm run demo`: builds the CLI when needed, generates the sample CLS into demo/cls-exemple.xlsx,
// then validates it (text report with per-partner totals) as of the end of November of its second year:
// the sample describes a contract at that point, so the report reads the same whatever today is.
'use strict';
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { ensureBuild } = require('./ensure-build.js');

const root = join(__dirname, '..');
const entry = join(root, 'build', 'cli', 'main.js');

async function run() {
  ensureBuild({ log: (line) => process.stdout.write(`${line}\n`) });
  const { main } = require(entry);
  const { DEFAULT_START_YEAR } = require(join(root, 'build', 'domain', 'generate', 'sample.js'));
  mkdirSync(join(root, 'demo'), { recursive: true });
  const out = join(root, 'demo', 'cls-exemple.xlsx');
  const generated = await main(['generate', out, '--sample', '--profile', 'normandie', '--years', '3', '--force']);
  if (generated !== 0) return generated;
  const asOf = `${DEFAULT_START_YEAR + 1}-11-30`;
  process.stdout.write(`\nContrôle du classeur au ${asOf.split('-').reverse().join('/')} (date de référence de l’exemple) :\n\n`);
  return main(['validate', out, '--as-of', asOf, '--format', 'text']);
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
