/** `cls-workbook statement`: text, JSON and .xlsx for the clean fixture, figures summed by hand; bad input → exit 2, one line. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AS_OF, fingerprint, run } from '../cli/helpers';
import { writeFixture } from '../fixtures/cls-workbooks';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cls-statement-'));
  await writeFixture(dir, 'clean');
  await writeFile(join(dir, 'ole.xlsx'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)]));
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));

const expectOneErrorLine = (stderr: string, pattern: RegExp): void => {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^cls-workbook: /);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\s+at\s|Error:/);
};

describe('text', () => {
  it('the CPAM: 3 000 € acquis on action 1.1.1 in 2026, a quarter of its 12 000 € budget, within 80 columns', async () => {
    const result = await run(['statement', 'clean.xlsx', '--funder', 'cpam', ...AS_OF], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const { stdout } = result;
    expect(stdout).toMatch(/^Relevé partenaire — CPAM\nContrat local de santé de Valmont — Communauté de communes de Valmont\n/);
    expect(stdout).toContain('Engagé (acquis + sollicité) : 3\u00a0000,00\u00a0€');
    expect(stdout).toMatch(/ {2}1\.1\.1 +3\u00a0000,00\u00a0€ +0,00\u00a0€ +3\u00a0000,00\u00a0€ +25\u00a0%\n {4}Former des sentinelles en santé mentale\n/);
    // 3 000 / 236 500,50 = 1,268 % → 1,3 %.
    expect(stdout).toContain('Part du CLS : 1,3\u00a0% des 236\u00a0500,50\u00a0€');
    expect(stdout).not.toContain('Poste de coordination');
    expect(widest(stdout)).toBeLessThanOrEqual(80);
  });

  it('the ARS states the coordination rules year by year', async () => {
    const { stdout, code } = await run(['statement', 'clean.xlsx', '--funder', 'ARS', ...AS_OF], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('Poste de coordination : règles de l’ARS');
    expect(stdout).toMatch(/2026 +ARS ≤ plafond annuel +25\u00a0000,00\u00a0€ +25\u00a0000,00\u00a0€ +respectée/);
    expect(stdout).toContain('Engagé (acquis + sollicité) : 112\u00a0000,00\u00a0€');
    expect(widest(stdout)).toBeLessThanOrEqual(80);
  });

  it('speaks English with --lang en, no French label left', async () => {
    const { stdout, code } = await run(['statement', 'clean.xlsx', '--funder', 'ARS', '--lang', 'en', ...AS_OF], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Partner statement — ARS\n/);
    expect(stdout).toContain('Committed (secured + requested): €112,000.00');
    expect(stdout).toContain('Other partners ≥ ARS');
    expect(stdout).not.toMatch(/Engagé|Acquis |Sollicité |Relevé|Règle|respectée|Année/);
  });
});

describe('json', () => {
  it('gives the totals in euros, one entry per action or objet, the lines and the coordination checks', async () => {
    const { stdout, code } = await run(['statement', 'clean.xlsx', '--funder', 'ARS', '--year', '2026', '--format', 'json', ...AS_OF], dir);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown> & {
      totals: Record<string, number>;
      byAction: { action: string | null; object: string; committed: number }[];
      lines: { cell: string; amount: number }[];
      coordination: { year: number; ok: boolean }[];
    };
    expect(json).toMatchObject({ file: 'clean.xlsx', partner: 'ARS', year: 2026, profile: 'normandie', asOf: '2026-11-23' });
    expect(json.totals).toEqual({ committed: 35_000, secured: 35_000, requested: 0, forecast: 0, valued: 0, clsCommitted: 76_500.5, shareOfCls: 35_000 / 76_500.5 });
    expect(json.byAction.map((a) => [a.action ?? a.object, a.committed])).toEqual([
      ['1.1.2', 10_000],
      ['Coordination', 25_000],
    ]);
    expect(json.lines.map((l) => [l.cell, l.amount])).toEqual([
      ['F4', 25_000],
      ['F13', 10_000],
    ]);
    expect(json.coordination).toEqual([expect.objectContaining({ year: 2026, ok: true })]);
  });
});

describe('xlsx', () => {
  it('writes a new workbook (input untouched) with the figures as numbers, marked as a statement', async () => {
    const before = await fingerprint(join(dir, 'clean.xlsx'));
    const result = await run(['statement', 'clean.xlsx', '--funder', 'CPAM', '--out', 'releve-cpam.xlsx', ...AS_OF], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').pop()).toBe('Relevé écrit : releve-cpam.xlsx');
    expect(await fingerprint(join(dir, 'clean.xlsx'))).toEqual(before);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(join(dir, 'releve-cpam.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Relevé']);
    const sheet = workbook.getWorksheet('Relevé')!;
    expect(sheet.getCell('A1').value).toBe('Relevé partenaire — CPAM');
    const figures = new Map<unknown, unknown>();
    sheet.eachRow((row) => figures.set(row.getCell(1).value, row.getCell(2).value));
    expect(figures.get('Engagé (acquis + sollicité)')).toBe(3_000);
    expect(figures.get('Acquis')).toBe(3_000);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(workbook.definedNames.model.map((n) => n.name)).toContain('TableauxCLS_Releve');
  });

  it('--format xlsx prints only where it wrote', async () => {
    const result = await run(['statement', 'clean.xlsx', '--funder', 'CAF', '--format', 'xlsx', '--out', 'releve-caf.xlsx', '--lang', 'en', ...AS_OF], dir);
    expect(result).toEqual({ code: 0, stdout: 'Statement written: releve-caf.xlsx\n', stderr: '' });
  });
});

describe('bad input → exit 2, one line, nothing written', () => {
  it.each<[string, string[], RegExp]>([
    ['no workbook', ['--funder', 'CPAM'], /indiquez le classeur \.xlsx du CLS/],
    ['two workbooks', ['clean.xlsx', 'clean.xlsx', '--funder', 'CPAM'], /un seul classeur \(2 indiqués\)/],
    ['no partner', ['clean.xlsx'], /indiquez le partenaire : --funder CPAM/],
    ['a partner not in the workbook', ['clean.xlsx', '--funder', 'Mutuelle de Valmont'], /« Mutuelle de Valmont » n'est pas un partenaire de clean\.xlsx ; partenaires de la liste : « ARS », « Collectivité porteuse »/],
    ['a year typed wrong', ['clean.xlsx', '--funder', 'CPAM', '--year', '26'], /année « 26 » invalide pour --year/],
    ['a year outside the contract', ['clean.xlsx', '--funder', 'CPAM', '--year', '2031'], /ni engagement ni année de contrat en 2031 ; années : 2025, 2026, 2027/],
    ['xlsx without --out', ['clean.xlsx', '--funder', 'CPAM', '--format', 'xlsx'], /--format xlsx écrit un classeur : indiquez son nom avec --out/],
    ['--out onto the input', ['clean.xlsx', '--funder', 'CPAM', '--out', 'clean.xlsx'], /désigne le classeur lu/],
    ['--out not .xlsx', ['clean.xlsx', '--funder', 'CPAM', '--out', 'releve.pdf'], /doit porter l'extension \.xlsx/],
    ['an encrypted or .xls file', ['ole.xlsx', '--funder', 'CPAM'], /ole\.xlsx est protégé par un mot de passe/],
    ['a missing file', ['absent.xlsx', '--funder', 'CPAM'], /absent\.xlsx : fichier introuvable/],
  ])('%s', async (_label, args, pattern) => {
    const result = await run(['statement', ...args, ...AS_OF], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneErrorLine(result.stderr, pattern);
  });

  it('refuses an existing --out file and leaves it as it was', async () => {
    await writeFile(join(dir, 'existant.xlsx'), 'garder');
    const before = await fingerprint(join(dir, 'existant.xlsx'));
    const result = await run(['statement', 'clean.xlsx', '--funder', 'CPAM', '--out', 'existant.xlsx', ...AS_OF], dir);
    expect(result.code).toBe(2);
    expectOneErrorLine(result.stderr, /existant\.xlsx existe déjà/);
    expect(await fingerprint(join(dir, 'existant.xlsx'))).toEqual(before);
  });

  it('says it in English', async () => {
    const result = await run(['statement', 'clean.xlsx', '--funder', 'Mutuelle', '--lang', 'en', ...AS_OF], dir);
    expect(result.code).toBe(2);
    expectOneErrorLine(result.stderr, /"Mutuelle" is not a partner of clean\.xlsx; partners of the list: "ARS"/);
  });

  it('prints its help', async () => {
    const result = await run(['statement', '--help'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^cls-workbook statement — relevé partenaire/);
  });
});
