import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGenerate } from '../../src/cli/generate';
import type { CliIo } from '../../src/cli/io';

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

describe('cls-workbook generate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cls-generate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new workbook and prints a French summary', async () => {
    const io = capture(dir);
    expect(await runGenerate(['cls.xlsx', '--sample', '--profile', 'normandie', '--years', '4'], io)).toBe(0);
    expect(readFileSync(join(dir, 'cls.xlsx')).subarray(0, 2)).toEqual(Buffer.from('PK'));
    expect(io.out).toContain('Classeur écrit : cls.xlsx');
    expect(io.out).toMatch(/CLS_Actions \(Plan d'action\) : 13 lignes/);
    expect(io.err).toBe('');
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    writeFileSync(join(dir, 'cls.xlsx'), 'précieux');
    const io = capture(dir);
    expect(await runGenerate(['cls.xlsx'], io)).toBe(2);
    expect(io.err).toMatch(/^cls-workbook: cls\.xlsx existe déjà.*--force.*\n$/);
    expect(readFileSync(join(dir, 'cls.xlsx'), 'utf8')).toBe('précieux');
    expect(await runGenerate(['cls.xlsx', '--force'], capture(dir))).toBe(0);
    expect(readFileSync(join(dir, 'cls.xlsx')).subarray(0, 2)).toEqual(Buffer.from('PK'));
  });

  it.each([
    [[], /indiquez le fichier/],
    [['a.xlsx', 'b.xlsx'], /un seul fichier/],
    [['cls.ods'], /extension \.xlsx/],
    [['cls.xlsx', '--years', '6'], /--years/],
    [['cls.xlsx', '--years'], /--years/],
    [['cls.xlsx', '--profile', 'bretagne'], /--profile/],
    [['cls.xlsx', '--frobnicate'], /--frobnicate/],
    [['absent/cls.xlsx'], /dossier/],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    const io = capture(dir);
    expect(await runGenerate(args as string[], io)).toBe(2);
    expect(io.err).toMatch(/^cls-workbook: .+\n$/);
    expect(io.err).toMatch(message);
    expect(io.err.split('\n')).toHaveLength(2);
    expect(existsSync(join(dir, 'cls.xlsx'))).toBe(false);
  });
});
