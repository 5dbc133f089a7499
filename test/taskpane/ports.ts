/** Ports for the task-pane tests: the sample workbook with planted defects, and spies on every capability. */
import type { WorkbookPort } from '../../src/domain/port';
import { columnLetter, parseA1 } from '../../src/domain/values/a1';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { createMemoryPort, sampleSnapshot } from '../../src/taskpane/memory-port';

/** A copy of `snapshot` with one cell changed (the cell must lie inside the sheet's stored block). */
export function withCell(snapshot: WorkbookSnapshot, sheet: string, address: string, value: CellValue): WorkbookSnapshot {
  const at = parseA1(address)!;
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) =>
      s.name !== sheet ? s : { ...s, values: s.values.map((row, r) => (r + s.top !== at.row ? row : row.map((v, c) => (c + s.left === at.column ? value : v)))) },
    ),
  };
}

/** The A1 address of the first data cell of a table column, found by header. */
export function firstDataCell(snapshot: WorkbookSnapshot, table: string, header: string): { sheet: string; cell: string } {
  const t = snapshot.tables.find((x) => x.name === table)!;
  const sheet = snapshot.sheets.find((s) => s.name === t.sheet)!;
  const headers = sheet.values[t.top - sheet.top]!;
  const column = headers.findIndex((h) => h === header) + sheet.left;
  return { sheet: t.sheet, cell: `${columnLetter(column)}${t.top + 1}` };
}

/**
 * The sample CLS with planted defects: an amount typed as text ("1 500,50 €", an error), the first action
 * without a pilot (a warning) and a column the contract does not know (an info).
 */
export function defectSnapshot(): { snapshot: WorkbookSnapshot; sheet: string; cell: string } {
  const sample = sampleSnapshot();
  const { sheet, cell } = firstDataCell(sample, 'CLS_Financements', 'Montant (€)');
  const pilot = firstDataCell(sample, 'CLS_Actions', 'Pilote');
  const comment = firstDataCell(sample, 'CLS_Financements', 'Commentaire');
  const header = `${comment.cell.replace(/\d+$/, '')}1`;
  let snapshot = withCell(sample, sheet, cell, '1 500,50 €');
  snapshot = withCell(snapshot, pilot.sheet, pilot.cell, null);
  snapshot = withCell(snapshot, comment.sheet, header, 'Notes du trésorier');
  return { snapshot, sheet, cell };
}

export type SpiedPort = WorkbookPort & {
  read: jest.Mock;
  apply: jest.Mock;
  select: jest.Mock;
  highlight: jest.Mock;
  clearHighlights: jest.Mock;
  writeControl: jest.Mock;
  rewriteCells: jest.Mock;
};

/** A memory port whose every capability is a jest spy calling through. */
export function spiedPort(snapshot: WorkbookSnapshot): SpiedPort {
  const port = createMemoryPort(snapshot);
  return {
    kind: 'memory',
    read: jest.fn(() => port.read()),
    apply: jest.fn((plan: Parameters<NonNullable<WorkbookPort['apply']>>[0]) => port.apply(plan)),
    select: jest.fn((sheet: string, cell: string) => port.select(sheet, cell)),
    highlight: jest.fn((findings: Parameters<NonNullable<WorkbookPort['highlight']>>[0]) => port.highlight(findings)),
    clearHighlights: jest.fn(() => port.clearHighlights()),
    writeControl: jest.fn((rows: Parameters<NonNullable<WorkbookPort['writeControl']>>[0]) => port.writeControl(rows)),
    rewriteCells: jest.fn((edits: Parameters<NonNullable<WorkbookPort['rewriteCells']>>[0]) => port.rewriteCells(edits)),
  };
}
