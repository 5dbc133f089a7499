/**
 * The ARS coordination-post rules on the guides' own examples:
 * Normandie 004_6c4d6d0ed7a0af23.txt:308 « soutien financier annuel à hauteur maximale de 25 000 € (montant calculé
 * sur la base d'un équivalent temps plein au coût de 50 000 € avec financement à 50 % par l'ARS) », 004:310 co-financing
 * « à part égale »; Centre-Val de Loire 000_afa51b918c030d0f.txt:1323 « 25 000 € annuels maximum pour chaque poste ».
 */
import { renderFinding } from '../../../src/domain/messages/render';
import type { ProfileId } from '../../../src/domain/report';
import type { FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import { setCell, setParam, tableOf } from '../../fixtures/cls-model';
import { brief, validateFixture } from './harness';

const fundings = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Financements');
/** The fixture's coordination lines: rows 0, 2, 4 are the ARS in 2025, 2026, 2027; rows 1, 3, 5 the collectivité. */
const coordination = (m: FixtureWorkbook, post: { fte: number; costEuros: number; arsEuros: number; othersEuros: number }): void => {
  setParam(m, 'ETP coordination', post.fte);
  setParam(m, 'Coût annuel du poste de coordination (€)', post.costEuros);
  for (const row of [0, 2, 4]) setCell(fundings(m), row, 'Montant (€)', post.arsEuros);
  for (const row of [1, 3, 5]) setCell(fundings(m), row, 'Montant (€)', post.othersEuros);
};
const coordinationFindings = async (edit: (m: FixtureWorkbook) => void, profile: ProfileId): Promise<string[]> =>
  brief(await validateFixture(edit, { profile })).filter((f) => /coordination|cofinancing/.test(f));

describe('Normandie: 25 000 € a year whatever the FTE, 50 % of the post, equal co-financing', () => {
  it('one FTE at 50 000 €, ARS 25 000 € = 50 %: compliant (the guide’s example)', async () => {
    expect(await coordinationFindings((m) => coordination(m, { fte: 1, costEuros: 50_000, arsEuros: 25_000, othersEuros: 25_000 }), 'normandie')).toEqual([]);
  });

  it('one cent above 25 000 € breaks the cap, the share and the equal co-financing', async () => {
    expect(await coordinationFindings((m) => coordination(m, { fte: 1, costEuros: 50_000, arsEuros: 25_000.01, othersEuros: 25_000 }), 'normandie')).toEqual([
      'funding.ars-coordination-cap error Financements!F2',
      'funding.ars-coordination-share error Financements!F2',
      'funding.coordination-cofinancing error Financements!F2',
      'funding.ars-coordination-cap error Financements!F4',
      'funding.ars-coordination-share error Financements!F4',
      'funding.coordination-cofinancing error Financements!F4',
      'funding.ars-coordination-cap error Financements!F6',
      'funding.ars-coordination-share error Financements!F6',
      'funding.coordination-cofinancing error Financements!F6',
    ]);
  });

  it('a 2-FTE CLS at 45 000 € a year is over the cap (the FTE no longer multiplies it), within 50 % of a 100 000 € post', async () => {
    const findings = await coordinationFindings((m) => coordination(m, { fte: 2, costEuros: 100_000, arsEuros: 45_000, othersEuros: 55_000 }), 'normandie');
    expect(findings).toEqual(['funding.ars-coordination-cap error Financements!F2', 'funding.ars-coordination-cap error Financements!F4', 'funding.ars-coordination-cap error Financements!F6']);
  });

  it('the FTE and the post cost enter the 50 % rule: a half-time post at 20 000 € takes at most 10 000 € from the ARS', async () => {
    expect(await coordinationFindings((m) => coordination(m, { fte: 0.5, costEuros: 20_000, arsEuros: 10_000, othersEuros: 10_000 }), 'normandie')).toEqual([]);
    const over = await coordinationFindings((m) => coordination(m, { fte: 0.5, costEuros: 20_000, arsEuros: 10_000.01, othersEuros: 10_000.01 }), 'normandie');
    expect(over).toEqual(['funding.ars-coordination-share error Financements!F2', 'funding.ars-coordination-share error Financements!F4', 'funding.ars-coordination-share error Financements!F6']);
  });

  it('says the cap without « par ETP »', async () => {
    const report = await validateFixture((m) => coordination(m, { fte: 2, costEuros: 100_000, arsEuros: 45_000, othersEuros: 55_000 }), { profile: 'normandie' });
    const message = renderFinding(report.findings.find((f) => f.rule === 'funding.ars-coordination-cap')!, 'fr').message;
    expect(message).toMatch(/^2025 : l’ARS finance la coordination à hauteur de 45\s000,00\s€, au-delà du plafond annuel de 25\s000,00\s€\.$/);
    expect(message).not.toMatch(/ETP/);
  });

  it('co-financing counts the partners’ valorised means on the post, not only cash (004:310 « cofinancement »)', async () => {
    const valued = (hoursEuros: number) => (m: FixtureWorkbook): void => {
      setCell(fundings(m), 3, 'Montant (€)', 15_000);
      fundings(m).rows.push(['Coordination', '', 'Collectivité porteuse', 'Humain valorisé', 2026, hoursEuros, 'Acquis', 'Bureau et temps d’encadrement']);
    };
    expect(await coordinationFindings(valued(10_000), 'normandie')).toEqual([]);
    const report = await validateFixture(valued(9_999.99), { profile: 'normandie' });
    const finding = report.findings.find((f) => f.rule === 'funding.coordination-cofinancing');
    expect(finding?.params).toMatchObject({ year: 2026, arsCents: 2_500_000, othersCents: 2_499_999, othersValuedCents: 999_999, missingCents: 1 });
  });

  it('the ARS written « FIR (ARS) » is still the ARS for the cap', async () => {
    const findings = await coordinationFindings((m) => {
      setCell(fundings(m), 2, 'Financeur', 'FIR (ARS)');
      setCell(fundings(m), 2, 'Montant (€)', 30_000);
      setCell(fundings(m), 3, 'Montant (€)', 30_000);
    }, 'normandie');
    expect(findings).toEqual(['funding.ars-coordination-cap error Financements!F4', 'funding.ars-coordination-share error Financements!F4']);
  });
});

describe('Centre-Val de Loire: 25 000 € a year for each post', () => {
  it('a half-time post funded 20 000 € a year by the ARS is fine (formerly three errors)', async () => {
    expect(await coordinationFindings((m) => coordination(m, { fte: 0.5, costEuros: 40_000, arsEuros: 20_000, othersEuros: 20_000 }), 'centre-val-de-loire')).toEqual([]);
  });

  it('on the cap is fine, one cent above is not', async () => {
    expect(await coordinationFindings((m) => coordination(m, { fte: 1, costEuros: 50_000, arsEuros: 25_000, othersEuros: 0 }), 'centre-val-de-loire')).toEqual([]);
    expect(await coordinationFindings((m) => coordination(m, { fte: 1, costEuros: 50_000, arsEuros: 25_000.01, othersEuros: 0 }), 'centre-val-de-loire')).toEqual([
      'funding.ars-coordination-cap error Financements!F2',
      'funding.ars-coordination-cap error Financements!F4',
      'funding.ars-coordination-cap error Financements!F6',
    ]);
  });

  it('two posts take up to 50 000 € a year', async () => {
    expect(await coordinationFindings((m) => coordination(m, { fte: 2, costEuros: 100_000, arsEuros: 50_000, othersEuros: 0 }), 'centre-val-de-loire')).toEqual([]);
    expect(await coordinationFindings((m) => coordination(m, { fte: 2, costEuros: 100_000, arsEuros: 50_000.01, othersEuros: 0 }), 'centre-val-de-loire')).toHaveLength(3);
  });
});
