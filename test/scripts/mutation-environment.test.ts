/**
 * test/setup/mutation-environment.js: in a mutant run, the first failing test ends the run (the rest skipped, hooks
 * included, in every later file); outside one, every test runs. Jest is run on three small test files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withoutMutant } from './mutation-env';

const SETUP = resolve(__dirname, '../setup');
const JEST = require.resolve('jest/bin/jest');

interface Outcome {
  readonly failed: number;
  readonly passed: number;
  readonly skipped: number;
  /** The files whose beforeAll ran. */
  readonly hooks: string[];
}

function run(mutant: string | undefined): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'mutation-env-'));
  const hookLog = join(dir, 'hooks.log');
  // Without timings from an earlier run, jest runs the largest file first: a, then b, then c (the padding sees to it).
  const file = (name: string, body: string, padding: number): void =>
    writeFileSync(
      join(dir, name),
      `const { appendFileSync } = require('node:fs');\nbeforeAll(() => appendFileSync(${JSON.stringify(hookLog)}, '${name}\\n'));\n${body}\n//${'-'.repeat(padding)}\n`,
    );
  file('a.test.js', "test('a1 passes', () => {});\ntest('a2 fails', () => { throw new Error('killed'); });\ntest('a3 passes', () => {});", 2000);
  file('b.test.js', "describe('b', () => { test('b1 passes', () => {}); });", 1000);
  file('c.test.js', "test('c1 fails', () => { throw new Error('killed again'); });", 0);
  const config = { rootDir: dir, testEnvironment: join(SETUP, 'mutation-environment.js'), globalSetup: join(SETUP, 'mutation-run-start.js'), transform: {} };
  writeFileSync(join(dir, 'jest.config.js'), `module.exports = ${JSON.stringify(config)};`);
  // In band, as StrykerJS runs a mutant's related files.
  const result = spawnSync(process.execPath, [JEST, '--config', join(dir, 'jest.config.js'), '--runInBand', '--json', '--cacheDirectory', join(dir, 'cache')], {
    cwd: dir,
    encoding: 'utf8',
    env: mutant === undefined ? withoutMutant() : { ...process.env, __STRYKER_ACTIVE_MUTANT__: mutant },
  });
  const json = JSON.parse(result.stdout) as { numFailedTests: number; numPassedTests: number; numPendingTests: number };
  const hooks = existsSync(hookLog) ? readFileSync(hookLog, 'utf8').split('\n').filter(Boolean) : [];
  return { failed: json.numFailedTests, passed: json.numPassedTests, skipped: json.numPendingTests, hooks };
}

describe('the mutation test environment', () => {
  it('ends a mutant run at its first failure: the rest of the file and the later files skipped, their hooks not run', () => {
    expect(run('42')).toEqual({ failed: 1, passed: 1, skipped: 3, hooks: ['a.test.js'] });
  });

  it('runs every test outside a mutant run', () => {
    expect(run(undefined)).toEqual({ failed: 2, passed: 3, skipped: 0, hooks: ['a.test.js', 'b.test.js', 'c.test.js'] });
  });
});
