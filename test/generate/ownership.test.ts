import { planWorkbook } from '../../src/domain/generate';
import { claimOwnedSheets, isOwnedSheet, sheetOfRef } from '../../src/domain/generate/ownership';

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
