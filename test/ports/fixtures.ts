/** One workbook, two ports: the same snapshot loaded into the fake Excel (Office.js port) and into the memory port. */
import { a1, parseRange } from '../../src/domain/values/a1';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { FakeWorkbookState } from '../excel/fake-excel';

/** A fake Excel holding exactly the snapshot's sheets, cells, merges, tables and names. */
export function fakeFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookState {
  const state = new FakeWorkbookState();
  for (const sheet of snapshot.sheets) {
    const fake = state.addSheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = fake.at(sheet.top + r, sheet.left + c, true);
        cell.value = typeof value === 'object' ? { error: value.code } : value;
      }),
    );
    for (const merge of sheet.merges ?? []) {
      const rect = parseRange(merge);
      if (rect) fake.merges.push(rect);
    }
  }
  for (const table of snapshot.tables) {
    const sheet = state.requireSheet(table.sheet);
    state.addTable(sheet, { top: table.top, left: table.left, bottom: table.bottom, right: table.right }, true, table.name);
  }
  for (const name of snapshot.names ?? []) state.addName(name.name, `=${name.ref}`);
  return state;
}

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
