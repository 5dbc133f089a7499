/** The generator's small pieces, each with its exact output written out by hand: formulas, ownership, geometry, sums, the plan's summary. */
import { colRef, column, contractYearFormula, parameterValue, str, tableColumns } from '../../../src/domain/generate/refs';
import { claimOwnedSheets, isMarkerName, isOwnedSheet, markerNames, markerRef, ownedSheetName, sheetOfRef } from '../../../src/domain/generate/ownership';
import { anchorOf, tableArea } from '../../../src/domain/generate/geometry';
import { euros, isCommittedLine, ratio, sumCentsWhere } from '../../../src/domain/generate/funding-math';
import { summarizePlan } from '../../../src/domain/generate/summary';
import type { TablePlan, WorkbookPlan } from '../../../src/domain/generate/plan';
import type { SampleFunding } from '../../../src/domain/generate/sample';
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDINGS_TABLE } from '../../../src/domain/workbook/contract';

describe('formula building blocks', () => {
  it('the evaluation table’s yearly columns follow Valeur cible', () => {
    expect(tableColumns(EVALUATION_TABLE, 3).map((c) => c.header)).toEqual([
      'N° action', 'Objectif opérationnel', 'Résultats attendus', 'Indicateur', "Type d'indicateur", 'Nature', 'Valeur cible',
      'Réalisé année 1', 'Réalisé année 2', 'Réalisé année 3', "Outil d'évaluation", 'Qui évalue', 'Quand évaluer',
    ]);
    expect(tableColumns(EVALUATION_TABLE, 5)[11]).toEqual({ key: 'measure5', header: 'Réalisé année 5', kind: 'text', required: false, width: 14 });
    expect(tableColumns(ACTIONS_TABLE, 5)).toBe(ACTIONS_TABLE.columns);
  });

  it('structured references escape the apostrophe; text literals double their quotes', () => {
    expect(colRef(ACTIONS_TABLE, 'title')).toBe("CLS_Actions[Intitulé de l''action]");
    expect(colRef(FUNDINGS_TABLE, 'amount')).toBe('CLS_Financements[Montant (€)]');
    expect(() => column(ACTIONS_TABLE, 'nope')).toThrow('Column nope not in CLS_Actions');
    expect(str('dit "oui"')).toBe('"dit ""oui"""');
  });

  it('a parameter is looked up by its label; a contract year is blank beyond the duration', () => {
    const duration = 'INDEX(CLS_Parametres[Valeur],MATCH("Durée (années)",CLS_Parametres[Paramètre],0))';
    const signature = 'INDEX(CLS_Parametres[Valeur],MATCH("Date de signature",CLS_Parametres[Paramètre],0))';
    expect(parameterValue('durationYears')).toBe(duration);
    expect(contractYearFormula(2)).toBe(`IFERROR(IF(OR(${signature}="",${duration}="",2>=${duration}),"",YEAR(${signature})+2),"")`);
  });
});

describe('ownership of sheets', () => {
  it('markers and the sheet a reference points at', () => {
    expect(markerRef('Listes')).toBe('Listes!$A$1');
    expect(markerRef("Plan d'action")).toBe("'Plan d''action'!$A$1");
    expect(sheetOfRef(' =Listes!$A$1 ')).toBe('Listes');
    expect(sheetOfRef("'It''s ours'!A1")).toBe("It's ours");
    expect(sheetOfRef('!A1')).toBeNull();
    expect(sheetOfRef('Listes')).toBeNull();
    expect(isMarkerName(' cls_feuille_synthese ')).toBe(true);
    expect(isMarkerName('CLS_Feuille_Autre')).toBe(false);
  });

  it('a sheet is ours only when a marker points at it, whatever the case', () => {
    expect(isOwnedSheet('synthèse', [{ name: 'CLS_Feuille_Synthese', ref: "'SYNTHESE'!$A$1" }])).toBe(true);
    expect(isOwnedSheet('Synthèse', [{ name: 'Ma_Synthese', ref: "'Synthèse'!$A$1" }])).toBe(false);
    expect(isOwnedSheet('Synthèse', [{ name: 'CLS_Feuille_Synthese', ref: 'CLS_Actions[Statut]' }])).toBe(false);
  });

  const plan: WorkbookPlan = { sheets: [{ name: 'Synthèse', owned: true, blocks: [] }, { name: 'Saisie', owned: false, blocks: [] }], names: [] };
  it.each([
    ['no such sheet', { sheets: [{ name: 'Feuil1' }] }, 'Synthèse'],
    ['the user’s Synthèse', { sheets: [{ name: 'SYNTHÈSE', values: [['x']] }] }, 'Synthèse (CLS)'],
    ['the user’s Synthèse and Synthèse (CLS)', { sheets: [{ name: 'Synthèse' }, { name: 'synthèse (cls)' }] }, 'Synthèse (CLS 2)'],
    ['up to (CLS 2)', { sheets: [{ name: 'Synthèse' }, { name: 'Synthèse (CLS)' }, { name: 'Synthèse (CLS 2)' }] }, 'Synthèse (CLS 3)'],
    ['a blank Synthèse', { sheets: [{ name: 'Synthèse', values: [[null, '']] }] }, 'Synthèse'],
    ['a Synthèse blank but for a chart', { sheets: [{ name: 'Synthèse', values: [], drawings: 1 }] }, 'Synthèse (CLS)'],
    ['a Synthèse blank but for a table', { sheets: [{ name: 'Synthèse', values: [] }], tables: [{ sheet: 'synthèse' }] }, 'Synthèse (CLS)'],
    ['a marker on another sheet', { sheets: [{ name: 'Synthèse' }, { name: 'Bilan' }], names: [{ name: 'CLS_Feuille_Synthese', ref: 'Bilan!$A$1' }] }, 'Bilan'],
    ['a marker on a sheet that is gone', { sheets: [{ name: 'Feuil1' }], names: [{ name: 'CLS_Feuille_Synthese', ref: 'Bilan!$A$1' }] }, 'Synthèse'],
  ])('with %s, ours is %s', (_, workbook, name) => {
    const { plan: fitted, moved } = claimOwnedSheets(plan, workbook);
    expect(fitted.sheets.map((s) => s.name)).toEqual([name, 'Saisie']);
    expect(moved).toEqual(name === 'Synthèse' ? [] : [{ from: 'Synthèse', to: name }]);
    expect(fitted.names).toEqual([{ name: 'CLS_Feuille_Synthese', ref: markerRef(name), comment: 'Feuille produite par Tableaux CLS' }]);
  });

  it('references to a moved sheet follow it; others stay', () => {
    const withRefs: WorkbookPlan = {
      sheets: [{ name: 'Listes', owned: true, blocks: [{ kind: 'range', anchor: 'A1', values: [[{ formula: 'Listes!A2&XListes!A1&Listes!A3' }]] }] }],
      names: [{ name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$6' }],
    };
    const { plan: fitted } = claimOwnedSheets(withRefs, { sheets: [{ name: 'Listes' }] });
    expect(fitted.sheets[0]?.blocks[0]).toEqual({ kind: 'range', anchor: 'A1', values: [[{ formula: "'Listes (CLS)'!A2&XListes!A1&'Listes (CLS)'!A3" }]] });
    expect(fitted.names).toEqual([{ name: 'Liste_Statuts', ref: "'Listes (CLS)'!$A$2:$A$6" }, { name: 'CLS_Feuille_Listes', ref: "'Listes (CLS)'!$A$1", comment: 'Feuille produite par Tableaux CLS' }]);
  });

  it('where an owned sheet lives, and the markers of a plan', () => {
    expect(ownedSheetName('Contrôle', { sheets: [{ name: 'Contrôle' }] })).toBe('Contrôle (CLS)');
    expect(ownedSheetName('Contrôle', { sheets: [] })).toBe('Contrôle');
    expect(markerNames([{ name: 'Listes', owned: true, blocks: [] }, { name: 'Saisie', owned: true, blocks: [] }, { name: 'Synthèse', owned: false, blocks: [] }])).toEqual([
      { name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1', comment: 'Feuille produite par Tableaux CLS' },
    ]);
  });
});

describe('geometry, sums and summary', () => {
  const table = (rows: number, spareRows?: number): TablePlan => ({
    kind: 'table', name: 'T', anchor: 'B3', columns: [{ header: 'a', width: 1 }, { header: 'b', width: 1 }, { header: 'c', width: 1 }],
    rows: Array.from({ length: rows }, () => [null, null, null]), style: 's', ...(spareRows === undefined ? {} : { spareRows }),
  });
  it('anchors and table areas: header, rows, spare rows, at least one data row', () => {
    expect(anchorOf('B3')).toEqual({ row: 3, column: 2 });
    expect(() => anchorOf('3B')).toThrow('Adresse d’ancrage invalide dans le plan / invalid anchor in the plan: « 3B »');
    expect(tableArea(table(2, 3), 3, 2)).toEqual({ top: 3, left: 2, bottom: 8, right: 4 });
    expect(tableArea(table(0), 1, 1)).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
  });

  it('committed lines, sums in cents, euros and ratios as Excel caches them', () => {
    const line = (nature: string, status: string, amountCents: number) => ({ nature, status, amountCents }) as unknown as SampleFunding;
    const lines = [line('Financier', 'Acquis', 100), line('Financier', 'Sollicité', 20), line('Financier', 'Prévisionnel', 3), line('Humain valorisé', 'Acquis', 4)];
    expect(lines.map(isCommittedLine)).toEqual([true, true, false, false]);
    expect(sumCentsWhere(lines, isCommittedLine)).toBe(120);
    expect(euros(12_345)).toBe(123.45);
    expect(ratio(1, 3)).toBe(0.333333333333333);
  });

  it('the command line’s summary of a plan', () => {
    const plan: WorkbookPlan = {
      sheets: [{ name: 'A', owned: false, blocks: [table(0), table(1), { kind: 'range', anchor: 'A1', values: [] }] }, { name: 'B', owned: true, blocks: [{ ...table(4), name: 'U' }] }],
      names: [{ name: 'n', ref: 'A!A1' }],
    };
    const summary = summarizePlan(plan);
    expect(summary).toEqual({ sheets: ['A', 'B'], tables: [{ name: 'T', sheet: 'A', rows: 0 }, { name: 'T', sheet: 'A', rows: 1 }, { name: 'U', sheet: 'B', rows: 4 }], names: 1 });
  });
});
