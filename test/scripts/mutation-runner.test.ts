/**
 * test/setup/jest-circus-mutation-runner.js: in a mutant run, a test file is not loaded when none of its tests matches
 * the pattern naming the mutant's tests (once the process has run the file) or once a test has failed. Jest is run
 * the way StrykerJS runs it: several times in one process, with runCLI, in band, a first run without a mutant.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withoutMutant } from './mutation-env';

const SETUP = resolve(__dirname, '../setup');

interface Run {
  /** Stryker's __STRYKER_ACTIVE_MUTANT__, unset for the first run. */
  readonly mutant?: string;
  readonly testNamePattern?: string;
}

interface Outcome {
  readonly failed: string[];
  readonly passed: string[];
  readonly skipped: number;
  /** The test files loaded, in order. */
  readonly loaded: string[];
}

function runInOneProcess(runs: readonly Run[]): Outcome[] {
  const dir = mkdtempSync(join(tmpdir(), 'mutation-runner-'));
  const loadLog = join(dir, 'loaded.log');
  // Without timings (a new cache directory each run), jest runs the largest file first: a, b, c (the padding sees to it).
  const file = (name: string, body: string, padding: number): void =>
    writeFileSync(join(dir, name), `require('node:fs').appendFileSync(${JSON.stringify(loadLog)}, '${name}\\n');\n${body}\n//${'-'.repeat(padding)}\n`);
  file('a.test.js', "test('a1 passes', () => {});\ntest('a2 fails', () => { if (process.env.__STRYKER_ACTIVE_MUTANT__) throw new Error('killed'); });", 2000);
  file('b.test.js', "describe('b', () => { test('b1 passes', () => {}); });", 1000);
  file('c.test.js', "test('c1 fails', () => { if (process.env.__STRYKER_ACTIVE_MUTANT__) throw new Error('killed again'); });", 0);
  const config = {
    rootDir: dir,
    testEnvironment: join(SETUP, 'mutation-environment.js'),
    globalSetup: join(SETUP, 'mutation-run-start.js'),
    testRunner: join(SETUP, 'jest-circus-mutation-runner.js'),
    transform: {},
  };
  const driver = `
    const { runCLI } = require(${JSON.stringify(require.resolve('jest'))});
    const { readFileSync, writeFileSync } = require('node:fs');
    (async () => {
      const outcomes = [];
      for (const [index, run] of ${JSON.stringify(runs)}.entries()) {
        writeFileSync(${JSON.stringify(loadLog)}, '');
        if (run.mutant === undefined) delete process.env.__STRYKER_ACTIVE_MUTANT__;
        else process.env.__STRYKER_ACTIVE_MUTANT__ = run.mutant;
        const { results } = await runCLI(
          { config: JSON.stringify(${JSON.stringify(config)}), runInBand: true, silent: true, cacheDirectory: ${JSON.stringify(dir)} + '/cache-' + index, testNamePattern: run.testNamePattern, _: [], $0: 'jest' },
          [${JSON.stringify(dir)}],
        );
        const tests = results.testResults.flatMap((file) => file.testResults);
        outcomes.push({
          failed: tests.filter((t) => t.status === 'failed').map((t) => t.fullName),
          passed: tests.filter((t) => t.status === 'passed').map((t) => t.fullName),
          skipped: tests.filter((t) => t.status === 'pending').length,
          loaded: readFileSync(${JSON.stringify(loadLog)}, 'utf8').split('\\n').filter(Boolean),
        });
      }
      process.stdout.write(JSON.stringify(outcomes));
    })();
  `;
  const result = spawnSync(process.execPath, ['-e', driver], {
    cwd: dir,
    encoding: 'utf8',
    env: withoutMutant(),
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.slice(result.stdout.indexOf('[{'))) as Outcome[];
}

describe('the mutation test runner', () => {
  it('loads every file in a run without a mutant, and only the files with a test of the pattern in a mutant run', () => {
    const [first, onlyB, aAndC] = runInOneProcess([
      {},
      { mutant: '1', testNamePattern: '^(b b1 passes)$' },
      { mutant: '2', testNamePattern: '(a1 passes)|(c1 fails)' },
    ]);
    expect(first).toEqual({
      failed: [],
      passed: ['a1 passes', 'a2 fails', 'b b1 passes', 'c1 fails'],
      skipped: 0,
      loaded: ['a.test.js', 'b.test.js', 'c.test.js'],
    });
    expect(onlyB).toEqual({
      failed: [],
      passed: ['b b1 passes'],
      skipped: 3,
      loaded: ['b.test.js'],
    });
    expect(aAndC).toEqual({
      failed: ['c1 fails'],
      passed: ['a1 passes'],
      skipped: 2,
      loaded: ['a.test.js', 'c.test.js'],
    });
  });

  it('loads no more file once a test has failed against the mutant', () => {
    const [, killedInA] = runInOneProcess([{}, { mutant: '1', testNamePattern: '(a2 fails)|(b1 passes)|(c1 fails)' }]);
    expect(killedInA).toEqual({
      failed: ['a2 fails'],
      passed: [],
      skipped: 3,
      loaded: ['a.test.js'],
    });
  });

  it('loads a file it has not run yet, to learn its tests', () => {
    const [onlyB] = runInOneProcess([{ mutant: '1', testNamePattern: '^(b b1 passes)$' }]);
    expect(onlyB).toEqual({
      failed: [],
      passed: ['b b1 passes'],
      skipped: 3,
      loaded: ['a.test.js', 'b.test.js', 'c.test.js'],
    });
  });

  it('leaves every file to jest outside a mutant run, whatever the pattern', () => {
    const [, second] = runInOneProcess([{}, { testNamePattern: '^(b b1 passes)$' }]);
    expect(second).toEqual({
      failed: [],
      passed: ['b b1 passes'],
      skipped: 3,
      loaded: ['a.test.js', 'b.test.js', 'c.test.js'],
    });
  });
});
