'use strict';
/**
 * Bench section: the regional review of a folder of 30 workbooks (test/review/corpus.ts: 27 CLS, one of them in two
 * versions, ten with a planted defect, two unreadable) in one `validate <folder>` run, against 30 separate
 * `validate <file>` runs — each a real `node bin/cls-workbook.js` process, as a referent would type them.
 * Target: the folder run takes at most half the time of the 30 separate runs.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'cls-workbook.js');
const AS_OF = '2026-11-23';

/** Loads a TypeScript module of the tests through @swc/core (as the payload section does). */
function requireTs(file) {
  const swc = require('@swc/core');
  if (!require.extensions['.ts']) {
    require.extensions['.ts'] = (m, filename) =>
      m._compile(swc.transformFileSync(filename, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }).code, filename);
  }
  return require(file);
}

/** Milliseconds a CLI run takes, whatever its exit status (1 and 2 are expected in this folder). */
function timeRun(args) {
  const start = performance.now();
  try {
    execFileSync(process.execPath, [BIN, ...args], { stdio: 'ignore' });
  } catch {
    // Exit 1 (errors found) or 2 (unusable files): part of the review.
  }
  return performance.now() - start;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function reviewSection() {
  const { writeCorpus } = requireTs(path.join(ROOT, 'test', 'review', 'corpus.ts'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cls-bench-review-'));
  try {
    await writeCorpus(dir);
    const files = fs.readdirSync(dir).sort();
    const folder = median([0, 1, 2].map(() => timeRun(['validate', dir, '--format', 'json', '--as-of', AS_OF])));
    const separate = files.reduce((total, file) => total + timeRun(['validate', path.join(dir, file), '--format', 'json', '--as-of', AS_OF]), 0);
    const ratio = folder / separate;
    return {
      title: 'Regional review (folder of 30 workbooks, real processes)',
      ok: ratio <= 0.5,
      lines: [
        `one validate <folder> run (median of 3):   ${folder.toFixed(0)} ms`,
        `${files.length} separate validate <file> runs, total: ${separate.toFixed(0)} ms`,
        `ratio folder / separate = ${ratio.toFixed(2)}   target ≤ 0.50  ${ratio <= 0.5 ? 'OK' : 'MISSED'}`,
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { reviewSection };

if (require.main === module) {
  reviewSection().then(
    ({ title, ok, lines }) => {
      process.stdout.write(`## ${title}\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
      process.exitCode = ok ? 0 : 1;
    },
    (error) => {
      process.stderr.write(`bench-review: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
