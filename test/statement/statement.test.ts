/**
 * The partner statement on the clean fixture, figures summed by hand from its CLS_Financements rows
 * (test/fixtures/cls-model.ts), and on copies with the slips people make.
 */
import { computeTotals } from '../../src/domain/totals';
import { buildModel } from '../../src/domain/model';
import { statementOf } from '../../src/domain/statement';
import type { PartnerStatement, StatementResult } from '../../src/domain/statement';
import { validateWorkbook } from '../../src/domain/validate';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { buildWorkbookBuffer, FIXTURE_AS_OF, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';
import type { FixtureWorkbook } from '../fixtures/cls-workbooks';

const snapshotOf = async (model: FixtureWorkbook = fixtureModel('clean')): Promise<WorkbookSnapshot> => readWorkbookBuffer(await buildWorkbookBuffer(model));

const statement = (result: StatementResult): PartnerStatement => {
  if (result.kind !== 'statement') throw new Error(`expected a statement, got ${result.kind}`);
  return result.statement;
};

let clean: WorkbookSnapshot;
beforeAll(async () => {
  clean = await snapshotOf();
});

describe('the ARS over the whole contract', () => {
  let ars: PartnerStatement;
  beforeAll(() => {
    ars = statement(statementOf(clean, { funder: 'ARS', asOf: FIXTURE_AS_OF }));
  });

  it('sums its Financier lines: 84 000 € acquis + 28 000 € sollicité', () => {
    // Acquis: coordination 2025 and 2026 (2 × 25 000), diagnostic 8 000, 1.1.1 6 000, 1.1.2 2 × 10 000.
    // Sollicité: coordination 2027 25 000, 3.2.1 3 000.
    expect(ars.money).toEqual({ securedCents: 8_400_000, requestedCents: 2_800_000, forecastCents: 0, committedCents: 11_200_000, valuedCents: 0 });
    expect(ars.clsCommittedCents).toBe(23_650_050);
    expect(ars.shareOfCls).toBeCloseTo(112_000 / 236_500.5, 12);
    expect(ars.partner).toBe('ARS');
    expect(ars.clsName).toBe('Contrat local de santé de Valmont');
    expect(ars.territory).toBe('Communauté de communes de Valmont');
  });

  it('gives one row per action or objet, in the plan’s order, with its share of the budget', () => {
    expect(ars.rows.map((r) => [r.action ?? r.object, r.money.committedCents, r.budgetCents, r.allPartnersCents, r.shareOfBudget])).toEqual([
      ['1.1.1', 600_000, 1_200_000, 1_200_000, 0.5],
      ['1.1.2', 2_000_000, 3_000_000, 3_000_000, 2 / 3],
      ['3.2.1', 300_000, 600_000, 600_000, 0.5],
      // The post: 50 000 € a year × 3 years; the ARS and the collectivité 25 000 € each a year.
      ['Coordination', 7_500_000, 15_000_000, 15_000_000, 0.5],
      ['Diagnostic', 800_000, null, 800_000, null],
    ]);
    expect(ars.rows[0]?.title).toBe('Former des sentinelles en santé mentale');
  });

  it('lists its 8 lines and, per year, acquis and sollicité apart', () => {
    expect(ars.lines).toHaveLength(8);
    expect(ars.lines.every((l) => l.basis === 'committed')).toBe(true);
    expect(ars.byYear.map((y) => [y.year, y.money.securedCents, y.money.requestedCents])).toEqual([
      ['2025', 4_900_000, 0],
      ['2026', 3_500_000, 0],
      ['2027', 0, 2_800_000],
    ]);
  });

  it('states the coordination-post rules of the Normandie profile with their figures, all met', () => {
    expect(ars.coordination?.map((y) => [y.year, y.arsCents, y.othersCents, y.ok])).toEqual([
      [2025, 2_500_000, 2_500_000, true],
      [2026, 2_500_000, 2_500_000, true],
      [2027, 2_500_000, 2_500_000, true],
    ]);
    expect(ars.coordination?.[0]?.checks.map((c) => [c.rule, c.applies, c.amountCents, c.limitCents])).toEqual([
      ['funding.ars-coordination-cap', true, 2_500_000, 2_500_000],
      ['funding.ars-coordination-share', true, 2_500_000, 2_500_000],
      ['funding.coordination-cofinancing', true, 2_500_000, 2_500_000],
    ]);
  });

  it('agrees with the validation’s totals, the matrix’s basis', () => {
    const totals = validateWorkbook(clean, { asOf: FIXTURE_AS_OF }).totals;
    expect(ars.money.committedCents).toBe(totals.byFunderCents.ARS);
    expect(ars.rows.reduce((sum, r) => sum + r.money.committedCents, 0)).toBe(totals.byFunderCents.ARS);
  });
});

describe('one year, another partner', () => {
  it('the ARS in 2026: coordination 25 000 € and 1.1.2 10 000 €, out of 76 500,50 € for the CLS', () => {
    const ars = statement(statementOf(clean, { funder: 'ARS', year: 2026, asOf: FIXTURE_AS_OF }));
    expect(ars.money.committedCents).toBe(3_500_000);
    expect(ars.clsCommittedCents).toBe(7_650_050);
    expect(ars.rows.map((r) => [r.action ?? r.object, r.money.committedCents, r.budgetCents])).toEqual([
      ['1.1.2', 1_000_000, 3_000_000],
      // One year of the post.
      ['Coordination', 2_500_000, 5_000_000],
    ]);
    expect(ars.coordination?.map((y) => y.year)).toEqual([2026]);
  });

  it('the collectivité: its valorised means apart from the committed total', () => {
    const collectivite = statement(statementOf(clean, { funder: 'Collectivité porteuse', asOf: FIXTURE_AS_OF }));
    // 25 000 × 3 coordination + 3 000 (1.1.1) + 6 000 (2.1.1) + 3 000 (3.2.1); valued: 5 000 human + 800 material.
    expect(collectivite.money).toMatchObject({ committedCents: 8_700_000, valuedCents: 580_000 });
    expect(collectivite.lines.filter((l) => l.basis === 'valued').map((l) => l.amountCents)).toEqual([500_000, 80_000]);
    expect(collectivite.coordination).toBeNull();
  });

  it('a partner with a forecast only: nothing committed, 2 000 € forecast', () => {
    const conference = statement(statementOf(clean, { funder: 'Conférence des financeurs', asOf: FIXTURE_AS_OF }));
    expect(conference.money).toMatchObject({ committedCents: 0, forecastCents: 200_000 });
    expect(conference.lines.map((l) => l.basis)).toEqual(['forecast']);
  });
});

describe('which partner', () => {
  it.each([
    ['cpam', 'CPAM'],
    ['  CPAM ', 'CPAM'],
    ['Assurance maladie', 'CPAM'],
    ['conseil departemental', 'Conseil départemental'],
    ['FIR', 'ARS'],
  ])('%j means %j', (asked, partner) => {
    expect(statement(statementOf(clean, { funder: asked, asOf: FIXTURE_AS_OF })).partner).toBe(partner);
  });

  it('a partner not in the list is refused with the list', () => {
    const result = statementOf(clean, { funder: 'Mutuelle de Valmont', asOf: FIXTURE_AS_OF });
    expect(result).toEqual({ kind: 'unknown-partner', available: expect.arrayContaining(['ARS', 'CPAM', 'Autre']) });
    if (result.kind === 'unknown-partner') expect(result.available).toHaveLength(11);
  });

  it('a year neither of the contract nor of a line is refused with the years', () => {
    expect(statementOf(clean, { funder: 'CPAM', year: 2031, asOf: FIXTURE_AS_OF })).toEqual({ kind: 'unknown-year', years: [2025, 2026, 2027] });
  });
});

describe('with slips', () => {
  it('a CPAM line written « cpam  » is shown apart, outside the statement’s totals as outside the matrix column', async () => {
    const model = fixtureModel('clean');
    // Row 9 of the fundings is the CPAM line (1.1.1, 2026, 3 000 €).
    setCell(tableOf(model, 'CLS_Financements'), 9, 'Financeur', 'cpam ');
    const snapshot = await snapshotOf(model);
    const cpam = statement(statementOf(snapshot, { funder: 'CPAM', asOf: FIXTURE_AS_OF }));
    expect(cpam.money.committedCents).toBe(0);
    expect(cpam.otherSpellings.map((l) => [l.funder, l.amountCents, l.cell])).toEqual([['cpam ', 300_000, 'F11']]);
    expect(computeTotals(buildModel(snapshot)).byFunderCents.CPAM).toBeUndefined();
  });

  it('an amount typed as text is listed as not counted', async () => {
    const model = fixtureModel('clean');
    setCell(tableOf(model, 'CLS_Financements'), 9, 'Montant (€)', '3 000 €');
    const cpam = statement(statementOf(await snapshotOf(model), { funder: 'CPAM', asOf: FIXTURE_AS_OF }));
    expect(cpam.money.committedCents).toBe(0);
    expect(cpam.lines.map((l) => [l.basis, l.amountCents])).toEqual([['not-counted', null]]);
  });

  it('an ARS coordination of 30 000 € in 2026 fails the three rules that year, with the figures', async () => {
    const model = fixtureModel('clean');
    setCell(tableOf(model, 'CLS_Financements'), 2, 'Montant (€)', 30_000);
    const ars = statement(statementOf(await snapshotOf(model), { funder: 'ARS', asOf: FIXTURE_AS_OF }));
    const year = ars.coordination?.find((y) => y.year === 2026);
    expect(year?.ok).toBe(false);
    expect(year?.checks.map((c) => [c.rule, c.ok, c.amountCents, c.limitCents])).toEqual([
      ['funding.ars-coordination-cap', false, 3_000_000, 2_500_000],
      ['funding.ars-coordination-share', false, 3_000_000, 2_500_000],
      ['funding.coordination-cofinancing', false, 2_500_000, 3_000_000],
    ]);
    expect(ars.coordination?.filter((y) => y.ok).map((y) => y.year)).toEqual([2025, 2027]);
  });

  it('the generic profile does not apply the coordination rules: each check says so', async () => {
    const ars = statement(statementOf(clean, { funder: 'ARS', asOf: FIXTURE_AS_OF, profile: 'generic' }));
    expect(ars.coordination?.every((y) => y.ok && y.checks.every((c) => !c.applies))).toBe(true);
  });
});
