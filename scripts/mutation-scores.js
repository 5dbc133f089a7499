#!/usr/bin/env node
'use strict';
/**
 * `node scripts/mutation-scores.js [--survivors] [--merge OUT.json] REPORT.json…`: the mutation score of one or more
 * StrykerJS reports (the incremental files of runs made one folder at a time), by file and in all.
 *
 * --survivors  lists every undetected mutant (file:line, mutator, replacement), to write the test that kills it.
 * --merge OUT  writes the reports as one (files and test files united), e.g. reports/stryker-incremental.json:
 *              `npm run test:mutation` then reuses every result and runs only what changed since.
 *
 * The score is Stryker's: detected (killed, timed out) over detected and undetected (survived, no coverage);
 * ignored (static) mutants and those that did not compile or run count in neither.
 */
const fs = require('node:fs');

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Every file and test file of the reports, a later report's file replacing an earlier one's. */
function merge(reports) {
  const [first] = reports;
  const merged = { ...first, files: {}, testFiles: {} };
  for (const report of reports) {
    Object.assign(merged.files, report.files);
    for (const [name, testFile] of Object.entries(report.testFiles ?? {})) {
      const known = merged.testFiles[name];
      // One test file, related to several folders: the union of its tests (ids are the tests' full names).
      const tests = new Map([...(known?.tests ?? []), ...testFile.tests].map((t) => [t.id, t]));
      merged.testFiles[name] = { ...testFile, tests: [...tests.values()] };
    }
  }
  return merged;
}

/** Counts by status for one file's mutants. */
function countsOf(mutants) {
  const counts = { detected: 0, undetected: 0, ignored: 0, errors: 0 };
  for (const m of mutants) {
    if (DETECTED.has(m.status)) counts.detected += 1;
    else if (UNDETECTED.has(m.status)) counts.undetected += 1;
    else if (m.status === 'Ignored') counts.ignored += 1;
    else counts.errors += 1;
  }
  return counts;
}

const percent = (c) => (c.detected + c.undetected === 0 ? '—' : `${((100 * c.detected) / (c.detected + c.undetected)).toFixed(1)} %`);

function main(argv) {
  const survivors = argv.includes('--survivors');
  const mergeAt = argv.indexOf('--merge');
  const out = mergeAt >= 0 ? argv[mergeAt + 1] : undefined;
  const paths = argv.filter((a, i) => !a.startsWith('--') && !(mergeAt >= 0 && i === mergeAt + 1));
  if (paths.length === 0 || (mergeAt >= 0 && !out)) {
    process.stderr.write('Usage : node scripts/mutation-scores.js [--survivors] [--merge SORTIE.json] RAPPORT.json… / usage: … REPORT.json…\n');
    return 2;
  }
  const report = merge(paths.map((p) => JSON.parse(fs.readFileSync(p, 'utf8'))));
  const total = { detected: 0, undetected: 0, ignored: 0, errors: 0 };
  const lines = [];
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const c = countsOf(mutants);
    for (const k of Object.keys(total)) total[k] += c[k];
    lines.push(`${percent(c).padStart(8)}  ${String(c.detected).padStart(4)} détectés / detected  ${String(c.undetected).padStart(3)} non / not  ${file}`);
    if (survivors) {
      for (const m of mutants.filter((x) => UNDETECTED.has(x.status)).sort((a, b) => a.location.start.line - b.location.start.line)) {
        lines.push(`          ${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(
    `Score de mutation / mutation score: ${percent(total)} (${total.detected} détectés / detected, ${total.undetected} non détectés / undetected, ` +
      `${total.ignored} ignorés / ignored, ${total.errors} en erreur / errors)\n`,
  );
  if (out) {
    fs.writeFileSync(out, JSON.stringify(report));
    process.stdout.write(`Rapports réunis dans / reports merged into ${out}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { merge, countsOf, percent };
