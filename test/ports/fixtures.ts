/** One workbook, two ports: the same snapshot loaded into the fake Excel (Office.js port) and into the memory port. */
import { a1 } from '../../src/domain/values/a1';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

export { stateFromSnapshot as fakeFromSnapshot } from '../excel/payload/scenarios';

/** `A1 → value` of every constant cell of a snapshot sheet (formulas and empty text left out). */
export function constants(snapshot: WorkbookSnapshot, sheetName: string): Record<string, unknown> {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  const out: Record<string, unknown> = {};
  sheet?.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '' || (typeof value === 'string' && value.startsWith('='))) return;
      out[a1(sheet.top + r, sheet.left + c)] = value;
    }),
  );
  return out;
}
