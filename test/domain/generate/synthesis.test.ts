/**
 * The Synthèse sheet for a small hand-made CLS: three actions on two axes, five commitments, three indicators. Every
 * formula and cached result below is written out by hand.
 */
import { synthesisSheet } from '../../../src/domain/generate/synthesis';
import type { RangePlan } from '../../../src/domain/generate/plan';
import { formulaOf, resultOf } from './plan-cells';
import type { SampleCls } from '../../../src/domain/generate/sample';

const act = (axisNumber: string, axis: string, number: string, status: string, budgetCents: number) => ({ axisNumber, axis, number, status, budgetCents });
const fund = (funder: string, year: number, object: string, nature: string, status: string, amountCents: number) => ({ funder, year, object, nature, status, amountCents, action: null });
const SAMPLE = {
  title: 'CLS du Pays de Caux',
  actions: [act('1', 'Prévention', '1.1.1', 'Réalisée', 100_000), act('1', 'Prévention', '1.1.2', 'En cours', 50_000), act('2', 'Accès aux soins', '2.1.1', 'Non démarrée', 0)],
  fundings: [
    fund('ARS', 2025, 'Action', 'Financier', 'Acquis', 30_000),
    fund('CAF', 2026, 'Action', 'Financier', 'Sollicité', 20_000),
    fund('ARS', 2026, 'Action', 'Financier', 'Prévisionnel', 5000),
    fund('CAF', 2025, 'Action', 'Humain valorisé', 'Acquis', 7000),
    fund('ARS', 2027, 'Coordination', 'Financier', 'Acquis', 10_000),
  ],
  indicators: [
    { action: '1.1.1', type: 'Résultat', nature: 'Quantitatif', target: '', measures: ['5', ''] },
    { action: '1.1.1', type: 'Processus', nature: 'Qualitatif', target: 10, measures: ['a', 'b', 'c'] },
    { action: '9.9.9', type: 'Résultat', nature: 'Quantitatif', target: 3, measures: [] },
  ],
} as unknown as SampleCls;

const sheet = (sample: SampleCls | null = SAMPLE, startYear: number | null = 2025) => synthesisSheet({ years: 3, startYear, funders: ['ARS', 'CAF'], sample });
const block = (i: number, s = sheet()) => s.blocks[i] as RangePlan;

const AMOUNT = 'CLS_Financements[Montant (€)]';
const COMMITTED = 'CLS_Financements[Nature],"Financier",CLS_Financements[Statut],{"Acquis","Sollicité"}';

describe('the title', () => {
  it('the contract’s name from the parameters', () => {
    const title = block(0);
    expect(title.values[0]).toEqual(['Synthèse du contrat local de santé']);
    expect(formulaOf(title.values[1]![0])).toBe('IFERROR(INDEX(CLS_Parametres[Valeur],MATCH("Nom du CLS",CLS_Parametres[Paramètre],0))&"","")');
    expect([resultOf(title.values[1]![0]), resultOf(block(0, sheet(null)).values[1]![0])]).toEqual(['CLS du Pays de Caux', '']);
  });
});

describe('section 1: actions by axis and status', () => {
  it('one row per axis in order of appearance, counts per status, the total and the share done', () => {
    expect(block(1).values).toEqual([['Avancement des actions par axe']]);
    expect(block(1).anchor).toBe('A4');
    const table = block(2);
    expect(table.anchor).toBe('A5');
    expect(table.values[0]).toEqual(['N° axe', 'Axe stratégique', 'Non démarrée', 'En cours', 'Réalisée', 'Reportée', 'Abandonnée', 'Total', 'Part réalisée']);
    expect(table.values.slice(1).map((r) => r.map(resultOf))).toEqual([
      ['1', 'Prévention', 0, 1, 1, 0, 0, 2, 0.5],
      ['2', 'Accès aux soins', 1, 0, 0, 0, 0, 1, 0],
      [null, 'Total', 1, 1, 1, 0, 0, 3, 0.333333333333333],
    ]);
    expect(table.values[1]!.slice(1).map(formulaOf)).toEqual([
      'IFERROR(INDEX(CLS_Actions[Axe stratégique],MATCH($A6,CLS_Actions[N° axe],0))&"","")',
      'COUNTIFS(CLS_Actions[N° axe],$A6,CLS_Actions[Statut],C$5)',
      'COUNTIFS(CLS_Actions[N° axe],$A6,CLS_Actions[Statut],D$5)',
      'COUNTIFS(CLS_Actions[N° axe],$A6,CLS_Actions[Statut],E$5)',
      'COUNTIFS(CLS_Actions[N° axe],$A6,CLS_Actions[Statut],F$5)',
      'COUNTIFS(CLS_Actions[N° axe],$A6,CLS_Actions[Statut],G$5)',
      'COUNTIFS(CLS_Actions[N° axe],$A6,CLS_Actions[N° action],"<>")',
      'IFERROR(E6/H6,"")',
    ]);
    expect(table.values[3]!.slice(2).map(formulaOf)).toEqual(['SUM(C6:C7)', 'SUM(D6:D7)', 'SUM(E6:E7)', 'SUM(F6:F7)', 'SUM(G6:G7)', 'SUM(H6:H7)', 'IFERROR(E8/H8,"")']);
    expect(table.numberFormats?.[1]).toEqual([null, null, null, null, null, null, null, null, '0 %']);
    expect(Object.keys(table.rowStyles ?? {})).toEqual(['0', '3']);
    expect(sheet().charts?.[0]).toEqual({ type: 'columnStacked', title: 'Actions par axe et par statut', dataRange: 'B5:G7', anchor: 'L4' });
    expect(sheet().dataBars?.[0]).toEqual({ range: 'I6:I7', color: '#70AD47' });
  });

  it('an empty workbook gets six numbered axes and no share', () => {
    const table = block(2, sheet(null, null));
    expect(table.values.slice(1, 7).map((r) => [r[0], resultOf(r[1]), resultOf(r[7]), resultOf(r[8])])).toEqual(
      ['1', '2', '3', '4', '5', '6'].map((n) => [n, '', 0, '']),
    );
    expect(table.values[7]!.map(resultOf)).toEqual([null, 'Total', 0, 0, 0, 0, 0, 0, '']);
  });
});

describe('section 2: commitments by partner and year', () => {
  it('each partner’s committed Financier lines per contract year, row and column totals', () => {
    const table = block(4);
    expect([block(3).anchor, table.anchor]).toEqual(['A10', 'A11']);
    expect(table.values.map((r) => r.map(resultOf))).toEqual([
      ['Financeur', 2025, 2026, 2027, 'Total'],
      ['ARS', 300, 0, 100, 400],
      ['CAF', 0, 200, 0, 200],
      ['Total', 300, 200, 100, 600],
    ]);
    expect(formulaOf(table.values[1]![0])).toBe('IFERROR(INDEX(CLS_Financeurs[Financeur],1)&"","")');
    expect(formulaOf(table.values[2]![1])).toBe(`IF(OR($A13="",B$11=""),"",SUM(SUMIFS(${AMOUNT},CLS_Financements[Financeur],$A13,CLS_Financements[Année],B$11,${COMMITTED})))`);
    expect(formulaOf(table.values[1]![4])).toBe(`IF($A12="","",SUM(SUMIFS(${AMOUNT},CLS_Financements[Financeur],$A12,${COMMITTED})))`);
    expect(formulaOf(table.values[3]![3])).toBe(`IF(D$11="","",SUM(SUMIFS(${AMOUNT},CLS_Financements[Année],D$11,${COMMITTED})))`);
    expect(formulaOf(table.values[3]![4])).toBe(`SUM(SUMIFS(${AMOUNT},${COMMITTED}))`);
    expect(formulaOf(table.values[0]![1])).toMatch(/^IFERROR\(IF\(OR\(.*,0>=.*\),"",YEAR\(.*\)\+0\),""\)$/);
    expect(table.numberFormats?.slice(0, 2)).toEqual([
      [null, '0', '0', '0', null],
      [null, '#,##0.00 "€"', '#,##0.00 "€"', '#,##0.00 "€"', '#,##0.00 "€"'],
    ]);
    expect(sheet().charts?.[1]).toEqual({ type: 'columnStacked', title: 'Engagements par partenaire et par année', dataRange: 'A11:D13', anchor: 'L22' });
    expect(sheet().dataBars?.[1]).toEqual({ range: 'E12:E13', color: '#5B9BD5' });
  });

  it('without a start year, the years and their amounts are left to the formulas', () => {
    expect(block(4, sheet(SAMPLE, null)).values.map((r) => r.map(resultOf))).toEqual([
      ['Financeur', '', '', '', 'Total'],
      ['ARS', '', '', '', 400],
      ['CAF', '', '', '', 200],
      ['Total', '', '', '', 600],
    ]);
  });
});

describe('sections 3 and 4: plan coverage and indicators', () => {
  it('budget, committed, left to find and coverage of the actions, then what the total leaves out', () => {
    const coverage = block(6);
    expect([block(5).anchor, coverage.anchor]).toEqual(['A16', 'A17']);
    expect(coverage.values.map((r) => [r[0], resultOf(r[1])])).toEqual([
      ['Nombre d’actions', 3],
      ['Actions en retard (fin dépassée, ni réalisée ni abandonnée)', undefined],
      ['Budget prévisionnel des actions', 1500],
      ['Engagé sur les actions (acquis et sollicité)', 500],
      ['Restant à trouver sur les actions', 1000],
      ['Taux de couverture des actions', 0.333333333333333],
      ['Total engagé, tous objets (acquis et sollicité)', 600],
      ['Financements prévisionnels (non comptés)', 50],
      ['Moyens valorisés (humains et matériels)', 70],
    ]);
    expect(coverage.values.map((r) => formulaOf(r[1]))).toEqual([
      'COUNTIFS(CLS_Actions[N° action],"<>")',
      'COUNTIFS(CLS_Actions[Fin],"<"&TODAY(),CLS_Actions[Statut],"<>Réalisée",CLS_Actions[Statut],"<>Abandonnée")',
      'SUM(CLS_Actions[Budget prévisionnel (€)])',
      `SUM(SUMIFS(${AMOUNT},CLS_Financements[Objet],"Action",${COMMITTED}))`,
      'B19-B20',
      'IFERROR(B20/B19,"")',
      `SUM(SUMIFS(${AMOUNT},${COMMITTED}))`,
      `SUMIFS(${AMOUNT},CLS_Financements[Nature],"Financier",CLS_Financements[Statut],"Prévisionnel")`,
      `SUM(SUMIFS(${AMOUNT},CLS_Financements[Nature],{"Humain valorisé","Matériel valorisé"}))`,
    ]);
    expect((coverage.numberFormats as readonly (readonly (string | null)[])[]).map((r) => r[1])).toEqual(['#,##0', '#,##0', '#,##0.00 "€"', '#,##0.00 "€"', '#,##0.00 "€"', '0 %', '#,##0.00 "€"', '#,##0.00 "€"', '#,##0.00 "€"']);
  });

  it('how many indicators, of which kinds, and how many are measured each contract year', () => {
    const indicators = block(8);
    expect([block(7).anchor, indicators.anchor, block(9).anchor]).toEqual(['A27', 'A28', 'A36']);
    expect(indicators.values.map((r) => [r[0], resultOf(r[1])])).toEqual([
      ['Nombre d’indicateurs', 3],
      ['Actions dotées d’au moins un indicateur', 1],
      ['Indicateurs de résultat', 2],
      ['Indicateurs quantitatifs sans valeur cible', 1],
      ['Indicateurs renseignés : réalisé année 1', 2],
      ['Indicateurs renseignés : réalisé année 2', 1],
      ['Indicateurs renseignés : réalisé année 3', 1],
    ]);
    expect(indicators.values.map((r) => formulaOf(r[1]))).toEqual([
      'COUNTIFS(CLS_Evaluation[Indicateur],"<>")',
      'SUMPRODUCT((CLS_Actions[N° action]<>"")*(COUNTIF(CLS_Evaluation[N° action],CLS_Actions[N° action])>0))',
      // The apostrophe escaped as structured references want it.
      'COUNTIFS(CLS_Evaluation[Type d\'\'indicateur],"Résultat")',
      'COUNTIFS(CLS_Evaluation[Nature],"Quantitatif",CLS_Evaluation[Valeur cible],"")',
      'COUNTIFS(CLS_Evaluation[Réalisé année 1],"<>",CLS_Evaluation[Indicateur],"<>")',
      'COUNTIFS(CLS_Evaluation[Réalisé année 2],"<>",CLS_Evaluation[Indicateur],"<>")',
      'COUNTIFS(CLS_Evaluation[Réalisé année 3],"<>",CLS_Evaluation[Indicateur],"<>")',
    ]);
  });

  it('the sheet: widths, portrait print, owned', () => {
    const s = sheet();
    expect(s.columnWidths).toEqual({ A: 50, B: 52, C: 13, D: 13, E: 13, F: 13, G: 13, H: 13, I: 13 });
    expect([s.name, s.owned, s.print, s.tabColor]).toEqual(['Synthèse', true, { landscape: false, fitToWidth: true }, '#548235']);
  });
});
