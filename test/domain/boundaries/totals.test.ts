/**
 * Every total of the clean CLS, by status, partner, year and action, forecast included: worked out by hand from the
 * rows of CLS_Financements in test/fixtures/cls-model.ts (never computed with the code under test).
 */
import { buildModel } from '../../../src/domain/model';
import { coordinationPosts, partnerColumns } from '../../../src/domain/totals';
import { cleanModel } from '../../fixtures/cls-model';
import type { FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import { setCell, snapshotOf, tableOf, validateEdited } from './snapshot';

const fundings = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Financements');
const funders = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Financeurs');
const totalsOf = (edit?: (m: FixtureWorkbook) => void) => validateEdited(edit).totals;

describe('the clean CLS’s totals', () => {
  // Computed in each test, not once for the describe block: mutation testing links a mutant to the tests that run it.

  it('by status: Acquis 161 000,50 €, Sollicité 75 500 €, Prévisionnel 2 000 €, valorised 5 800 €', () => {
    const totals = totalsOf();
    // Acquis: coordination 4 × 25 000, diagnostic 8 000, 1.1.1 12 000, 1.1.2 20 000, 2.1.1 13 500,50, 3.1.1 4 500, 4.1.1 3 000.
    expect(totals.securedCents).toBe(16_100_050);
    // Sollicité: coordination 2027 2 × 25 000, 1.1.2 10 000, 2.1.1 5 000, 3.1.1 4 500, 3.2.1 2 × 3 000.
    expect(totals.requestedCents).toBe(7_550_000);
    // Prévisionnel: 3.1.1, Conférence des financeurs, 2 000.
    expect(totals.forecastCents).toBe(200_000);
    expect(totals.committedCents).toBe(23_650_050);
    expect(totals.valuedCents).toBe(580_000);
  });

  it('by partner, in the order of CLS_Financeurs, committed partners only', () => {
    const totals = totalsOf();
    expect(Object.entries(totals.byFunderCents)).toEqual([
      ['ARS', 11_200_000],
      ['Collectivité porteuse', 8_700_000],
      ['Conseil régional', 750_050],
      ['Conseil départemental', 1_000_000],
      ['CPAM', 300_000],
      ['CAF', 450_000],
      ['ANCT', 500_000],
      ['MSA', 450_000],
      ['Préfecture', 300_000],
    ]);
    expect(totals.byFunderStatusCents['Conférence des financeurs']).toEqual({ securedCents: 0, requestedCents: 0, forecastCents: 200_000 });
    expect(totals.byFunderStatusCents['Collectivité porteuse']).toEqual({ securedCents: 5_900_000, requestedCents: 2_800_000, forecastCents: 0 });
    expect(Object.keys(totals.byFunderStatusCents)).toEqual(['ARS', 'Collectivité porteuse', 'Conseil régional', 'Conseil départemental', 'Conférence des financeurs', 'CPAM', 'CAF', 'ANCT', 'MSA', 'Préfecture']);
    // ARS: 2025 coordination 25 000 + diagnostic 8 000 + 1.1.1 6 000 + 1.1.2 10 000; 2026 25 000 + 10 000; 2027 25 000 + 3 000.
    expect(totals.byFunderYearCents['ARS']).toEqual({ '2025': 4_900_000, '2026': 3_500_000, '2027': 2_800_000 });
    expect(Object.keys(totals.byFunderYearCents)).toEqual(Object.keys(totals.byFunderCents));
    expect(totals.unlistedFunderCents).toEqual({});
  });

  it('by year, the forecast apart', () => {
    const totals = totalsOf();
    expect(totals.byYearCents).toEqual({ '2025': 8_450_000, '2026': 7_650_050, '2027': 7_550_000 });
    expect(totals.byYearStatusCents).toEqual({
      '2025': { securedCents: 8_450_000, requestedCents: 0, forecastCents: 0 },
      '2026': { securedCents: 7_650_050, requestedCents: 0, forecastCents: 0 },
      '2027': { securedCents: 0, requestedCents: 7_550_000, forecastCents: 200_000 },
    });
  });

  it('by action, with its budget and what remains to find', () => {
    const totals = totalsOf();
    expect(totals.byAction).toEqual([
      { action: '1.1.1', title: 'Former des sentinelles en santé mentale', budgetCents: 1_200_000, securedCents: 1_200_000, requestedCents: 0, forecastCents: 0, committedCents: 1_200_000, remainingCents: 0 },
      { action: '1.1.2', title: 'Créer un conseil local de santé mentale', budgetCents: 3_000_000, securedCents: 2_000_000, requestedCents: 1_000_000, forecastCents: 0, committedCents: 3_000_000, remainingCents: 0 },
      { action: '2.1.1', title: 'Accueillir les internes en médecine générale', budgetCents: 1_850_050, securedCents: 1_350_050, requestedCents: 500_000, forecastCents: 0, committedCents: 1_850_050, remainingCents: 0 },
      { action: '3.1.1', title: 'Ateliers cuisine et activité physique en famille', budgetCents: 900_000, securedCents: 450_000, requestedCents: 450_000, forecastCents: 200_000, committedCents: 900_000, remainingCents: 0 },
      { action: '3.2.1', title: 'Qualité de l’air intérieur dans les crèches', budgetCents: 600_000, securedCents: 0, requestedCents: 600_000, forecastCents: 0, committedCents: 600_000, remainingCents: 0 },
      { action: '4.1.1', title: 'Réunir le comité de pilotage et le comité technique', budgetCents: 300_000, securedCents: 300_000, requestedCents: 0, forecastCents: 0, committedCents: 300_000, remainingCents: 0 },
    ]);
  });

  it('the coordination post, year by year', () => {
    const totals = totalsOf();
    const year = (y: number) => ({ year: y, arsCents: 2_500_000, othersCents: 2_500_000, othersValuedCents: 0, capCents: 2_500_000, shareCapCents: 2_500_000 });
    expect(totals.coordination).toEqual([year(2025), year(2026), year(2027)]);
  });
});

describe('what the matrix’s SUMIFS count, and what they do not', () => {
  it('a partner outside the list is in the total and listed apart as typed, unless only forecast', () => {
    const totals = totalsOf((m) => {
      fundings(m).rows.push(['Action', '4.1.1', 'Fondation Ouest', 'Financier', 2026, 100, 'Acquis', '']);
      fundings(m).rows.push(['Action', '4.1.1', 'Fondation Ouest', 'Financier', 2026, 50, 'Sollicité', '']);
      fundings(m).rows.push(['Action', '4.1.1', 'Mécène', 'Financier', 2026, 70, 'Prévisionnel', '']);
    });
    expect(totals.unlistedFunderCents).toEqual({ 'Fondation Ouest': 15_000 });
    expect(totals.committedCents).toBe(23_650_050 + 15_000);
    expect(totals.forecastCents).toBe(200_000 + 7_000);
    expect(totals.byFunderCents).not.toHaveProperty('Fondation Ouest');
  });

  it('a partner listed twice is one column; a partner typed in another case is that column', () => {
    const totals = totalsOf((m) => {
      funders(m).rows.push(['CAF', 'Protection sociale', 'Non']);
      setCell(fundings(m), 17, 'Financeur', 'caf');
    });
    expect(totals.byFunderCents['CAF']).toBe(450_000);
    expect(Object.keys(totals.byFunderCents).filter((n) => n === 'CAF')).toHaveLength(1);
  });

  it('a line of 0 € still makes its partner and year committed; a forecast alone does not', () => {
    const totals = totalsOf((m) => {
      fundings(m).rows.push(['Action', '4.1.1', 'Autre', 'Financier', 2028, 0, 'Acquis', '']);
      fundings(m).rows.push(['Action', '4.1.1', 'ANCT', 'Financier', 2029, 10, 'Prévisionnel', '']);
    });
    expect(totals.byFunderCents['Autre']).toBe(0);
    expect(totals.byYearCents['2028']).toBe(0);
    expect(totals.byYearCents).not.toHaveProperty('2029');
    expect(totals.byYearStatusCents['2029']).toEqual({ securedCents: 0, requestedCents: 0, forecastCents: 1_000 });
    expect(totals.byFunderYearCents['ANCT']).toEqual({ '2027': 500_000 });
  });

  it('the year « Toutes », an amount typed as text and a nature other than Financier are not counted', () => {
    const totals = totalsOf((m) => {
      fundings(m).rows.push(['Action', '4.1.1', 'ANCT', 'Financier', 'Toutes', 10, 'Acquis', '']);
      fundings(m).rows.push(['Action', '4.1.1', 'ANCT', 'Financier', 2026, '10 €', 'Acquis', '']);
      fundings(m).rows.push(['Action', '4.1.1', 'ANCT', 'Humain valorisé', 2026, 10, 'Acquis', '']);
      fundings(m).rows.push(['Action', '4.1.1', 'ANCT', 'Financier', 2026, 10, 'Refusé', '']);
    });
    expect(totals.committedCents).toBe(23_650_050);
    expect(totals.forecastCents).toBe(200_000);
    expect(totals.valuedCents).toBe(580_000 + 1_000);
  });

  it('an action’s lines are found by its number as written, case aside, wildcards as SUMIFS reads them', () => {
    const totals = totalsOf((m) => {
      fundings(m).rows.push(['Action', '4.1.1', 'ANCT', 'Financier', 2026, 10, 'Acquis', '']);
      fundings(m).rows.push(['action', '4.1.1', 'ANCT', 'Financier', 2026, 20, 'Sollicité', '']);
      fundings(m).rows.push(['Diagnostic', '4.1.1', 'ANCT', 'Financier', 2026, 40, 'Acquis', '']);
    });
    expect(totals.byAction.find((a) => a.action === '4.1.1')).toMatchObject({ securedCents: 301_000, requestedCents: 2_000, committedCents: 303_000, remainingCents: -3_000 });
  });
});

describe('orders and edges of the totals', () => {
  it('years sorted whatever the order of the lines, for the totals, each partner and the coordination post', () => {
    const totals = totalsOf((m) => {
      setCell(fundings(m), 0, 'Année', 2027);
      fundings(m).rows.push(['Action', '2.1.1', 'ANCT', 'Financier', 2025, 10, 'Acquis', '']);
      fundings(m).rows.push(['Coordination', null, 'Conseil régional', 'Financier', 2024, 10, 'Acquis', '']);
    });
    expect(Object.keys(totals.byYearCents)).toEqual(['2024', '2025', '2026', '2027']);
    expect(Object.keys(totals.byYearStatusCents)).toEqual(['2024', '2025', '2026', '2027']);
    expect(Object.keys(totals.byFunderYearCents['ANCT'] ?? {})).toEqual(['2025', '2027']);
    expect(totals.coordination.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
  });

  it('no post cost: no share cap; a coordination line without a year or an amount is no year of the post', () => {
    const totals = totalsOf((m) => {
      const params = tableOf(m, 'CLS_Parametres');
      setCell(params, params.rows.findIndex((r) => r[0] === 'Coût annuel du poste de coordination (€)'), 'Valeur', null);
      fundings(m).rows.push(['Coordination', null, 'ARS', 'Financier', null, 10, 'Acquis', '']);
      fundings(m).rows.push(['Coordination', null, 'ARS', 'Financier', 2030, null, 'Acquis', '']);
    });
    expect(totals.coordination.map((y) => [y.year, y.shareCapCents])).toEqual([[2025, null], [2026, null], [2027, null]]);
  });

  it('an amount beyond a thousand billion euros is counted nowhere', () => {
    const totals = totalsOf((m) => fundings(m).rows.push(['Action', '4.1.1', 'ANCT', 'Financier', 2026, 1e12, 'Acquis', '']));
    expect(totals.committedCents).toBe(23_650_050);
  });

  it('an action without a number is no line; without a budget or a title, its line says so', () => {
    const totals = totalsOf((m) => {
      const actions = tableOf(m, 'CLS_Actions');
      setCell(actions, 0, 'Budget prévisionnel (€)', null);
      setCell(actions, 0, "Intitulé de l'action", null);
      actions.rows.push([...(actions.rows[5] ?? [])]);
      setCell(actions, 6, 'N° action', null);
    });
    expect(totals.byAction).toHaveLength(6);
    expect(totals.byAction[0]).toMatchObject({ action: '1.1.1', title: '', budgetCents: null, committedCents: 1_200_000, remainingCents: null });
  });

  it('an action number with a wildcard matches as SUMIFS matches it', () => {
    const totals = totalsOf((m) => {
      const actions = tableOf(m, 'CLS_Actions');
      actions.rows.push([...(actions.rows[5] ?? [])]);
      setCell(actions, 6, 'N° action', '4.1.?');
      setCell(actions, 6, 'Budget prévisionnel (€)', 100);
    });
    // 4.1.1: Préfecture 1 500 + 1 500.
    expect(totals.byAction[6]).toMatchObject({ action: '4.1.?', budgetCents: 10_000, committedCents: 300_000, remainingCents: -290_000 });
  });

  it('a partner row without a name is no column', () => {
    const totals = totalsOf((m) => funders(m).rows.push([null, 'Autre', 'Non']));
    expect(Object.keys(totals.byFunderStatusCents)).toHaveLength(10);
  });

  it('the matrix’s partner columns: each name of the list once, a number as its text, an empty row none', () => {
    const model = cleanModel();
    funders(model).rows.push([null, 'Autre', 'Non'], [2026, 'Autre', 'Non'], ['CPAM', 'Assurance maladie', 'Non']);
    expect(partnerColumns(buildModel(snapshotOf(model)))).toEqual([
      'ARS', 'Collectivité porteuse', 'Conseil régional', 'Conseil départemental', 'Conférence des financeurs', 'CPAM', 'CAF', 'ANCT', 'MSA',
      'Préfecture', 'Autre', '2026',
    ]);
  });

  it('a coordination line without nature, year or amount co-finances no year of the post', () => {
    const totals = totalsOf((m) => {
      setCell(fundings(m), 3, 'Nature', null);
      fundings(m).rows.push(['Coordination', null, 'Collectivité porteuse', 'Financier', null, 1_000, 'Acquis', '']);
      fundings(m).rows.push(['Coordination', null, 'Collectivité porteuse', 'Financier', 2030, null, 'Acquis', '']);
    });
    // 2026 keeps the ARS's 25 000 € and loses the collectivity's line without nature.
    expect(totals.coordination.map((y) => [y.year, y.arsCents, y.othersCents, y.othersValuedCents])).toEqual([
      [2025, 2_500_000, 2_500_000, 0],
      [2026, 2_500_000, 0, 0],
      [2027, 2_500_000, 2_500_000, 0],
    ]);
  });

  it('an action number with letters finds its lines case aside; an action without lines has none', () => {
    const totals = totalsOf((m) => {
      const actions = tableOf(m, 'CLS_Actions');
      actions.rows.push([...(actions.rows[5] ?? [])], [...(actions.rows[5] ?? [])]);
      setCell(actions, 6, 'N° action', 'Fiche B');
      setCell(actions, 7, 'N° action', 'Fiche C');
      fundings(m).rows.push(['Action', 'fiche b', 'ANCT', 'Financier', 2026, 100, 'Acquis', '']);
    });
    expect(totals.byAction.slice(6).map((a) => [a.action, a.securedCents, a.requestedCents, a.forecastCents, a.committedCents])).toEqual([
      ['Fiche B', 10_000, 0, 0, 10_000],
      ['Fiche C', 0, 0, 0, 0],
    ]);
  });
});

describe('coordination posts for the Centre-Val de Loire cap: the FTE rounded up, at least one', () => {
  it.each([
    [0, 1],
    [0.5, 1],
    [1, 1],
    [1.0000000001, 1],
    [1.01, 2],
    [2, 2],
    [2.5, 3],
  ])('%f FTE: %i post(s)', (fte, posts) => {
    expect(coordinationPosts(fte)).toBe(posts);
  });
});
