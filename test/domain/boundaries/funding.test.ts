/**
 * Funding rules at their thresholds. The clean CLS sits exactly on several of them (ARS 25 000 € a year for a
 * 50 000 € post, co-financed 25 000 €; every budget equal to its commitments), so each gets its own cases just
 * below, on and just above, to the cent. Figures come from CONTRACT §2 and the seeds, written out by hand.
 */
import type { FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import type { RuleId } from '../../../src/domain/rules/ids';
import type { ProfileId } from '../../../src/domain/report';
import { setCell, tableOf, validateEdited } from './snapshot';
import { setParam } from '../../fixtures/cls-model';

const actions = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Actions');
const fundings = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Financements');
const addLine = (m: FixtureWorkbook, object: string, funder: string, nature: string, year: number, amount: number, status = 'Acquis'): void => {
  fundings(m).rows.push([object, null, funder, nature, year, amount, status, '']);
};

function findings(rule: RuleId, edit: (m: FixtureWorkbook) => void, profile: ProfileId = 'normandie'): [string, Record<string, unknown>][] {
  return validateEdited(edit, { profile })
    .findings.filter((f) => f.rule === rule)
    .map((f) => [`${f.sheet}!${f.cell ?? '-'}`, f.params]);
}

// CLS_Financements data rows 0..24 sit on sheet rows 2..26: the ARS coordination line of 2026 (row 2) is F4,
// the collectivity's of 2026 (row 3) F5, the ARS diagnostic (row 6) F8.
const ARS_2026 = 2;
const COLLECTIVITY_2026 = 3;
const DIAGNOSTIC = 6;

describe('funding.ars-coordination-cap: 25 000 € a year (N); 25 000 € for each post (CVL)', () => {
  it.each([
    [24_999.99, []],
    [25_000, []],
    [25_000.01, [['Financements!F4', { year: 2026, arsCents: 2_500_001, capCents: 2_500_000, posts: 1, profile: 'normandie' }]]],
  ])('Normandie, ARS 2026 at %f €', (amount, expected) => {
    expect(findings('funding.ars-coordination-cap', (m) => setCell(fundings(m), ARS_2026, 'Montant (€)', amount as number))).toEqual(expected);
  });

  it('Normandie: whatever the FTE (1.5 FTE still caps at 25 000 €)', () => {
    expect(findings('funding.ars-coordination-cap', (m) => {
      setParam(m, 'ETP coordination', 1.5);
      setCell(fundings(m), ARS_2026, 'Montant (€)', 25_000.01);
    })).toEqual([['Financements!F4', { year: 2026, arsCents: 2_500_001, capCents: 2_500_000, posts: 1, profile: 'normandie' }]]);
  });

  it.each([
    // A half-time post is one post; 1 FTE is one; anything above one post is two.
    [0.5, 25_000, []],
    [0.5, 25_000.01, [{ arsCents: 2_500_001, capCents: 2_500_000, posts: 1 }]],
    [1, 25_000.01, [{ arsCents: 2_500_001, capCents: 2_500_000, posts: 1 }]],
    [1.01, 50_000, []],
    [1.5, 50_000, []],
    [1.5, 50_000.01, [{ arsCents: 5_000_001, capCents: 5_000_000, posts: 2 }]],
    [2, 50_000.01, [{ arsCents: 5_000_001, capCents: 5_000_000, posts: 2 }]],
  ])('Centre-Val de Loire, %f FTE, ARS 2026 at %f €', (fte, amount, expected) => {
    const found = findings('funding.ars-coordination-cap', (m) => {
      setParam(m, 'ETP coordination', fte as number);
      setCell(fundings(m), ARS_2026, 'Montant (€)', amount as number);
    }, 'centre-val-de-loire');
    expect(found).toEqual((expected as object[]).map((p) => ['Financements!F4', { year: 2026, ...p, profile: 'centre-val-de-loire' }]));
  });

  it('adds every ARS Coordination line of the year, whatever its status, and points at the first', () => {
    expect(findings('funding.ars-coordination-cap', (m) => addLine(m, 'Coordination', 'ARS', 'Financier', 2026, 0.01, 'Prévisionnel'))).toEqual([
      ['Financements!F4', { year: 2026, arsCents: 2_500_001, capCents: 2_500_000, posts: 1, profile: 'normandie' }],
    ]);
  });

  it('the ARS’s valorised means are not money of the post', () => {
    expect(findings('funding.ars-coordination-cap', (m) => addLine(m, 'Coordination', 'ARS', 'Humain valorisé', 2026, 5_000))).toEqual([]);
  });

  it('not in the generic profile', () => {
    expect(findings('funding.ars-coordination-cap', (m) => setCell(fundings(m), ARS_2026, 'Montant (€)', 30_000), 'generic')).toEqual([]);
  });
});

describe('funding.ars-coordination-share (N): the ARS funds at most 50 % of the annual post cost', () => {
  // The ARS gives 25 000 € in 2025, 2026 and 2027 (F2, F4, F6).
  const everyYear = (shareCapCents: number, costCents: number): [string, Record<string, unknown>][] =>
    [[2025, 'F2'], [2026, 'F4'], [2027, 'F6']].map(([year, cell]) => [
      `Financements!${cell}`,
      { year, arsCents: 2_500_000, shareCapCents, costCents, fte: 1 },
    ]);
  it.each([
    [49_999.98, everyYear(2_499_999, 4_999_998)],
    // Half of 49 999,99 € is 24 999,995 €: rounded to the cent, 25 000 €.
    [49_999.99, []],
    [50_000, []],
    [50_000.02, []],
  ])('post cost %f €', (cost, expected) => {
    expect(findings('funding.ars-coordination-share', (m) => setParam(m, 'Coût annuel du poste de coordination (€)', cost as number))).toEqual(expected);
  });

  it('ARS 2026 one cent over half of 50 000 €', () => {
    expect(findings('funding.ars-coordination-share', (m) => setCell(fundings(m), ARS_2026, 'Montant (€)', 25_000.01))).toEqual([
      ['Financements!F4', { year: 2026, arsCents: 2_500_001, shareCapCents: 2_500_000, costCents: 5_000_000, fte: 1 }],
    ]);
  });

  it('says nothing without a post cost, nor outside Normandie', () => {
    expect(findings('funding.ars-coordination-share', (m) => setParam(m, 'Coût annuel du poste de coordination (€)', null))).toEqual([]);
    expect(findings('funding.ars-coordination-share', (m) => setParam(m, 'Coût annuel du poste de coordination (€)', 10_000), 'centre-val-de-loire')).toEqual([]);
  });
});

describe('funding.coordination-cofinancing (N): the other partners give at least what the ARS gives, each year', () => {
  it.each([
    [24_999.99, [['Financements!F4', { year: 2026, arsCents: 2_500_000, othersCents: 2_499_999, othersValuedCents: 0, missingCents: 1 }]]],
    [25_000, []],
    [25_000.01, []],
  ])('collectivity 2026 at %f €', (amount, expected) => {
    expect(findings('funding.coordination-cofinancing', (m) => setCell(fundings(m), COLLECTIVITY_2026, 'Montant (€)', amount as number))).toEqual(expected);
  });

  it.each([
    [4_999.99, [['Financements!F4', { year: 2026, arsCents: 2_500_000, othersCents: 2_499_999, othersValuedCents: 499_999, missingCents: 1 }]]],
    [5_000, []],
  ])('valorised means count as co-financing: 20 000 € and %f € of staff time', (valued, expected) => {
    expect(findings('funding.coordination-cofinancing', (m) => {
      setCell(fundings(m), COLLECTIVITY_2026, 'Montant (€)', 20_000);
      addLine(m, 'Coordination', 'Collectivité porteuse', 'Humain valorisé', 2026, valued as number);
    })).toEqual(expected);
  });

  it('without ARS money there is nothing to co-finance', () => {
    expect(findings('funding.coordination-cofinancing', (m) => {
      setCell(fundings(m), ARS_2026, 'Montant (€)', 0);
      setCell(fundings(m), COLLECTIVITY_2026, 'Montant (€)', -0.01);
    })).toEqual([]);
  });

  it('not in Centre-Val de Loire', () => {
    expect(findings('funding.coordination-cofinancing', (m) => setCell(fundings(m), COLLECTIVITY_2026, 'Montant (€)', 0), 'centre-val-de-loire')).toEqual([]);
  });
});

describe('funding.diagnostic-cap and funding.evaluation-cap (CVL): the ARS gives at most 10 000 € to an external provider', () => {
  const external = (m: FixtureWorkbook): void => setParam(m, 'Diagnostic réalisé par', 'Prestataire externe');
  it.each([
    [9_999.99, []],
    [10_000, []],
    [10_000.01, [['Financements!F8', { object: 'Diagnostic', arsCents: 1_000_001, capCents: 1_000_000 }]]],
  ])('ARS diagnostic at %f €', (amount, expected) => {
    expect(findings('funding.diagnostic-cap', (m) => { external(m); setCell(fundings(m), DIAGNOSTIC, 'Montant (€)', amount as number); }, 'centre-val-de-loire')).toEqual(expected);
  });

  it('adds the ARS lines, Financier only, and points at the first', () => {
    expect(findings('funding.diagnostic-cap', (m) => {
      external(m);
      addLine(m, 'Diagnostic', 'ARS', 'Financier', 2024, 2_000.01, 'Sollicité');
      addLine(m, 'Diagnostic', 'ARS', 'Humain valorisé', 2025, 5_000);
      addLine(m, 'Diagnostic', 'Collectivité porteuse', 'Financier', 2025, 5_000);
    }, 'centre-val-de-loire')).toEqual([['Financements!F8', { object: 'Diagnostic', arsCents: 1_000_001, capCents: 1_000_000 }]]);
  });

  it('a line without an amount is no line of the sum: the finding points at the first line with money', () => {
    expect(findings('funding.diagnostic-cap', (m) => {
      external(m);
      setCell(fundings(m), DIAGNOSTIC, 'Montant (€)', null);
      addLine(m, 'Diagnostic', 'ARS', 'Financier', 2025, 10_000.01);
    }, 'centre-val-de-loire')).toEqual([['Financements!F27', { object: 'Diagnostic', arsCents: 1_000_001, capCents: 1_000_000 }]]);
  });

  it('the ORS’s diagnostic has no cap, nor has Normandie', () => {
    expect(findings('funding.diagnostic-cap', (m) => setCell(fundings(m), DIAGNOSTIC, 'Montant (€)', 20_000), 'centre-val-de-loire')).toEqual([]);
    expect(findings('funding.diagnostic-cap', (m) => { external(m); setCell(fundings(m), DIAGNOSTIC, 'Montant (€)', 20_000); })).toEqual([]);
  });

  // The fixture's final evaluation is made by an external provider; the line goes to row 27.
  it.each([
    [10_000, []],
    [10_000.01, [['Financements!F27', { object: 'Évaluation', arsCents: 1_000_001, capCents: 1_000_000 }]]],
  ])('ARS final evaluation at %f €', (amount, expected) => {
    expect(findings('funding.evaluation-cap', (m) => addLine(m, 'Évaluation', 'ARS', 'Financier', 2027, amount as number), 'centre-val-de-loire')).toEqual(expected);
  });

  it('an evaluation made by the ORS has no cap', () => {
    expect(findings('funding.evaluation-cap', (m) => {
      setParam(m, 'Évaluation finale réalisée par', 'ORS');
      addLine(m, 'Évaluation', 'ARS', 'Financier', 2027, 20_000);
    }, 'centre-val-de-loire')).toEqual([]);
  });
});

describe('funding.action-underfunded and funding.action-overfunded: Financier Acquis + Sollicité against the budget', () => {
  // 1.1.1: budget 12 000 € (V2) = ARS 6 000 + collectivity 3 000 + CPAM 3 000.
  it.each([
    [12_000.01, 'funding.action-underfunded', [[`Plan d'action!V2`, { action: '1.1.1', budgetCents: 1_200_001, committedCents: 1_200_000, remainingCents: 1 }]]],
    [12_000.01, 'funding.action-overfunded', []],
    [12_000, 'funding.action-underfunded', []],
    [12_000, 'funding.action-overfunded', []],
    [11_999.99, 'funding.action-underfunded', []],
    [11_999.99, 'funding.action-overfunded', [[`Plan d'action!V2`, { action: '1.1.1', budgetCents: 1_199_999, committedCents: 1_200_000, excessCents: 1 }]]],
  ])('budget %f €: %s', (budget, rule, expected) => {
    expect(findings(rule as RuleId, (m) => setCell(actions(m), 0, 'Budget prévisionnel (€)', budget as number))).toEqual(expected);
  });

  it('an action without a budget is neither', () => {
    const edit = (m: FixtureWorkbook): void => setCell(actions(m), 0, 'Budget prévisionnel (€)', null);
    expect(findings('funding.action-underfunded', edit)).toEqual([]);
    expect(findings('funding.action-overfunded', edit)).toEqual([]);
  });

  it('Prévisionnel and valorised lines do not count', () => {
    // 3.1.1: 4 500 + 4 500 committed, 2 000 prévisionnel; 1.1.2: 30 000 € Financier, 5 000 € of staff time besides.
    expect(findings('funding.action-overfunded', (m) => {
      addLine(m, 'Action', 'CAF', 'Financier', 2027, 1_000, 'Prévisionnel');
      addLine(m, 'Action', 'CAF', 'Matériel valorisé', 2027, 1_000);
    })).toEqual([]);
  });
});

describe('funding.amount-negative: Montant < 0', () => {
  it.each([
    [-0.01, [['Financements!F26', { amountCents: -1 }]]],
    [0, []],
  ])('%f €', (amount, expected) => {
    expect(findings('funding.amount-negative', (m) => setCell(fundings(m), 24, 'Montant (€)', amount as number))).toEqual(expected);
  });
});

describe('funding.year-outside-contract: the calendar years the contract touches (2025 to 2028), the diagnostic a year earlier', () => {
  it.each([
    [2024, [['Financements!E25', { year: 2024, first: 2025, last: 2028 }]]],
    [2025, []],
    [2028, []],
    [2029, [['Financements!E25', { year: 2029, first: 2025, last: 2028 }]]],
  ])('an action line in %i', (year, expected) => {
    expect(findings('funding.year-outside-contract', (m) => setCell(fundings(m), 23, 'Année', year as number))).toEqual(expected);
  });

  it.each([
    [2023, [['Financements!E8', { year: 2023, first: 2024, last: 2028 }]]],
    [2024, []],
    [2029, [['Financements!E8', { year: 2029, first: 2024, last: 2028 }]]],
  ])('the diagnostic in %i', (year, expected) => {
    expect(findings('funding.year-outside-contract', (m) => setCell(fundings(m), DIAGNOSTIC, 'Année', year as number))).toEqual(expected);
  });
});
