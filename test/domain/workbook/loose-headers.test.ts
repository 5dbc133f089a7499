/**
 * The README's promise, on the `looseHeaders` fixture written with exceljs: headers without accents, in another
 * case, with non-breaking spaces or a typographic apostrophe are the contract's columns (CONTRACT §1).
 */
import { validateWorkbook } from '../../../src/domain/validate';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { buildWorkbookBuffer, FIXTURE_AS_OF, fixtureModel, setCell, tableOf } from '../../fixtures/cls-workbooks';

describe('the looseHeaders fixture through validateWorkbook', () => {
  it('gives no finding, and counts the money as the clean CLS does', async () => {
    const report = validateWorkbook(await readWorkbookBuffer(await buildWorkbookBuffer('looseHeaders')), { asOf: FIXTURE_AS_OF });
    expect(report.findings).toEqual([]);
    // 236 500,50 € committed, 2 000 € forecast: CLEAN_TOTALS, read through « MONTANT (€) » and « annee ».
    expect([report.totals.committedCents, report.totals.forecastCents]).toEqual([23_650_050, 200_000]);
    expect(report.totals.byYearCents).toEqual({ '2025': 8_450_000, '2026': 7_650_050, '2027': 7_550_000 });
  });

  it('reads the renamed columns: an action past its « FIN », under « N° action » with a non-breaking space', async () => {
    const model = fixtureModel('looseHeaders');
    const actions = tableOf(model, 'CLS_Actions');
    setCell(actions, 0, 'Statut', 'En cours');
    setCell(actions, 0, 'Avancement (%)', 0.9);
    const report = validateWorkbook(await readWorkbookBuffer(await buildWorkbookBuffer(model)), { asOf: FIXTURE_AS_OF });
    expect(report.findings.map((f) => [f.rule, f.cell, f.column, f.params])).toEqual([
      ['action.late', 'S2', 'FIN', { end: '2026-06-30', status: 'En cours', asOf: '2026-11-23' }],
    ]);
    expect(report.totals.byAction.map((a) => a.action)).toEqual(['1.1.1', '1.1.2', '2.1.1', '3.1.1', '3.2.1', '4.1.1']);
  });
});
