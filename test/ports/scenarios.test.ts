/**
 * One scenario suite, two ports: the Office.js port (over the fake Excel) and the in-memory port apply the
 * same plan to the same workbook and must agree — same outcome or same refusal, same tables, names and
 * constant cells — and a second apply changes nothing. The decisions live once, in src/domain/apply.
 */
import { planWorkbook } from '../../src/domain/generate';
import { adoptPlainRanges } from '../../src/domain/generate/adopt';
import { claimOwnedSheets } from '../../src/domain/generate/ownership';
import type { WorkbookPlan } from '../../src/domain/generate/plan';
import type { ApplyOutcome } from '../../src/domain/port';
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { createExcelPort } from '../../src/excel';
import '../excel/lazy-modules';
import { createMemoryPort } from '../../src/taskpane/memory-port';
import { installFakeExcel } from '../excel/fake-excel';
import type { FakeWorkbookState } from '../excel/fake-excel';
import { constants, fakeFromSnapshot } from './fixtures';

const sheet = (name: string, values: SheetSnapshot['values'], extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({ name, top: 1, left: 1, values, ...extra });
const table = (name: string, sheetName: string, top: number, left: number, bottom: number, right: number): TableSnapshot => ({ name, sheet: sheetName, top, left, bottom, right, hasHeaderRow: true });

/** The plan as the pane fits it to a workbook: plain ranges adopted, our sheets beside the user's. */
function fittedPlan(snapshot: WorkbookSnapshot, sample = false): WorkbookPlan {
  const base = planWorkbook({ profile: 'normandie', years: 3, sample, startYear: 2025 });
  return claimOwnedSheets(adoptPlainRanges(base, snapshot).plan, snapshot).plan;
}

const FUNDING_HEADERS = ['Objet', 'N°action', 'Financeur', 'Nature', 'Annee', 'Montant(€)', 'Statut', 'Commentaire'];

type Settled = { ok: true; outcome: ApplyOutcome } | { ok: false; error: Error };
/** What this scenario is about, checked on the Excel side once both ports agree. */
type Check = (result: Settled, state: FakeWorkbookState) => void;

const refused = (pattern: RegExp): Check => (result) => expect(result.ok ? 'applied' : result.error.message).toMatch(pattern);
const applied = (check: (outcome: ApplyOutcome, state: FakeWorkbookState) => void): Check => (result, state) => {
  if (!result.ok) throw result.error;
  check(result.outcome, state);
};

const SCENARIOS: readonly (readonly [string, WorkbookSnapshot, boolean, Check])[] = [
  [
    'an empty workbook, sample data',
    { sheets: [sheet('Feuil1', [])], tables: [], names: [] },
    true,
    applied((outcome) => expect(outcome.createdTables).toEqual(['CLS_Parametres', 'CLS_Financeurs', 'CLS_Actions', 'CLS_Financements', 'CLS_Evaluation', 'CLS_Suivi', 'CLS_Instances'])),
  ],
  [
    'user tables with other spellings and missing columns, free on their right',
    {
      sheets: [
        sheet("Plan d'action", [['N° action', "Intitulé de l'action", 'Statut'], ['1.1.1', 'Maison de santé', 'En cours'], ['1.1.2', 'Prévention', 'Réalisée']]),
        sheet('Financements', [FUNDING_HEADERS, ['Fonctionnement', '1.1.1', 'ARS', 'Numéraire', 2025, 12000, 'Acquis', 'note']]),
      ],
      tables: [table('CLS_Actions', "Plan d'action", 1, 1, 3, 3), table('CLS_Financements', 'Financements', 1, 1, 2, 8)],
      names: [{ name: 'Ma_Plage', ref: "Financements!$A$1:$B$2" }],
    },
    false,
    applied((outcome, state) => {
      expect(outcome.addedColumns).toContain('CLS_Actions[Budget prévisionnel (€)]');
      // Formulas name the user's own spellings, which Excel matches exactly.
      const formulas = JSON.stringify(state.sheet('Engagements partenaires')?.contents());
      expect(formulas).toContain('CLS_Financements[Montant(€)]');
      expect(formulas).toContain('CLS_Financements[Annee]');
      expect(formulas).not.toContain('CLS_Financements[Montant (€)]');
      expect(state.name('Ma_Plage')?.formula).toBe('=Financements!$A$1:$B$2');
    }),
  ],
  [
    'a funding table whose missing column cannot be added (a note right of it)',
    {
      sheets: [sheet('Financements', [['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', null, 'ma note']])],
      tables: [table('CLS_Financements', 'Financements', 1, 1, 2, 6)],
      names: [],
    },
    false,
    refused(/rien n’a été modifié, car la colonne «\sStatut\s» manque dans le tableau CLS_Financements et ne peut pas être ajoutée/),
  ],
  [
    'a funding list kept as a plain range under a title',
    {
      sheets: [sheet('Financements', [['Nos financements'], [], ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Commentaire'], ['Fonctionnement', '1.1.1', 'CAF', 'Numéraire', 2025, 5000, 'Acquis', null]])],
      tables: [],
      names: [],
    },
    false,
    applied((outcome) => {
      expect(outcome.adoptedRanges).toEqual(['Financements!A3:H4 → CLS_Financements']);
      // Adopted and completed in the same run: the right of the range is free.
      expect(outcome.addedColumns).toEqual(['CLS_Financements[Montant versé (€)]']);
    }),
  ],
  [
    'a user sheet called Synthèse',
    { sheets: [sheet('Synthèse', [['Mon tableau de bord'], [42]])], tables: [], names: [] },
    false,
    applied((outcome, state) => {
      expect(outcome.createdSheets).toContain('Synthèse (CLS)');
      expect(state.sheet('Synthèse')?.contents()).toEqual({ A1: 'Mon tableau de bord', A2: 42 });
    }),
  ],
  [
    'user data where a new table would go',
    { sheets: [sheet('Paramètres', [['Mes notes', 'à garder'], ['ligne 2', null]])], tables: [], names: [] },
    false,
    applied((_outcome, state) => {
      // A1:B… is taken: below the user's rows with one blank row; D1 is free: where the plan wants it.
      expect(state.table('CLS_Parametres')?.rect.top).toBe(4);
      expect(state.table('CLS_Financeurs')?.rect.top).toBe(1);
    }),
  ],
  [
    'merged empty cells where a new table would go',
    { sheets: [sheet('Paramètres', [[null]], { merges: ['B3:E4'] })], tables: [], names: [] },
    false,
    applied((_outcome, state) => {
      // Below the merged area, one blank row between; the second table goes below everything placed before it.
      expect(state.table('CLS_Parametres')?.rect.top).toBe(6);
      expect(state.table('CLS_Financeurs')?.rect.top).toBeGreaterThan(state.table('CLS_Parametres')?.rect.bottom ?? Infinity);
    }),
  ],
  [
    'a defined name equal to a table to create',
    { sheets: [sheet('Feuil1', [[1]])], tables: [], names: [{ name: 'CLS_Actions', ref: 'Feuil1!$A$1' }] },
    false,
    refused(/le nom «\sCLS_Actions\s» est déjà un nom défini du classeur/),
  ],
];

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const settle = (promise: Promise<ApplyOutcome>): Promise<Settled> =>
  promise.then(
    (outcome) => ({ ok: true as const, outcome }),
    (error: Error) => ({ ok: false as const, error }),
  );

const contentsOf = (state: FakeWorkbookState): Record<string, Record<string, unknown>> => Object.fromEntries(state.sheets.map((s) => [s.name, s.contents()]));
const byName = <T extends { name: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.name.localeCompare(b.name));

describe.each(SCENARIOS)('both ports on %s', (_label, snapshot, sample, check) => {
  it('agree on the outcome (or the refusal), the tables, the names and every constant cell; a second apply changes nothing', async () => {
    const plan = fittedPlan(snapshot, sample);
    const state = fakeFromSnapshot(snapshot);
    uninstall = installFakeExcel(state);
    const excel = createExcelPort({ supports: () => true });
    const memory = createMemoryPort(snapshot);
    const before = contentsOf(state);

    const [inExcel, inMemory] = [await settle(excel.apply!(plan)), await settle(memory.apply(plan))];
    check(inMemory, state);
    expect(inExcel.ok).toBe(inMemory.ok);
    if (!inExcel.ok || !inMemory.ok) {
      // Same refusal, same words; and Excel was left exactly as it was.
      expect(inExcel.ok ? '' : inExcel.error.message).toContain(inMemory.ok ? '?' : inMemory.error.message);
      expect(contentsOf(state)).toEqual(before);
      return;
    }
    expect(inExcel.outcome).toEqual(inMemory.outcome);

    const [readExcel, readMemory] = [await excel.read(), await memory.read()];
    expect(byName(readExcel.tables)).toEqual(byName(readMemory.tables));
    expect(byName(readExcel.names ?? [])).toEqual(byName(readMemory.names ?? []));
    for (const s of state.sheets) {
      const fake = Object.fromEntries(Object.entries(s.contents()).filter(([, v]) => !(typeof v === 'string' && v.startsWith('='))));
      const mem = constants(readMemory, s.name);
      for (const [address, value] of Object.entries(fake)) expect([s.name, address, mem[address]]).toEqual([s.name, address, value]);
    }
    // Every cell the user had is still there, in both.
    for (const s of snapshot.sheets) {
      const userCells = constants(snapshot, s.name);
      const [inFake, inMem] = [constants(readExcel, s.name), constants(readMemory, s.name)];
      for (const [address, value] of Object.entries(userCells)) {
        expect([s.name, address, inFake[address], inMem[address]]).toEqual([s.name, address, value, value]);
      }
    }

    const afterFirst = contentsOf(state);
    const [againExcel, againMemory] = [await excel.apply!(plan), await memory.apply(plan)];
    expect(againExcel).toEqual(againMemory);
    expect(againExcel.createdSheets.length + againExcel.createdTables.length + againExcel.addedColumns.length + againExcel.createdNames.length).toBe(0);
    expect(contentsOf(state)).toEqual(afterFirst);
  });
});
