import { planWorkbook } from '../../src/domain/generate';
import { claimOwnedSheets, isOwnedSheet, ownedSheetName, sheetOfRef } from '../../src/domain/generate/ownership';
import type { WorkbookPlan } from '../../src/domain/generate/plan';

/** Planned in each test: mutation testing links a mutant to the tests that run it. */
const samplePlan = () => planWorkbook({ profile: 'normandie', years: 3, sample: true });
const sheetsOf = (p: ReturnType<typeof samplePlan>) => p.sheets.map((s) => s.name);
const allText = (p: ReturnType<typeof samplePlan>) => JSON.stringify(p);

describe('owned sheets', () => {
  it('marks every owned sheet of a generated plan', () => {
    const plan = samplePlan();
    const owned = plan.sheets.filter((s) => s.owned).map((s) => s.name);
    expect(owned).toEqual(expect.arrayContaining(['Engagements partenaires', 'Synthèse', 'Listes']));
    for (const name of owned) expect(isOwnedSheet(name, plan.names)).toBe(true);
    expect(isOwnedSheet("Plan d'action", plan.names)).toBe(false);
  });

  it.each([
    ["'Synthèse (CLS)'!$A$1", 'Synthèse (CLS)'],
    ['=Listes!$A$2:$A$6', 'Listes'],
    ["'Plan d''action'!A1", "Plan d'action"],
    ['CLS_Financeurs[Financeur]', null],
  ])('sheetOfRef(%j) = %j', (ref, sheet) => {
    expect(sheetOfRef(ref)).toBe(sheet);
  });

  it('keeps the plan as it is in a workbook without those sheets', () => {
    const plan = samplePlan();
    const { plan: fitted, moved } = claimOwnedSheets(plan, { sheets: [{ name: 'Feuil1' }], names: [] });
    expect(moved).toEqual([]);
    expect(sheetsOf(fitted)).toEqual(sheetsOf(plan));
  });

  it('moves ours beside a user sheet of the same name, with every reference to it', () => {
    const plan = samplePlan();
    const { plan: fitted, moved } = claimOwnedSheets(plan, { sheets: [{ name: 'listes' }, { name: 'Synthèse' }], names: [] });
    expect(moved).toEqual([
      { from: 'Synthèse', to: 'Synthèse (CLS)' },
      { from: 'Listes', to: 'Listes (CLS)' },
    ]);
    expect(sheetsOf(fitted)).toContain('Listes (CLS)');
    const text = allText(fitted);
    expect(text).not.toMatch(/[^']Listes!/);
    expect(text).toContain("'Listes (CLS)'!");
    expect(fitted.names.find((n) => n.name === 'Liste_Statuts')?.ref).toMatch(/^'Listes \(CLS\)'!\$[A-Z]+\$2:/);
    expect(isOwnedSheet('Listes (CLS)', fitted.names)).toBe(true);
    expect(isOwnedSheet('listes', fitted.names)).toBe(false);
  });

  it('follows a marker to the sheet it designates, even renamed', () => {
    const plan = samplePlan();
    const names = [{ name: 'CLS_Feuille_Synthese', ref: "'Bilan CLS'!$A$1" }];
    const { plan: fitted } = claimOwnedSheets(plan, { sheets: [{ name: 'Synthèse' }, { name: 'Bilan CLS' }], names });
    expect(sheetsOf(fitted)).toContain('Bilan CLS');
    expect(sheetsOf(fitted)).not.toContain('Synthèse');
  });
});

describe('ownership at its edges', () => {
  it.each([
    ["'a=b'!$A$1", 'a=b'],
    [" =Listes!$A$1 ", 'Listes'],
    ["'abc!$A$1", "'abc"],
    ["abc'!$A$1", "abc'"],
    ["''!$A$1", ''],
    ['!$A$1', null],
    ['Listes', null],
  ])('sheetOfRef(%j) = %j', (ref, sheet) => {
    expect(sheetOfRef(ref)).toBe(sheet);
  });

  /** A small plan: our Listes sheet and a user sheet whose cells name Listes in a formula and in a text. */
  const smallPlan = (): WorkbookPlan => ({
    sheets: [
      { name: 'Listes', owned: true, blocks: [] },
      { name: 'Saisie', owned: false, blocks: [{ kind: 'range', anchor: 'A1', values: [['Listes!A1', { formula: 'Listes!A1+1' }]] }] },
      { name: 'Synthèse', owned: false, blocks: [] },
    ],
    names: [{ name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$5' }],
  });

  it('moving our sheet rewrites formulas and names, never a text that only looks like a reference', () => {
    const { plan, moved } = claimOwnedSheets(smallPlan(), { sheets: [{ name: 'Listes', values: [['mes listes']] }] });
    expect(moved).toEqual([{ from: 'Listes', to: 'Listes (CLS)' }]);
    const range = plan.sheets[1]!.blocks[0] as unknown as { values: unknown[][] };
    expect(range.values).toEqual([['Listes!A1', { formula: "'Listes (CLS)'!A1+1" }]]);
    expect(plan.names).toEqual([
      { name: 'Liste_Statuts', ref: "'Listes (CLS)'!$A$2:$A$5" },
      // The marker follows the sheet it marks.
      { name: 'CLS_Feuille_Listes', ref: "'Listes (CLS)'!$A$1", comment: 'Feuille produite par Tableaux CLS' },
    ]);
  });

  it.each<[string, { name: string; values?: unknown[][]; drawings?: number }, { sheet: string }[], boolean]>([
    ['blank', { name: 'Listes', values: [[null, ''], []] }, [], false],
    ['a value on its second row', { name: 'Listes', values: [[null], ['x']] }, [], true],
    ['a value beside an empty cell', { name: 'Listes', values: [[null, 'x']] }, [], true],
    ['a chart', { name: 'Listes', values: [], drawings: 1 }, [], true],
    ['a table', { name: 'Listes', values: [] }, [{ sheet: 'listes' }], true],
    ['values not read', { name: 'Listes' }, [], true],
  ])('a user sheet called Listes holding %s: ours moves beside it: %p', (_label, sheet, tables, moves) => {
    const { moved } = claimOwnedSheets(smallPlan(), { sheets: [sheet], tables });
    expect(moved.length > 0).toBe(moves);
  });

  it('a sheet we plan as the user’s is never moved, even under one of our names', () => {
    const { moved, plan } = claimOwnedSheets(smallPlan(), { sheets: [{ name: 'Synthèse', values: [['x']] }] });
    expect(moved).toEqual([]);
    // Nor does it get a marker.
    expect(plan.names.map((n) => n.name)).toEqual(['Liste_Statuts', 'CLS_Feuille_Listes']);
  });

  it('ownedSheetName: where our sheet lives in this workbook', () => {
    expect(ownedSheetName('Synthèse', { sheets: [] })).toBe('Synthèse');
    expect(ownedSheetName('Synthèse', { sheets: [{ name: 'synthèse', values: [['x']] }] })).toBe('Synthèse (CLS)');
    expect(ownedSheetName('Synthèse', { sheets: [{ name: 'Synthèse', values: [['x']] }, { name: 'Bilan' }], names: [{ name: 'CLS_Feuille_Synthese', ref: 'Bilan!$A$1' }] })).toBe('Bilan');
  });
});
