#!/usr/bin/env node
'use strict';
/**
 * `npm run test:clock [-- jest arguments]`: the unit suite at each date of DATES (TEST_NOW, test/setup/clock.js),
 * one run after the other; fails when any run fails. A test that reads the real day instead of a pinned one, or
 * sample data that goes stale (an action becoming late), breaks here before it breaks in CI on that day.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

/** After the sample's first action falls late (2027-07-01), and well after its contract (2025-2027) ended. */
const DATES = ['2027-09-01', '2030-01-01'];

const jest = require.resolve('jest/bin/jest', { paths: [path.join(__dirname, '..')] });
const failed = [];
for (const date of DATES) {
  process.stdout.write(`\n== TEST_NOW=${date} ==\n`);
  const run = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TEST_NOW: date } });
  if (run.status !== 0) failed.push(date);
}
process.stdout.write(failed.length === 0 ? `\nLa suite passe à chaque date : ${DATES.join(', ')} / the suite passes at every date.\n` : `\nÉchec à / failed at: ${failed.join(', ')}\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
