/** `--lang en` honoured by generate and import: every line they print, the summary of the written workbook included. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferOf, coordinatorWorkbook } from '../import/shapes';
import { CONTRACT_WORDS, frenchLeft } from '../texts/check';
import { run } from './helpers';

const folder = (): Promise<string> => mkdtemp(join(tmpdir(), 'cls-lang-'));

describe('cls-workbook generate --lang', () => {
  it('prints the written workbook and its summary in English, without a French word outside the workbook’s own names', async () => {
    const dir = await folder();
    const result = await run(['generate', 'x.xlsx', '--lang', 'en'], dir);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const [written, sheets, tables, ...rest] = result.stdout.split('\n');
    expect(written).toMatch(/^Workbook written: x\.xlsx \(empty template, generic profile, 3 years, \d+ ms\)$/);
    expect(sheets).toMatch(/^Sheets \(\d+\): Paramètres, /);
    expect(tables).toBe('Tables:');
    expect(rest).toContain('  CLS_Actions (Plan d\'action): no row');
    expect(rest.find((line) => line.startsWith('Defined names: '))).toMatch(/^Defined names: \d+ \(drop-down lists\)\.$/);
    expect(frenchLeft(result.stdout, CONTRACT_WORDS)).toBeNull();
  });

  it('says the sample, the profile and the rows in French by default and in English on request', async () => {
    const dir = await folder();
    const fr = await run(['generate', 'fr.xlsx', '--sample', '--years', '4', '--profile', 'normandie'], dir);
    expect(fr.stdout).toMatch(/^Classeur écrit : fr\.xlsx \(exemple fictif rempli, profil normandie, 4 ans, \d+ ms\)\nFeuilles \(\d+\) : /);
    expect(fr.stdout).toContain('  CLS_Actions (Plan d\'action) : 13 lignes');
    const en = await run(['generate', 'en.xlsx', '--sample', '--years', '4', '--profile', 'normandie', '--lang=en'], dir);
    expect(en.stdout).toMatch(/^Workbook written: en\.xlsx \(filled with a fictional sample, normandie profile, 4 years, \d+ ms\)\nSheets \(\d+\): /);
    expect(en.stdout).toContain('  CLS_Actions (Plan d\'action): 13 rows');
  });

  it.each([
    [['--years', '6'], 'cls-workbook: valeur « 6 » invalide pour --years : un entier de 3 à 5\n', 'cls-workbook: invalid value "6" for --years: a whole number from 3 to 5\n'],
    [['--years', '2'], 'cls-workbook: valeur « 2 » invalide pour --years : un entier de 3 à 5\n', 'cls-workbook: invalid value "2" for --years: a whole number from 3 to 5\n'],
    [['--years', '3.5'], 'cls-workbook: valeur « 3.5 » invalide pour --years : un entier de 3 à 5\n', 'cls-workbook: invalid value "3.5" for --years: a whole number from 3 to 5\n'],
    [['--years'], "cls-workbook: l'option --years attend une valeur\n", 'cls-workbook: option --years needs a value\n'],
    [['--profile', 'bretagne'], 'cls-workbook: valeur « bretagne » invalide pour --profile : normandie, centre-val-de-loire, generic\n', 'cls-workbook: invalid value "bretagne" for --profile: normandie, centre-val-de-loire, generic\n'],
    [['--sample=yes'], 'cls-workbook: option inconnue --sample (voir cls-workbook --help)\n', 'cls-workbook: unknown option --sample (see cls-workbook --help)\n'],
  ])('refuses %j in one French or English line, writing nothing', async (options, french, english) => {
    const dir = await folder();
    expect(await run(['generate', 'cls.xlsx', ...options], dir)).toEqual({ code: 2, stdout: '', stderr: french });
    expect(await run(['generate', 'cls.xlsx', ...options, '--lang', 'en'], dir)).toEqual({ code: 2, stdout: '', stderr: english });
  });

  it.each([
    [[], 'cls-workbook: name the .xlsx file to create, e.g.: cls-workbook generate cls.xlsx --sample\n'],
    [['a.xlsx', 'b.xlsx'], 'cls-workbook: one output file expected (also got: b.xlsx)\n'],
    [['cls.ods'], 'cls-workbook: cls.ods must have the .xlsx extension\n'],
    [['absent/cls.xlsx'], 'cls-workbook: the folder of absent/cls.xlsx does not exist\n'],
  ])('refuses the output %j in English', async (args, english) => {
    expect(await run(['generate', ...args, '--lang', 'en'], await folder())).toEqual({ code: 2, stdout: '', stderr: english });
  });

  it('refuses to overwrite in English, and accepts --years 3 to 5', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'cls.xlsx'), 'precious');
    expect(await run(['generate', 'cls.xlsx', '--lang', 'en'], dir)).toEqual({ code: 2, stdout: '', stderr: 'cls-workbook: cls.xlsx already exists: nothing is overwritten (add --force to replace it)\n' });
    for (const years of ['3', '5']) expect((await run(['generate', `y${years}.xlsx`, '--years', years, '--lang', 'en'], dir)).stdout).toContain(`, ${years} years, `);
  });
});

describe('cls-workbook import --lang', () => {
  it.each([
    [['suivi.xlsx'], 'cls-workbook: name the workbook to import and the new workbook to write, e.g.: cls-workbook import tracking.xlsx cls.xlsx\n'],
    [['suivi.xlsx', 'cls.xlsx', '--year', '25'], 'cls-workbook: invalid value "25" for --year: a four-digit year, e.g. 2025\n'],
    [['suivi.xlsx', 'cls.xlsx', '--format', 'xml'], 'cls-workbook: invalid value "xml" for --format: text, json\n'],
    [['suivi.xlsx', 'cls.xlsx', '--mapping'], 'cls-workbook: option --mapping needs a value\n'],
    [['suivi.xlsx', 'cls.txt'], 'cls-workbook: cls.txt must have the .xlsx extension\n'],
    [['suivi.xlsx', 'cls.xlsx', '--frobnicate'], 'cls-workbook: unknown option --frobnicate (see cls-workbook --help)\n'],
  ])('refuses %j in one English line', async (args, english) => {
    expect(await run(['import', ...args, '--lang', 'en'], await folder())).toEqual({ code: 2, stdout: '', stderr: english });
  });

  it('refuses a bad --year in French too', async () => {
    expect(await run(['import', 'suivi.xlsx', 'cls.xlsx', '--year', '1989'], await folder())).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cls-workbook: valeur « 1989 » invalide pour --year : une année sur quatre chiffres, par exemple 2025\n',
    });
  });

  it('imports and reports in English: title, written workbook, check of the new workbook', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'suivi.xlsx'), await bufferOf(coordinatorWorkbook()));
    const result = await run(['import', 'suivi.xlsx', 'cls.xlsx', '--lang', 'en'], dir);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Import of suivi.xlsx → cls.xlsx');
    expect(lines).toContain('Workbook written: cls.xlsx (the source workbook was not modified)');
    expect(lines.find((line) => line.startsWith('Check of the new workbook: '))).toMatch(/^Check of the new workbook: \d+ errors?, \d+ warnings?, \d+ infos? \(details: cls-workbook validate cls\.xlsx\)$/);
  });

  it('says what is wrong with a saved mapping in the language asked', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'suivi.xlsx'), await bufferOf(coordinatorWorkbook()));
    const saved = JSON.parse((await run(['import', 'suivi.xlsx', 'a.xlsx', '--format', 'json'], dir)).stdout) as { mapping: { version: number } };
    // The first `column` of the mapping made something other than a column letter.
    const firstColumnSpoiled = JSON.stringify(saved.mapping).replace(/"column":"[A-Z]+"/, '"column":"b2"');
    await writeFile(join(dir, 'letter.json'), firstColumnSpoiled);
    await writeFile(join(dir, 'version.json'), JSON.stringify({ ...saved.mapping, version: 2 }));
    const letterFr = await run(['import', 'suivi.xlsx', 'b.xlsx', '--mapping', 'letter.json'], dir);
    expect(letterFr.stderr).toMatch(/^cls-workbook: mapping letter\.json invalide : areas\.\d+\.[\w.]+ : une lettre de colonne \(A, B… AA\)\n$/);
    const letterEn = await run(['import', 'suivi.xlsx', 'b.xlsx', '--mapping', 'letter.json', '--lang', 'en'], dir);
    expect(letterEn.stderr).toMatch(/^cls-workbook: mapping letter\.json invalid: areas\.\d+\.[\w.]+: a column letter \(A, B… AA\)\n$/);
    const versionEn = await run(['import', 'suivi.xlsx', 'b.xlsx', '--mapping', 'version.json', '--lang', 'en'], dir);
    expect(versionEn.stderr).toMatch(/^cls-workbook: mapping version\.json invalid: version: Invalid input: expected 1\n$/);
    expect(frenchLeft(versionEn.stderr + letterEn.stderr, CONTRACT_WORDS)).toBeNull();
  });

  it('prints the English help', async () => {
    const result = await run(['import', '--help', '--lang', 'en'], await folder());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^cls-workbook — Tableaux CLS: checks and creates/);
    expect(result.stdout).toContain('--lang fr|en           language of the messages, for every command (default: fr)');
  });
});
