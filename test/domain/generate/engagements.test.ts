/**
 * The Engagements partenaires sheet for a small hand-made CLS: two partners, one action, five commitments. Every
 * formula and cached result below is written out by hand from the seeds' matrix (CONTRACT §3): SUMIFS over
 * Financier lines, Acquis or Sollicité, for the year chosen in B3.
 */
import { engagementsSheet } from '../../../src/domain/generate/engagements';
import type { RangePlan } from '../../../src/domain/generate/plan';
import { formulaOf, resultOf } from './plan-cells';
import type { SampleAction, SampleFunding } from '../../../src/domain/generate/sample';

const action = { number: '1.1', title: 'Ateliers nutrition', budgetCents: 100_000 } as SampleAction;
const line = (funder: string, object: SampleFunding['object'], nature: SampleFunding['nature'], status: SampleFunding['status'], amountCents: number): SampleFunding => ({
  object, action: object === 'Action' ? '1.1' : null, funder, nature, year: 2025, amountCents, status, paidCents: null, comment: '',
});
const FUNDINGS = [
  line('ARS', 'Action', 'Financier', 'Acquis', 30_000),
  line('CAF', 'Action', 'Financier', 'Sollicité', 20_000),
  line('Mairie', 'Coordination', 'Financier', 'Acquis', 10_000),
  line('ARS', 'Action', 'Financier', 'Prévisionnel', 5000),
  line('CAF', 'Action', 'Humain valorisé', 'Acquis', 7000),
];

const sheet = () => engagementsSheet({ funders: ['ARS', 'CAF'], actions: [action], fundings: FUNDINGS, coordinationBudgetCents: 50_000 });
const block = (i: number) => sheet().blocks[i] as RangePlan;

const AMOUNT = 'CLS_Financements[Montant (€)]';
const YEAR = 'CLS_Financements[Année],IF(OR($B$3="",$B$3="Toutes"),"<>Toutes",$B$3)';
const COMMITTED = `CLS_Financements[Nature],"Financier",${YEAR},CLS_Financements[Statut],{"Acquis","Sollicité"}`;
const CHOSEN = 'AND($B$3<>"",$B$3<>"Toutes")';

describe('the matrix: one row per action, then the other objets and the totals', () => {
  it('the header: partner names from CLS_Financeurs, then the unlisted, total, budget, remaining and coverage columns', () => {
    const header = block(1).values[0]!;
    expect([block(1).anchor, header.length]).toEqual(['A5', 9]);
    expect(header.map(resultOf)).toEqual(['N° action', 'Action ou objet', 'ARS', 'CAF', 'Hors liste des partenaires', 'Total engagé', 'Budget prévisionnel', 'Restant à trouver', 'Taux de couverture']);
    expect(header.slice(2, 4).map(formulaOf)).toEqual(['IFERROR(INDEX(CLS_Financeurs[Financeur],1)&"","")', 'IFERROR(INDEX(CLS_Financeurs[Financeur],2)&"","")']);
  });

  it('the action row follows the first row of CLS_Actions, and sums its committed lines per partner', () => {
    const row = block(1).values[1]!;
    expect(row.map(formulaOf)).toEqual([
      'IFERROR(INDEX(CLS_Actions[N° action],1)&"","")',
      // The apostrophe of the header is escaped as Excel's structured references want it.
      'IF($A6="","",INDEX(CLS_Actions[Intitulé de l\'\'action],1)&"")',
      `IF(OR($A6="",C$5=""),"",SUM(SUMIFS(${AMOUNT},CLS_Financements[Objet],"Action",CLS_Financements[N° action],$A6,CLS_Financements[Financeur],C$5,${COMMITTED})))`,
      `IF(OR($A6="",D$5=""),"",SUM(SUMIFS(${AMOUNT},CLS_Financements[Objet],"Action",CLS_Financements[N° action],$A6,CLS_Financements[Financeur],D$5,${COMMITTED})))`,
      'IF($A6="","",ROUND($F6-SUM(C6:D6),2))',
      `IF($A6="","",SUM(SUMIFS(${AMOUNT},CLS_Financements[Objet],"Action",CLS_Financements[N° action],$A6,${COMMITTED})))`,
      'IF($A6="","",IF(INDEX(CLS_Actions[Budget prévisionnel (€)],1)="","",INDEX(CLS_Actions[Budget prévisionnel (€)],1)))',
      `IF(OR($G6="",${CHOSEN}),"",$G6-$F6)`,
      `IF(OR($G6="",${CHOSEN}),"",IFERROR($F6/$G6,""))`,
    ]);
    // ARS 300 € acquis, CAF 200 € sollicité; the forecast and the valorised hours are not committed.
    expect(row.map(resultOf)).toEqual(['1.1', 'Ateliers nutrition', 300, 200, 0, 500, 1000, 500, 0.5]);
  });

  it('the other objets: coordination has the post’s budget; a partner outside the list is counted apart', () => {
    const rows = block(1).values.slice(2, 7);
    expect(rows.map((r) => r[1])).toEqual(['Coordination', 'Diagnostic', 'Évaluation', 'Communication et animation', 'Autre']);
    const coordination = rows[0]!;
    expect(coordination.map(resultOf)).toEqual([null, 'Coordination', 0, 0, 100, 100, 500, 400, 0.2]);
    expect(formulaOf(coordination[2])).toBe(`IF(C$5="","",SUM(SUMIFS(${AMOUNT},CLS_Financements[Objet],$B7,CLS_Financements[Financeur],C$5,${COMMITTED})))`);
    expect(formulaOf(coordination[4])).toBe('ROUND($F7-SUM(C7:D7),2)');
    const cost = 'INDEX(CLS_Parametres[Valeur],MATCH("Coût annuel du poste de coordination (€)",CLS_Parametres[Paramètre],0))';
    const duration = 'INDEX(CLS_Parametres[Valeur],MATCH("Durée (années)",CLS_Parametres[Paramètre],0))';
    expect(formulaOf(coordination[6])).toBe(`IFERROR(IF(OR(${cost}="",${duration}=""),"",${cost}*${duration}),"")`);
    expect(rows[1]!.map(resultOf)).toEqual([null, 'Diagnostic', 0, 0, 0, 0, null, '', '']);
  });

  it('the totals row counts every commitment, and sums the budgets and what remains over the contract', () => {
    const totals = block(1).values[7]!;
    expect(totals.map(formulaOf)).toEqual([
      undefined,
      undefined,
      `IF(C$5="","",SUM(SUMIFS(${AMOUNT},CLS_Financements[Financeur],C$5,${COMMITTED})))`,
      `IF(D$5="","",SUM(SUMIFS(${AMOUNT},CLS_Financements[Financeur],D$5,${COMMITTED})))`,
      'ROUND($F12-SUM(C12:D12),2)',
      `SUM(SUMIFS(${AMOUNT},${COMMITTED}))`,
      'SUM(G6:G11)',
      `IF(${CHOSEN},"",SUM(H6:H11))`,
      `IF(${CHOSEN},"",IFERROR((G12-H12)/G12,""))`,
    ]);
    // Budgets 1 000 + 500; remaining 500 + 400; covered (1 500 − 900) / 1 500.
    expect(totals.map(resultOf)).toEqual([null, 'Total', 300, 200, 100, 600, 1500, 900, 0.4]);
  });

  it('amounts show a dash for zero, the coverage a percentage; header and totals rows styled', () => {
    const matrix = block(1);
    expect(matrix.numberFormats?.[0]).toEqual(Array.from({ length: 9 }, () => null));
    expect(matrix.numberFormats?.[1]).toEqual([null, null, ...Array.from({ length: 6 }, () => '#,##0.00 "€";-#,##0.00 "€";"–"'), '0 %']);
    expect(Object.keys(matrix.rowStyles ?? {})).toEqual(['0', '7']);
  });
});

describe('by status and nature, under the matrix', () => {
  it('acquis and sollicité apart, their sum, then what the committed total leaves out', () => {
    const split = block(2);
    expect(split.anchor).toBe('A14');
    expect(split.values.map((r) => r[1])).toEqual([
      'Par statut et par nature',
      'Financier acquis',
      'Financier sollicité',
      'Engagé (acquis + sollicité)',
      'Financier prévisionnel (hors total engagé)',
      'Humain valorisé (hors total engagé)',
      'Matériel valorisé (hors total engagé)',
    ]);
    expect(split.values[0]!.map(resultOf)).toEqual([null, 'Par statut et par nature', 'ARS', 'CAF', 'Hors liste des partenaires', 'Total']);
    expect(split.values[0]!.slice(2, 4).map(formulaOf)).toEqual(['C5', 'D5']);
    expect(split.values.slice(1).map((r) => r.slice(2).map(resultOf))).toEqual([
      [300, 0, 100, 400],
      [0, 200, 0, 200],
      [300, 200, 100, 600],
      [50, 0, 0, 50],
      [0, 70, 0, 70],
      [0, 0, 0, 0],
    ]);
    expect(split.values[1]!.slice(2).map(formulaOf)).toEqual([
      `IF(C$5="","",SUMIFS(${AMOUNT},CLS_Financements[Financeur],C$5,CLS_Financements[Nature],"Financier",${YEAR},CLS_Financements[Statut],"Acquis"))`,
      `IF(D$5="","",SUMIFS(${AMOUNT},CLS_Financements[Financeur],D$5,CLS_Financements[Nature],"Financier",${YEAR},CLS_Financements[Statut],"Acquis"))`,
      'ROUND(F15-SUM(C15:D15),2)',
      `SUMIFS(${AMOUNT},CLS_Financements[Nature],"Financier",${YEAR},CLS_Financements[Statut],"Acquis")`,
    ]);
    expect(split.values[3]!.slice(2).map(formulaOf)).toEqual(['IF(C$5="","",SUM(C15,C16))', 'IF(D$5="","",SUM(D15,D16))', 'SUM(E15,E16)', 'SUM(F15,F16)']);
    expect(formulaOf(split.values[5]![6 - 1])).toBe(`SUMIFS(${AMOUNT},CLS_Financements[Nature],"Humain valorisé",${YEAR})`);
    expect(split.numberFormats?.[1]).toEqual([null, null, ...Array.from({ length: 4 }, () => '#,##0.00 "€";-#,##0.00 "€";"–"')]);
  });
});

describe('the sheet around the matrix', () => {
  it('titles, the year selector, notes below, widths, heights, remaining in orange or red', () => {
    const s = sheet();
    expect(block(0).values[2]).toEqual(['Année :', 'Toutes', 'Choisissez une année du contrat ou « Toutes ».']);
    expect(block(3).anchor).toBe('A22');
    expect(s.columnWidths).toEqual({ A: 10, B: 52, C: 14, D: 14, E: 14, F: 14, G: 14, H: 14, I: 12 });
    expect(s.rowHeights).toEqual({ 5: 48, 14: 48 });
    expect(s.conditionalFormats).toEqual([
      { range: 'H6:H11', formula: 'AND(ISNUMBER(H6),H6>0)', fill: '#FFE699' },
      { range: 'H6:H11', formula: 'AND(ISNUMBER(H6),H6<0)', fill: '#F8CBAD' },
    ]);
    expect(s.cellValidations).toEqual([{ range: 'B3', validation: { kind: 'list', listName: 'Liste_Annees_Selection', strict: true }, prompt: 'Une année du contrat, ou « Toutes ».' }]);
    expect([s.name, s.owned, s.freezeRows, s.freezeColumns]).toEqual(['Engagements partenaires', true, 5, 2]);
  });

  it('an empty workbook gets 30 action rows, no cached amount, and a long title a taller row', () => {
    const empty = engagementsSheet({ funders: ['ARS'], actions: [], fundings: [], coordinationBudgetCents: null });
    const matrix = empty.blocks[1] as RangePlan;
    expect(matrix.values).toHaveLength(1 + 30 + 5 + 1);
    expect(matrix.values[1]!.map(resultOf)).toEqual(['', '', '', '', '', '', '', '']);
    expect(matrix.values[31]!.map(resultOf)).toEqual([null, 'Coordination', 0, 0, 0, '', '', '']);
    expect(matrix.values[36]!.map(resultOf)).toEqual([null, 'Total', 0, 0, 0, 0, 0, '']);
    const longTitle = engagementsSheet({ funders: [], actions: [{ ...action, title: 'mot '.repeat(30) }], fundings: [], coordinationBudgetCents: null });
    expect(longTitle.rowHeights).toEqual({ 5: 48, 6: 47, 14: 48 });
    expect(formulaOf((longTitle.blocks[1] as RangePlan).values[1]![2])).toBe('IF($A6="","",ROUND($D6-0,2))');
  });
});
