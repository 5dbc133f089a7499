/**
 * Totals by status and on the partner table's basis. Expected figures are worked out by hand from the
 * fixture's CLS_Financements rows (test/fixtures/cls-model.ts), not computed with the code under test.
 */
import type { FixtureTable, FixtureWorkbook } from '../fixtures/cls-model';
import { setCell, tableOf } from '../fixtures/cls-model';
import { validateFixture } from './rules/harness';

const fundings = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Financements');

describe('totals by status: engagé = acquis + sollicité, prévisionnel apart', () => {
  it('splits each partner, year and action', async () => {
    const { totals } = await validateFixture();
    // ARS: 25 000 + 25 000 (coordination 2025, 2026) + 8 000 + 6 000 + 10 000 + 10 000 acquis; 25 000 + 3 000 sollicité.
    expect(totals.byFunderStatusCents['ARS']).toEqual({ securedCents: 8_400_000, requestedCents: 2_800_000, forecastCents: 0 });
    expect(totals.byFunderCents['ARS']).toBe(11_200_000);
    // Conférence des financeurs: only 2 000 € prévisionnel — not a committed partner.
    expect(totals.byFunderStatusCents['Conférence des financeurs']).toEqual({ securedCents: 0, requestedCents: 0, forecastCents: 200_000 });
    expect(totals.byFunderCents).not.toHaveProperty('Conférence des financeurs');
    // 2027: 25 000 + 25 000 + 10 000 + 5 000 + 4 500 + 3 000 + 3 000 sollicité, 2 000 prévisionnel.
    expect(totals.byYearStatusCents['2027']).toEqual({ securedCents: 0, requestedCents: 7_550_000, forecastCents: 200_000 });
    // Action 2.1.1: 6 000 + 7 500,50 acquis, 5 000 sollicité.
    expect(totals.byAction.find((a) => a.action === '2.1.1')).toMatchObject({ securedCents: 1_350_050, requestedCents: 500_000, committedCents: 1_850_050 });
    expect(totals.committedCents).toBe(totals.securedCents + totals.requestedCents);
    expect(totals.forecastCents).toBe(200_000);
    // Humain valorisé 5 000 + Matériel valorisé 800.
    expect(totals.valuedCents).toBe(580_000);
    expect(totals.unlistedFunderCents).toEqual({});
  });
});

describe('totals count what the partner table’s SUMIFS count', () => {
  it('a partner written otherwise, an amount as text, a year as text', async () => {
    const clean = (await validateFixture()).totals;
    const { totals } = await validateFixture((m) => {
      setCell(fundings(m), 9, 'Financeur', 'cpam '); // 1.1.1 CPAM 2026, 3 000 € acquis
      setCell(fundings(m), 10, 'Montant (€)', '10 000 €'); // 1.1.2 ARS 2025, 10 000 € acquis
      setCell(fundings(m), 12, 'Année', '2027'); // 1.1.2 Conseil départemental, 10 000 € sollicité
    });
    // `cpam ` is in the total and in no partner column, listed apart as typed.
    expect(totals.byFunderCents).not.toHaveProperty('CPAM');
    expect(totals.unlistedFunderCents).toEqual({ 'cpam ': 300_000 });
    // The text amount is counted nowhere.
    expect(totals.committedCents).toBe(clean.committedCents - 1_000_000);
    expect(totals.byFunderStatusCents['ARS']?.securedCents).toBe(7_400_000);
    // The text year is in the all-years total and the partner's column, in no year.
    expect(totals.byFunderCents['Conseil départemental']).toBe(1_000_000);
    expect(totals.byYearCents['?']).toBe(1_000_000);
    expect(totals.byYearCents['2027']).toBe(clean.byYearCents['2027']! - 1_000_000);
  });

  it('a status or an objet the reader accepts but SUMIFS does not is left out of its row and totals', async () => {
    const { totals } = await validateFixture((m) => {
      setCell(fundings(m), 9, 'Statut', 'acquis '); // CPAM 3 000 €
      setCell(fundings(m), 7, 'Objet', 'action'); // 1.1.1 ARS 6 000 €: case only, still counted
    });
    expect(totals.byFunderCents).not.toHaveProperty('CPAM');
    // 1.1.1: 6 000 (ARS) + 3 000 (collectivité); the CPAM line is out.
    expect(totals.byAction.find((a) => a.action === '1.1.1')?.committedCents).toBe(900_000);
  });
});
