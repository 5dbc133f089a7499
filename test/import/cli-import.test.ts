/** `cls-workbook import`: a new workbook, the mapping and the conservation report; the source untouched. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { validateWorkbook } from '../../src/domain/validate';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { fingerprint, run } from '../cli/helpers';
import { addMatrix, bufferOf, coordinatorWorkbook } from './shapes';

async function folderWith(workbook: Workbook): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cls-import-'));
  await writeFile(join(dir, 'suivi.xlsx'), await bufferOf(workbook));
  return dir;
}

describe('cls-workbook import', () => {
  it('writes a new workbook with the three tables, prints mapping and conservation, leaves the source byte-identical', async () => {
    const dir = await folderWith(coordinatorWorkbook());
    const before = await fingerprint(join(dir, 'suivi.xlsx'));
    const result = await run(['import', 'suivi.xlsx', 'cls.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await fingerprint(join(dir, 'suivi.xlsx'))).toEqual(before);
    expect(result.stdout).toContain('Import de suivi.xlsx → cls.xlsx');
    expect(result.stdout).toContain('B « ARS » → ARS (2025)');
    expect(result.stdout).toContain('C « Coll locale » → Collectivité porteuse (2025)');
    expect(result.stdout).toContain(
      '  Engagements 2025-2026!A3:L10 : source 613\u00a0006,60\u00a0€ = importé 152\u00a0251,65\u00a0€ + budget 0,00\u00a0€ + écarté 460\u00a0754,95\u00a0€ ✓ (42 nombres)',
    );
    expect(result.stdout).toContain('  restant à trouver : 7 cellules, 5\u00a0000,00\u00a0€');
    expect(result.stdout).toContain('     A → N° action, B → Intitulé de l\'action, C → Pilote, D → Fin, E → Statut, F → Budget prévisionnel (€)');
    expect(result.stdout).toContain('Importé : 4 actions, 23 engagements, 7 indicateurs ; partenaires ajoutés à la liste : Commune, Ville');
    const report = validateWorkbook(await readWorkbookFile(join(dir, 'cls.xlsx')), { asOf: '2026-11-23', profile: 'generic' });
    expect(report.totals.committedCents).toBe(15495200);
    expect(report.totals.byFunderCents).toEqual({ ARS: 8420030, 'Collectivité porteuse': 5750050, CAF: 1040070, Commune: 135025, Ville: 150025 });
  });

  it('refuses an existing output and the source as output, in one French line', async () => {
    const dir = await folderWith(coordinatorWorkbook());
    await writeFile(join(dir, 'deja.xlsx'), 'x');
    const existing = await run(['import', 'suivi.xlsx', 'deja.xlsx'], dir);
    expect([existing.code, existing.stderr]).toEqual([2, 'cls-workbook: deja.xlsx existe déjà : l’import écrit toujours un NOUVEAU classeur, rien n’est écrasé\n']);
    expect(await readFile(join(dir, 'deja.xlsx'), 'utf8')).toBe('x');
    const same = await run(['import', 'suivi.xlsx', './suivi.xlsx'], dir);
    expect([same.code, same.stderr]).toEqual([2, 'cls-workbook: ./suivi.xlsx est le classeur source : l’import ne le modifie jamais, choisissez un autre nom\n']);
  });

  it('asks for --year on a matrix without years, then imports with it', async () => {
    const w = new Workbook();
    addMatrix(w, false);
    const dir = await folderWith(w);
    const refused = await run(['import', 'suivi.xlsx', 'cls.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'cls-workbook: import refusé, rien n’est écrit : Engagements 2025-2026!A3:L10 : aucune année (ni bandeau d’années, ni colonne Année) ; précisez --year AAAA\n',
    );
    const done = await run(['import', 'suivi.xlsx', 'cls.xlsx', '--year', '2026'], dir);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Engagements 2025-2026!A3:L10 : sans année indiquée, montants comptés en 2026 (option --year)');
  });

  it('reuses the JSON report’s mapping with --mapping, and refuses a bad one in French', async () => {
    const dir = await folderWith(coordinatorWorkbook());
    const first = await run(['import', 'suivi.xlsx', 'a.xlsx', '--format', 'json'], dir);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout) as { mapping: { areas: { kind: string; include: boolean }[] }; conservation: { imported: number }[] };
    expect(json.conservation.map((c) => c.imported)).toEqual([0, 152251.65, 13550.4]);
    // Leave the commitments list out: its money is then listed as skipped, nothing imported from it.
    const list = json.mapping.areas.find((a) => a.kind === 'funding-list');
    if (list) list.include = false;
    await writeFile(join(dir, 'm.json'), JSON.stringify(json));
    const second = await run(['import', 'suivi.xlsx', 'b.xlsx', '--mapping', 'm.json', '--format', 'json'], dir);
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as { conservation: { imported: number; skipped: number }[] }).conservation.map((c) => [c.imported, c.skipped])).toEqual([
      [0, 44000.9],
      [152251.65, 460754.95],
      [0, 33100.8],
    ]);
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ version: 2, areas: [] }));
    const bad = await run(['import', 'suivi.xlsx', 'c.xlsx', '--mapping', 'bad.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cls-workbook: mapping bad\.json invalide : version : /);
    await writeFile(join(dir, 'notjson.json'), '{');
    expect((await run(['import', 'suivi.xlsx', 'c.xlsx', '--mapping', 'notjson.json'], dir)).stderr).toBe('cls-workbook: mapping notjson.json invalide : ce n’est pas du JSON\n');
  });

  it('writes the English report with English punctuation: no French colon spacing or guillemets', async () => {
    const dir = await folderWith(coordinatorWorkbook());
    const result = await run(['import', 'suivi.xlsx', 'cls.xlsx', '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  total row: 13 cells, €367,054.60 — ');
    expect(result.stdout).toContain('Engagements 2025-2026!E6 "à définir"');
    // Numbers of a skipped row in the reader's format.
    expect(result.stdout).toContain('Tableau de bord!10 "TOTAL · 44,000.9" — total row');
    // Colons inside the user's own texts (« Axe 1 : Santé mentale ») stay as typed.
    expect(result.stdout).not.toMatch(/«|[a-z] : \d/);
  });

  it('says what it looked for and shows the first rows when nothing is recognisable, writing nothing', async () => {
    const w = new Workbook();
    w.addWorksheet('Notes').addRow(['Réunion du 12 mars', 'à relancer']);
    const dir = await folderWith(w);
    const result = await run(['import', 'suivi.xlsx', 'cls.xlsx', '--lang', 'en'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Looked for on every sheet: a partner matrix');
    expect(result.stdout).toContain('First rows of sheet "Notes", as read:\n  1 | Réunion du 12 mars | à relancer');
    expect(result.stderr).toBe('cls-workbook: nothing to import in suivi.xlsx: no area recognised (details above)\n');
    await expect(readFile(join(dir, 'cls.xlsx'))).rejects.toThrow();
  });
});
