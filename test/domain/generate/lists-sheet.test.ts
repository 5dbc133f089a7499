/** The Listes sheet and its names: columns, widths, the contract years' cached results. Expectations by hand. */
import { ALL_YEARS, listNames, listsSheet, YEAR_SELECTOR_LIST_NAME } from '../../../src/domain/generate/lists-sheet';
import type { PlanCell, RangePlan } from '../../../src/domain/generate/plan';
import { formulaOf, isFormulaCell } from './plan-cells';

const valuesOf = (years: number[]): readonly (readonly PlanCell[])[] => (listsSheet(years).blocks[0] as RangePlan).values;

describe('the Listes sheet', () => {
  it('one column per list, titled, as wide as its longest entry plus 2 (at most 44)', () => {
    const sheet = listsSheet([]);
    expect([sheet.name, sheet.owned, sheet.freezeRows]).toEqual(['Listes', true, 1]);
    expect(sheet.columnWidths).toEqual({ A: 44, B: 21, C: 16, D: 28, E: 22, F: 25, G: 20, H: 22, I: 22, J: 11, K: 28, L: 21, M: 24, N: 32, O: 26, P: 19 });
    const values = valuesOf([]);
    // The longest list, the themes, has 14 entries under its title.
    expect(values).toHaveLength(15);
    expect(values[0]?.[0]).toBe('Thématiques');
    expect(values[0]?.[15]).toBe('Années du contrat');
    expect(values.map((row) => row[9])).toEqual(['Oui / Non', 'Oui', 'Non', ...Array.from({ length: 12 }, () => null)]);
  });

  it('the year selector: « Toutes », then the five possible contract years, cached when known', () => {
    const column = valuesOf([2025, 2026, 2027]).map((row) => row[15]);
    expect(column[1]).toBe(ALL_YEARS);
    expect(ALL_YEARS).toBe('Toutes');
    const results = column.slice(2, 7).map((cell) => (isFormulaCell(cell) ? (cell.result ?? 'no result') : cell));
    expect(results).toEqual([2025, 2026, 2027, 'no result', 'no result']);
    const formulas = column.slice(2, 7).map((cell) => formulaOf(cell) ?? cell);
    expect(formulas.map((f) => /YEAR\(.*\)\+(\d)\),""\)$/.exec(String(f))?.[1])).toEqual(['0', '1', '2', '3', '4']);
    expect(column.slice(7)).toEqual(Array.from({ length: 8 }, () => null));
  });
});

describe('the names of the lists', () => {
  it('each static list from its second row to its last entry, then the two lists that follow their tables', () => {
    const names = listNames();
    expect(names[0]).toEqual({ name: 'Liste_Thematiques', ref: 'Listes!$A$2:$A$15' });
    expect(names.find((n) => n.name === 'Liste_Oui_Non')).toEqual({ name: 'Liste_Oui_Non', ref: 'Listes!$J$2:$J$3' });
    expect(names.find((n) => n.name === YEAR_SELECTOR_LIST_NAME)).toEqual({ name: 'Liste_Annees_Selection', ref: 'Listes!$P$2:$P$7' });
    expect(names.slice(-2)).toEqual([
      { name: 'Liste_Financeurs', ref: 'CLS_Financeurs[Financeur]', comment: 'Financeurs du tableau CLS_Financeurs' },
      { name: 'Liste_Actions', ref: 'CLS_Actions[N° action]', comment: 'N° des actions du tableau CLS_Actions' },
    ]);
    expect(names).toHaveLength(18);
  });
});
