/** scripts/mutation-scores.js: Stryker's score over reports made one folder at a time, and their merge. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { merge, countsOf } = require('../../scripts/mutation-scores.js') as {
  merge: (reports: unknown[]) => { files: Record<string, unknown>; testFiles: Record<string, { tests: { id: string }[] }> };
  countsOf: (mutants: { status: string }[]) => { detected: number; undetected: number; ignored: number; errors: number };
};

const mutant = (id: string, status: string, line = 1) => ({ id, status, mutatorName: 'EqualityOperator', replacement: 'a >= b', location: { start: { line, column: 3 }, end: { line, column: 9 } } });
const rules = {
  schemaVersion: '2',
  files: { 'src/a.ts': { language: 'typescript', source: '', mutants: [mutant('1', 'Killed'), mutant('2', 'Survived', 7), mutant('3', 'Timeout'), mutant('4', 'Ignored')] } },
  testFiles: { 'test/shared.test.ts': { tests: [{ id: 'shared one', name: 'one' }] } },
};
const values = {
  schemaVersion: '2',
  files: { 'src/b.ts': { language: 'typescript', source: '', mutants: [mutant('5', 'Killed'), mutant('6', 'NoCoverage', 4), mutant('7', 'CompileError')] } },
  testFiles: { 'test/shared.test.ts': { tests: [{ id: 'shared two', name: 'two' }] }, 'test/b.test.ts': { tests: [{ id: 'b', name: 'b' }] } },
};

describe('mutation scores', () => {
  it('counts killed and timed-out as detected, survived and uncovered as not, the rest in neither', () => {
    expect(countsOf(rules.files['src/a.ts'].mutants)).toEqual({ detected: 2, undetected: 1, ignored: 1, errors: 0 });
    expect(countsOf(values.files['src/b.ts'].mutants)).toEqual({ detected: 1, undetected: 1, ignored: 0, errors: 1 });
  });

  it('merges the files and unites the tests of a test file both runs loaded', () => {
    const merged = merge([rules, values]);
    expect(Object.keys(merged.files).sort()).toEqual(['src/a.ts', 'src/b.ts']);
    expect(merged.testFiles['test/shared.test.ts']!.tests.map((t) => t.id)).toEqual(['shared one', 'shared two']);
    expect(Object.keys(merged.testFiles).sort()).toEqual(['test/b.test.ts', 'test/shared.test.ts']);
  });

  it('prints the score of all the reports (3 detected of 5: 60 %), the survivors, and writes the merge', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-'));
    writeFileSync(join(dir, 'rules.json'), JSON.stringify(rules));
    writeFileSync(join(dir, 'values.json'), JSON.stringify(values));
    const out = execFileSync(process.execPath, ['scripts/mutation-scores.js', '--survivors', '--merge', join(dir, 'all.json'), join(dir, 'rules.json'), join(dir, 'values.json')], { encoding: 'utf8' });
    expect(out).toContain('mutation score: 60.0 % (3 détectés / detected, 2 non détectés / undetected, 1 ignorés / ignored, 1 en erreur / errors)');
    expect(out).toContain('src/a.ts:7:3 Survived EqualityOperator → "a >= b"');
    expect(out).toContain('src/b.ts:4:3 NoCoverage');
    expect(out).toMatch(/66\.7 %.*src\/a\.ts/);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')).files)).toHaveLength(2);
  });
});
