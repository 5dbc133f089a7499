/**
 * scripts/ensure-build.js and bin/cls-workbook.js on a miniature project in a temporary folder: a build older than
 * its sources is compiled again (really, with tsc) or refused in one French and one English line, never run stale.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuild, staleness } = require('../../scripts/ensure-build.js') as {
  ensureBuild: (options?: { root?: string; log?: (line: string) => void; compile?: (root: string) => void }) => boolean;
  staleness: (root?: string) => { missing?: true; changed?: string } | null;
};

const PROJECT = join(__dirname, '..', '..');
const EARLIER = new Date('2026-01-01T10:00:00Z');
const LATER = new Date('2026-01-01T11:00:00Z');
/** A source saved after the build, and before the compilation the test starts (the child's real clock, not Date). */
const EDITED = new Date('2026-01-01T12:00:00Z');

let root: string;

function write(file: string, text: string, at: Date = EARLIER): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, at, at);
}

/** Dates a file or folder (a folder's date changes when a file is added to it or removed from it). */
const date = (file: string, at: Date): void => utimesSync(join(root, file), at, at);

const MAIN_SOURCE = (word: string): string =>
  `export async function main(argv: string[]): Promise<number> {\n  process.stdout.write('${word} ' + argv.join(' '));\n  return 0;\n}\n`;
const MAIN_BUILT = (word: string): string =>
  `'use strict';\nexports.main = async (argv) => { process.stdout.write('${word} ' + argv.join(' ')); return 0; };\n`;

/** A project whose build/ was compiled after its sources. */
function project(): void {
  write('tsconfig.json', JSON.stringify({ compilerOptions: { target: 'es2022', module: 'commonjs', strict: true, types: ['node'] } }));
  write('tsconfig.cli.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { outDir: 'build', rootDir: 'src' }, include: ['src/cli'] }));
  write('src/cli/main.ts', MAIN_SOURCE('compiled'));
  write('src/domain/rule.ts', 'export const rule = 1;\n');
  write('src/xlsx/read.ts', 'export const read = 1;\n');
  for (const folder of ['src/cli', 'src/domain', 'src/xlsx', 'src']) date(folder, EARLIER);
  write('build/cli/main.js', MAIN_BUILT('compiled'), LATER);
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(PROJECT, 'bin', 'cls-workbook.js'), join(root, 'bin', 'cls-workbook.js'));
  copyFileSync(join(PROJECT, 'scripts', 'ensure-build.js'), join(root, 'scripts', 'ensure-build.js'));
}

const bin = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'cls-workbook.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cls-ensure-build-'));
  project();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleness', () => {
  it('is null when the build is newer than every source, folder and tsconfig', () => {
    expect(staleness(root)).toBeNull();
  });

  it.each([
    ['a source edited', 'src/domain/rule.ts'],
    ['a tsconfig edited', 'tsconfig.json'],
    ['the build configuration edited', 'tsconfig.cli.json'],
    ['a reader edited', 'src/xlsx/read.ts'],
  ])('names the input when %s', (_case, file) => {
    date(file, EDITED);
    expect(staleness(root)).toEqual({ changed: file });
  });

  it('sees a deleted source through its folder', () => {
    unlinkSync(join(root, 'src/domain/rule.ts'));
    date('src/domain', EDITED);
    expect(staleness(root)).toEqual({ changed: 'src/domain' });
  });

  it('reports a missing build', () => {
    rmSync(join(root, 'build'), { recursive: true });
    expect(staleness(root)).toEqual({ missing: true });
  });
});

describe('ensureBuild', () => {
  it('compiles nothing when the build is fresh', () => {
    const compile = jest.fn();
    expect(ensureBuild({ root, compile, log: () => undefined })).toBe(false);
    expect(compile).not.toHaveBeenCalled();
  });

  it('says in one line, French then English, why it compiles, then compiles', () => {
    date('src/cli/main.ts', EDITED);
    const lines: string[] = [];
    const compile = jest.fn();
    expect(ensureBuild({ root, compile, log: (line) => lines.push(line) })).toBe(true);
    expect(compile).toHaveBeenCalledWith(root);
    expect(lines).toEqual([
      'build/ est périmé : src/cli/main.ts a changé après la compilation : compilation (tsc -p tsconfig.cli.json)… / build/ is stale: src/cli/main.ts changed after it was compiled: compiling…',
    ]);
  });

  it('names a failed compilation in both languages', () => {
    rmSync(join(root, 'build'), { recursive: true });
    const compile = (): void => {
      throw new Error('src/cli/main.ts(1,1): error TS1005');
    };
    expect(() => ensureBuild({ root, compile, log: () => undefined })).toThrow(
      'la compilation de build/ a échoué : src/cli/main.ts(1,1): error TS1005\nbuild/ failed to compile: src/cli/main.ts(1,1): error TS1005',
    );
  });
});

describe('bin/cls-workbook.js', () => {
  it('runs a fresh build as it is, saying nothing', () => {
    expect(bin('validate', 'cls.xlsx')).toEqual({ status: 0, stdout: 'compiled validate cls.xlsx', stderr: '' });
  });

  it('refuses a stale build when TypeScript is not installed: exit 2, one French line and its English, the old code not run', () => {
    date('src/cli/main.ts', EDITED);
    expect(bin('validate', 'cls.xlsx')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'cls-workbook: build/ est périmé : src/cli/main.ts a changé après la compilation ; TypeScript n’est pas installé : lancez « npm ci » puis « npm run build:cli ».\n' +
        'build/ is stale: src/cli/main.ts changed after it was compiled; TypeScript is not installed: run "npm ci" then "npm run build:cli".\n',
    });
  });

  it('sends the compiler’s errors to stderr and refuses the build that failed', () => {
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
    write('src/cli/main.ts', 'export const main: number = "not a number";\n', EDITED);
    const run = bin('validate', 'cls.xlsx', '--format', 'json');
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain("src/cli/main.ts(1,14): error TS2322: Type 'string' is not assignable to type 'number'.");
    expect(run.stderr).toMatch(
      /cls-workbook: la compilation de build\/ a échoué : tsc -p tsconfig\.cli\.json, code 2\nbuild\/ failed to compile: tsc -p tsconfig\.cli\.json, code 2\n$/,
    );
    // Still stale: the next run tries again rather than running what tsc emitted.
    expect(staleness(root)).toEqual({ changed: 'src/cli/main.ts' });
  }, 60_000);

  it('compiles a stale build with the project’s TypeScript, then runs the new code', () => {
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
    write('src/cli/main.ts', MAIN_SOURCE('recompiled'), EDITED);
    const first = bin('validate', 'cls.xlsx');
    expect(first).toEqual({
      status: 0,
      stdout: 'recompiled validate cls.xlsx',
      stderr: 'cls-workbook: build/ est périmé : src/cli/main.ts a changé après la compilation : compilation (tsc -p tsconfig.cli.json)… / build/ is stale: src/cli/main.ts changed after it was compiled: compiling…\n',
    });
    // The build is fresh now: the next run compiles nothing.
    expect(staleness(root)).toBeNull();
    expect(bin('x')).toEqual({ status: 0, stdout: 'recompiled x', stderr: '' });
  }, 60_000);
});
