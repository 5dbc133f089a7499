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

describe('what blocks an adoption, and what does not', () => {
  // The pasted range is A3:H5.
  it.each([
    [['A1:C1'], undefined],
    [['A6:B6'], undefined],
    [['I4:J4'], undefined],
    [['not a range'], undefined],
    [['H5:I5'], 'merged-cells'],
    [['A2:A3'], 'merged-cells'],
    [['A1:C1', 'C5:D6'], 'merged-cells'],
  ] as const)('merges %j: %p', (merges, blocked) => {
    const snapshot = pasted();
    expect(findPlainRanges({ ...snapshot, sheets: [{ ...snapshot.sheets[0]!, merges: [...merges] }] })[0]?.blocked).toBe(blocked);
  });

  it('only the merges of the range’s own sheet count', () => {
    const snapshot = pasted();
    const other = { name: 'Notes', top: 1, left: 1, values: [['x']], merges: ['A3:H5'] };
    expect(findPlainRanges({ ...snapshot, sheets: [other, ...snapshot.sheets] })).toEqual([{ table: 'CLS_Financements', sheet: 'Financements', range: 'A3:H5' }]);
  });

  it.each([
    ['a table over its last rows', { sheet: 'Financements', top: 5, left: 7, bottom: 6, right: 9 }, 'overlaps-table'],
    ['a table touching its first column', { sheet: 'Financements', top: 4, left: 1, bottom: 4, right: 1 }, 'overlaps-table'],
    ['a table beside it', { sheet: 'Financements', top: 3, left: 10, bottom: 5, right: 11 }, undefined],
    ['a table below it', { sheet: 'Financements', top: 8, left: 1, bottom: 9, right: 8 }, undefined],
    ['a table at the same place on another sheet', { sheet: 'Notes', top: 4, left: 1, bottom: 5, right: 8 }, undefined],
  ] as const)('%s: %p', (_label, place, blocked) => {
    const snapshot = pasted();
    const notes = { name: 'Notes', top: 1, left: 1, values: [['x']] };
    const withTable: WorkbookSnapshot = { sheets: [...snapshot.sheets, notes], tables: [{ name: 'Tableau1', hasHeaderRow: true, ...place }] };
    expect(findPlainRanges(withTable)[0]?.blocked).toBe(blocked);
  });

  it('a range that cannot be adopted leaves its sheet without that table, the other blocks as planned', () => {
    const plan = planWorkbook({ profile: 'normandie', years: 3, sample: false });
    const blocksOf = (p: typeof plan) => p.sheets.find((s) => s.name === 'Financements')!.blocks;
    const blocked = adoptPlainRanges(plan, pasted(FUNDING_HEADER, ['B4:C4'])).plan;
    expect(blocksOf(blocked)).toEqual(blocksOf(plan).filter((b) => !(b.kind === 'table' && b.name === 'CLS_Financements')));
    expect(blocksOf(blocked).length).toBe(blocksOf(plan).length - 1);
  });
});
