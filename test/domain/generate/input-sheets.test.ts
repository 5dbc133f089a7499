/** The input sheets as planned: columns, conditional formats, parameters, row heights. Expectations written by hand. */
import { actionsSheet, evaluationSheet, fundingRow, fundingsSheet, instancesSheet, meetingsSheet, parametersSheet, sampleIndicatorRow } from '../../../src/domain/generate/input-sheets';
import type { TablePlan } from '../../../src/domain/generate/plan';
import type { SampleCls, SampleIndicator } from '../../../src/domain/generate/sample';

const tableOf = (sheet: { blocks: readonly unknown[] }, i = 0): TablePlan => sheet.blocks[i] as TablePlan;

describe('Financements', () => {
  it('flags a negative, textual or missing amount down to the last spare row', () => {
    expect(fundingsSheet(3, []).conditionalFormats).toEqual([
      { range: 'F2:F22', formula: 'OR(AND(ISNUMBER(F2),F2<0),AND(F2<>"",NOT(ISNUMBER(F2))),AND(F2="",COUNTA($A2:$I2)>0))', fill: '#FFE699' },
    ]);
    const rows = [fundingRow({ object: 'Action', action: '1.1.1', funder: 'ARS', nature: 'Financier', year: 2026, amountCents: 120_050, status: 'Acquis', paidCents: null, comment: '' })];
    expect(fundingsSheet(3, [...rows, ...rows, ...rows]).conditionalFormats?.[0]?.range).toBe('F2:F24');
  });

  it('a commitment becomes a row in euros, an empty comment none', () => {
    expect(fundingRow({ object: 'Action', action: '1.1.1', funder: 'ARS', nature: 'Financier', year: 2026, amountCents: 120_050, status: 'Acquis', paidCents: 5000, comment: '' })).toEqual({
      object: 'Action', actionNumber: '1.1.1', funder: 'ARS', nature: 'Financier', year: 2026, amount: 1200.5, status: 'Acquis', paid: 50, comment: null,
    });
    expect(fundingRow({ object: 'Autre', action: null, funder: 'CAF', nature: 'Humain valorisé', year: null, amountCents: 0, status: 'Sollicité', paidCents: null, comment: 'vu' })).toMatchObject({ paid: null, comment: 'vu', year: null, amount: 0 });
  });

  it('columns: formats, validations, prompts, and wrapped text on the wide text and list columns', () => {
    const columns = tableOf(fundingsSheet(3, [])).columns;
    expect(columns.map((c) => c.wrap === true)).toEqual([true, false, true, true, false, false, true, false, true]);
    expect(columns[1]).toMatchObject({ header: 'N° action', numberFormat: '@', validation: { kind: 'list', listName: 'Liste_Actions', strict: true }, prompt: 'Obligatoire quand l’objet est « Action » : un N° action du plan d’action.' });
    expect(columns[5]).toMatchObject({ header: 'Montant (€)', numberFormat: '#,##0.00 "€"', validation: { kind: 'decimal', min: 0 } });
    expect(columns[8]).toEqual({ header: 'Commentaire', width: 36, wrap: true });
  });

  it('row heights: the header on three lines at most (« N° action » spills), a data row as tall as its longest wrapped text', () => {
    const long = `${'a'.repeat(20)} ${'b'.repeat(20)} ${'c'.repeat(20)}`;
    const row = (comment: string) => fundingRow({ object: 'Action', action: '1.1.1', funder: 'ARS', nature: 'Financier', year: 2026, amountCents: 100, status: 'Acquis', paidCents: null, comment });
    expect(fundingsSheet(3, [row('court'), row(long)]).rowHeights).toEqual({ 1: 47, 3: 47 });
    expect(fundingsSheet(3, []).print).toEqual({ landscape: true, fitToWidth: true });
    expect([fundingsSheet(3, []).freezeRows, fundingsSheet(3, []).tabColor, fundingsSheet(3, []).owned]).toEqual([1, '#2F5597', false]);
  });
});

describe('Plan d’action', () => {
  it('late actions in red across the table, a bad budget in orange, printed across several pages', () => {
    const sheet = actionsSheet(3, []);
    expect(sheet.conditionalFormats).toEqual([
      { range: 'A2:Y22', formula: 'AND(ISNUMBER($T2),$T2<TODAY(),$U2<>"Réalisée",$U2<>"Abandonnée")', fill: '#F8CBAD' },
      { range: 'W2:W22', formula: 'OR(AND(ISNUMBER(W2),W2<0),AND(W2<>"",NOT(ISNUMBER(W2))))', fill: '#FFE699' },
    ]);
    expect([sheet.print, sheet.freezeColumns]).toEqual([{ landscape: true, fitToWidth: false }, 0]);
    const table = tableOf(sheet);
    expect([table.name, table.anchor, table.style, table.spareRows]).toEqual(['CLS_Actions', 'A1', 'TableStyleMedium2', 20]);
    expect(table.columns[9]).toMatchObject({ header: 'Type', wrap: true, validation: { kind: 'list', listName: 'Liste_Types_Action', strict: true } });
    expect(table.columns[21]).toMatchObject({ numberFormat: '0 %', validation: { kind: 'decimal', min: 0, max: 1 } });
    expect(table.columns[21]?.wrap).toBeUndefined();
  });
});

describe('Paramètres', () => {
  it('without a sample: the profile, the duration and one FTE; formats and validations on their Valeur cells', () => {
    const sheet = parametersSheet('normandie', 4, null);
    const parameters = tableOf(sheet);
    expect(parameters.rows.map((r) => r[1])).toEqual([null, null, null, 'Normandie', null, 4, null, null, null, null, 1, null, null, null]);
    expect([parameters.anchor, parameters.spareRows]).toEqual(['A1', 0]);
    expect(sheet.cellFormats).toEqual([
      { range: 'B6', numberFormat: 'dd/mm/yyyy' },
      { range: 'B7', numberFormat: '0' },
      { range: 'B8', numberFormat: '#,##0' },
      { range: 'B12', numberFormat: '0.0#' },
      { range: 'B13', numberFormat: '#,##0.00 "€"' },
    ]);
    expect(sheet.cellValidations?.map((v) => v.range)).toEqual(['B4', 'B5', 'B6', 'B7', 'B8', 'B12', 'B13', 'B14', 'B15']);
    expect(sheet.cellValidations?.[3]).toEqual({ range: 'B7', validation: { kind: 'whole', min: 3, max: 5 }, prompt: 'Durée du contrat en années : 3 à 5.' });
    expect(sheet.cellValidations?.[4]).toEqual({ range: 'B8', validation: { kind: 'whole', min: 0 } });
    const funders = tableOf(sheet, 1);
    expect([funders.name, funders.anchor, funders.spareRows, funders.rows[0]]).toEqual(['CLS_Financeurs', 'D1', 10, ['ARS', 'État', 'Oui']]);
    expect([sheet.columnWidths, sheet.freezeRows]).toEqual([{ C: 3 }, 1]);
  });

  it('with a sample: its own values', () => {
    const parameters = { name: 'CLS du Pays', durationYears: 5 } as unknown as SampleCls['parameters'];
    const rows = tableOf(parametersSheet('generic', 5, { parameters } as unknown as SampleCls)).rows;
    expect(rows.map((r) => r[1])).toEqual(['CLS du Pays', null, null, null, null, 5, null, null, null, null, null, null, null, null]);
  });
});

describe('Évaluation, Réunions and Instances', () => {
  const indicator = { action: '1.1.1', objective: 'o', expectedResults: 'r', indicator: 'i', type: 'Résultat', nature: 'Quantitatif', target: 10, measures: ['5', '', undefined], tool: 'Enquête', evaluator: 'ARS', when: 46_100 } as unknown as SampleIndicator;

  it('an indicator’s yearly measures, an empty one left blank, a month as a date', () => {
    expect(sampleIndicatorRow(indicator, 3)).toEqual({
      actionNumber: '1.1.1', operationalObjective: 'o', expectedResults: 'r', indicator: 'i', indicatorType: 'Résultat', indicatorNature: 'Quantitatif', target: 10,
      measure1: '5', measure2: null, measure3: null, tool: 'Enquête', evaluator: 'ARS', when: { date: 46_100 },
    });
    expect(sampleIndicatorRow({ ...indicator, when: 'fin 2027' } as SampleIndicator, 4)).toMatchObject({ when: 'fin 2027', measure4: null });
  });

  it('the evaluation table has a Réalisé column per contract year', () => {
    const headers = tableOf(evaluationSheet(4, [sampleIndicatorRow(indicator, 4)])).columns.map((c) => c.header);
    expect(headers.filter((h) => h.startsWith('Réalisé année '))).toEqual(['Réalisé année 1', 'Réalisé année 2', 'Réalisé année 3', 'Réalisé année 4']);
    expect(tableOf(evaluationSheet(4, [sampleIndicatorRow(indicator, 4)])).rows[0]?.slice(7, 11)).toEqual(['5', null, null, null]);
  });

  it('meetings and instances from the sample, dates as dates; none without it', () => {
    const sample = {
      meetings: [{ action: '1.1.1', date: 46_000, participants: 'p', notes: 'n', followUp: 'f', dueDate: 46_030 }],
      instances: [{ instance: 'COPIL', date: 46_010, minutes: 'm', participants: 'q', decisions: 'd' }],
    } as unknown as SampleCls;
    expect(tableOf(meetingsSheet(3, sample)).rows).toEqual([['1.1.1', { date: 46_000 }, 'p', 'n', 'f', { date: 46_030 }]]);
    expect(tableOf(instancesSheet(3, sample)).rows).toEqual([['COPIL', { date: 46_010 }, 'm', 'q', 'd']]);
    expect([tableOf(meetingsSheet(3, null)).rows, tableOf(instancesSheet(3, null)).rows]).toEqual([[], []]);
    expect([meetingsSheet(3, null).name, instancesSheet(3, null).name]).toEqual(['Suivi des rencontres', 'Instances']);
  });
});
