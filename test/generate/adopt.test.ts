import { adoptPlainRanges, findPlainRanges } from '../../src/domain/generate/adopt';
import { planWorkbook } from '../../src/domain/generate';
import type { TablePlan } from '../../src/domain/generate/plan';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

const FUNDING_HEADER = ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Commentaire'];

/** A Financements sheet pasted as a plain range under a title and a blank row. */
function pasted(header: CellValue[] = FUNDING_HEADER, merges: string[] = []): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: 'Financements',
        top: 1,
        left: 1,
        values: [
          ['Financements du CLS 2025-2027'],
          [],
          header,
          ['Coordination', null, 'ARS', 'Financier', 2025, 25000, 'Acquis', null],
          ['Action', '1.1.1', 'CAF', 'Financier', 2026, 1200.5, 'Sollicité', 'dossier'],
        ],
        merges,
      },
    ],
    tables: [],
  };
}

const fundingBlock = (plan: ReturnType<typeof planWorkbook>): TablePlan | undefined =>
  plan.sheets.flatMap((s) => s.blocks).find((b): b is TablePlan => b.kind === 'table' && b.name === 'CLS_Financements');

describe('adopting plain ranges', () => {
  it('finds a pasted table and its exact range, header row included', () => {
    expect(findPlainRanges(pasted())).toEqual([{ table: 'CLS_Financements', sheet: 'Financements', range: 'A3:H5' }]);
  });

  it.each([
    ['header-blank', pasted(FUNDING_HEADER.map((h) => (h === 'Nature' ? null : h))), []],
    ['header-duplicate', pasted([...FUNDING_HEADER, 'Financeur']), []],
    ['merged-cells', pasted(), ['B4:C4']],
  ] as const)('will not adopt a range Excel would have to change (%s)', (reason, snapshot, merges) => {
    const withMerges: WorkbookSnapshot = merges.length ? { ...snapshot, sheets: [{ ...snapshot.sheets[0]!, merges }] } : snapshot;
    expect(findPlainRanges(withMerges)[0]?.blocked).toBe(reason);
  });

  it('marks the plan table to adopt the range, and drops it when the range cannot be adopted', () => {
    const plan = planWorkbook({ profile: 'normandie', years: 3, sample: false });
    expect(fundingBlock(adoptPlainRanges(plan, pasted()).plan)?.adoptRange).toBe('A3:H5');
    expect(fundingBlock(adoptPlainRanges(plan, pasted([...FUNDING_HEADER, 'Financeur'])).plan)).toBeUndefined();
    // Tables the workbook does not hold as ranges are planned as before.
    const untouched = adoptPlainRanges(plan, { sheets: [], tables: [] }).plan;
    expect(untouched).toEqual(plan);
  });
});
