/**
 * `cls-workbook diff` on two versions of the clean fixture with known edits — the second saved with its commitments in
 * reverse order — reports exactly those edits, and the money per partner moves by the hand-summed amounts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AS_OF, fingerprint, run } from '../cli/helpers';
import { buildWorkbookBuffer, day, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';
import type { FixtureWorkbook } from '../fixtures/cls-workbooks';

/** The known edits, made by a coordinator between two COPIL. */
function nextVersion(): FixtureWorkbook {
  const m = fixtureModel('clean');
  const fundings = tableOf(m, 'CLS_Financements');
  setCell(fundings, 9, 'Montant (€)', 6_000); // CPAM, 1.1.1, 2026: 3 000 → 6 000 €
  setCell(fundings, 18, 'Statut', 'Acquis'); // MSA, 3.1.1, 2027: sollicité → acquis
  setCell(fundings, 16, 'Année', 2026); // ANCT, 2.1.1: 2027 → 2026
  fundings.rows.splice(6, 1); // the ARS diagnostic (8 000 €, 2025) withdrawn
  fundings.rows.push(['Action', '3.1.1', 'CAF', 'Financier', 2027, 1_500, 'Sollicité', 'Nouvelle demande']);
  // Saved in another order: rows are matched by content, not by position.
  fundings.rows.reverse();
  const actions = tableOf(m, 'CLS_Actions');
  setCell(actions, 1, 'Statut', 'Réalisée'); // 1.1.2
  setCell(actions, 1, 'Avancement (%)', 1);
  setCell(actions, 4, 'Début', day(2026, 11, 2)); // 3.2.1 starts earlier
  setCell(tableOf(m, 'CLS_Evaluation'), 0, 'Réalisé année 3', 18); // 1.1.1 « Nombre de personnes formées »
  tableOf(m, 'CLS_Financeurs').rows.push(['Mutuelle de Valmont', 'Autre', 'Non']);
  return m;
}

interface DiffJson {
  committed: { before: number; after: number; delta: number };
  byPartner: Record<string, { before: number; after: number; delta: number }>;
  commitments: { kind: string; fields?: string[]; before?: { funder: string; object: string; action: string | null; year: number; amount: number; status: string }; after?: { funder: string; object: string; action: string | null; year: number; amount: number; status: string } }[];
  actions: { kind: string; action: string; changes: { field: string; before: unknown; after: unknown }[] }[];
  measures: { kind: string; action: string; indicator: string; year: number; before: unknown; after: unknown }[];
  partnersAdded: string[];
  partnersRemoved: string[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cls-diff-'));
  await writeFile(join(dir, 'avant.xlsx'), await buildWorkbookBuffer(fixtureModel('clean')));
  await writeFile(join(dir, 'apres.xlsx'), await buildWorkbookBuffer(nextVersion()));
  const shuffled = fixtureModel('clean');
  tableOf(shuffled, 'CLS_Financements').rows.reverse();
  tableOf(shuffled, 'CLS_Actions').rows.reverse();
  await writeFile(join(dir, 'reordonne.xlsx'), await buildWorkbookBuffer(shuffled));
  const other = fixtureModel('clean');
  setCell(tableOf(other, 'CLS_Parametres'), 0, 'Valeur', 'Contrat local de santé de Bellerive');
  await writeFile(join(dir, 'autre.xlsx'), await buildWorkbookBuffer(other));
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('two versions with known edits', () => {
  let json: DiffJson;
  beforeAll(async () => {
    const result = await run(['diff', 'avant.xlsx', 'apres.xlsx', '--format', 'json', ...AS_OF], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    json = JSON.parse(result.stdout) as DiffJson;
  });

  it('reports exactly the five commitment edits', () => {
    const described = json.commitments.map((c) => {
      const line = c.after ?? c.before!;
      return [c.kind, line.object, line.action, line.funder, ...(c.kind === 'changed' ? [c.fields, c.before!.amount, c.after!.amount, c.before!.status, c.after!.status, c.before!.year, c.after!.year] : [line.year, line.amount, line.status])];
    });
    expect(described).toHaveLength(5);
    expect(described).toEqual(
      expect.arrayContaining([
        ['changed', 'Action', '1.1.1', 'CPAM', ['amount'], 3_000, 6_000, 'Acquis', 'Acquis', 2026, 2026],
        ['changed', 'Action', '3.1.1', 'MSA', ['status'], 4_500, 4_500, 'Sollicité', 'Acquis', 2027, 2027],
        ['changed', 'Action', '2.1.1', 'ANCT', ['year'], 5_000, 5_000, 'Sollicité', 'Sollicité', 2027, 2026],
        ['removed', 'Diagnostic', null, 'ARS', 2025, 8_000, 'Acquis'],
        ['added', 'Action', '3.1.1', 'CAF', 2027, 1_500, 'Sollicité'],
      ]),
    );
  });

  it('moves the money per partner to the cent: CPAM +3 000 €, ARS −8 000 €, CAF +1 500 €, nothing else', () => {
    expect(json.byPartner).toEqual({
      ARS: { before: 112_000, after: 104_000, delta: -8_000 },
      CPAM: { before: 3_000, after: 6_000, delta: 3_000 },
      CAF: { before: 4_500, after: 6_000, delta: 1_500 },
    });
    expect(json.committed).toEqual({ before: 236_500.5, after: 233_000.5, delta: -3_500 });
  });

  it('reports the actions whose status, progress or dates changed, and the new measure', () => {
    expect(json.actions).toEqual([
      { kind: 'changed', action: '1.1.2', title: 'Créer un conseil local de santé mentale', changes: [
        { field: 'status', before: 'En cours', after: 'Réalisée' },
        { field: 'progress', before: 0.4, after: 1 },
      ] },
      { kind: 'changed', action: '3.2.1', title: 'Qualité de l’air intérieur dans les crèches', changes: [{ field: 'start', before: '2027-01-04', after: '2026-11-02' }] },
    ]);
    expect(json.measures).toEqual([{ kind: 'measured', action: '1.1.1', indicator: 'Nombre de personnes formées', year: 3, before: null, after: 18 }]);
    expect(json.partnersAdded).toEqual(['Mutuelle de Valmont']);
    expect(json.partnersRemoved).toEqual([]);
  });

  it('says it in French within 80 columns, and never touches either file', async () => {
    const before = await Promise.all(['avant.xlsx', 'apres.xlsx'].map((f) => fingerprint(join(dir, f))));
    const { stdout, code } = await run(['diff', 'avant.xlsx', 'apres.xlsx', ...AS_OF], dir);
    expect(code).toBe(0);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Engagé (acquis + sollicité) : 236 500,50 € → 233 000,50 € (-3 500,00 €)');
    expect(flat).toContain('~ modifié (F18) : Action 1.1.1 · CPAM · Financier : montant 3 000,00 € → 6 000,00 €');
    expect(flat).toContain('− retiré (F8) : Diagnostic · ARS · Financier · 2025 · 8 000,00 € · Acquis');
    expect(flat).toContain('~ 1.1.2 Créer un conseil local de santé mentale : statut En cours → Réalisée ; avancement 40 % → 100 %');
    expect(flat).toContain('+ 1.1.1 Nombre de personnes formées : réalisé année 3 : 18 (nouvelle mesure)');
    expect(flat).toContain('Partenaires ajoutés à la liste : Mutuelle de Valmont');
    expect(await Promise.all(['avant.xlsx', 'apres.xlsx'].map((f) => fingerprint(join(dir, f))))).toEqual(before);
  });

  it('speaks English with --lang en, list values included', async () => {
    const { stdout } = await run(['diff', 'avant.xlsx', 'apres.xlsx', '--lang', 'en', ...AS_OF], dir);
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Committed (secured + requested): €236,500.50 → €233,000.50 (-€3,500.00)');
    expect(flat).toContain('~ 1.1.2 Créer un conseil local de santé mentale: status In progress → Done; progress 40% → 100%');
    expect(flat).not.toMatch(/Engagé|modifié|retiré|Acquis|Sollicité/);
  });
});

describe('nothing changed', () => {
  it('the same workbook saved with its rows in another order', async () => {
    const { stdout, code } = await run(['diff', 'avant.xlsx', 'reordonne.xlsx', '--format', 'json', ...AS_OF], dir);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as DiffJson;
    expect([json.commitments, json.actions, json.measures, json.partnersAdded, Object.keys(json.byPartner)]).toEqual([[], [], [], [], []]);
    const text = await run(['diff', 'avant.xlsx', 'reordonne.xlsx', ...AS_OF], dir);
    expect(text.stdout).toContain('Aucun changement dans les engagements');
  });
});

describe('bad input → exit 2, one line', () => {
  it.each<[string, string[], RegExp]>([
    ['two different CLS', ['avant.xlsx', 'autre.xlsx'], /avant\.xlsx \(« Contrat local de santé de Valmont — Communauté de communes de Valmont »\) et autre\.xlsx \(« Contrat local de santé de Bellerive — Communauté de communes de Valmont »\) ne sont pas deux versions du même CLS/],
    ['one file', ['avant.xlsx'], /indiquez deux classeurs/],
    ['the same file twice', ['avant.xlsx', './avant.xlsx'], /est indiqué deux fois/],
    ['a missing file', ['avant.xlsx', 'absent.xlsx'], /absent\.xlsx : fichier introuvable/],
  ])('%s', async (_label, args, pattern) => {
    const result = await run(['diff', ...args, ...AS_OF], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });
});
