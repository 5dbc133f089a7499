/** The apply engine's facts taken from a snapshot: what the in-memory port and the preview know of a workbook. */
import type { Area } from '../values/a1';
import { parseRange } from '../values/a1';
import { fold } from '../values/text';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import type { WorkbookPlan } from '../generate/plan';
import type { ChangeSet } from './changes';
import { planChanges, readRequests } from './engine';
import type { Inventory, ReadRequest } from './facts';
import { Answers, intersects, isFilled } from './facts';

const sheetOf = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined => snapshot.sheets.find((s) => fold(s.name) === fold(name));

const valueAt = (sheet: SheetSnapshot | undefined, row: number, column: number): CellValue | undefined =>
  sheet?.values[row - sheet.top]?.[column - sheet.left];

function cells(sheet: SheetSnapshot | undefined, area: Area): CellValue[][] {
  return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_, c) => valueAt(sheet, area.top + r, area.left + c) ?? null),
  );
}

function anyFilled(sheet: SheetSnapshot | undefined, area: Area): boolean {
  if (!sheet) return false;
  for (let row = Math.max(area.top, sheet.top); row <= Math.min(area.bottom, sheet.top + sheet.values.length - 1); row += 1) {
    const values = sheet.values[row - sheet.top] ?? [];
    for (let column = Math.max(area.left, sheet.left); column <= Math.min(area.right, sheet.left + values.length - 1); column += 1) {
      if (isFilled(values[column - sheet.left])) return true;
    }
  }
  return false;
}

/** The bounding box of the cells holding a value, as Excel's used range with `valuesOnly`. */
function usedArea(sheet: SheetSnapshot | undefined): Area | null {
  let area: Area | null = null;
  sheet?.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!isFilled(value)) return;
      const at = { row: sheet.top + r, column: sheet.left + c };
      area = area
        ? { top: Math.min(area.top, at.row), left: Math.min(area.left, at.column), bottom: Math.max(area.bottom, at.row), right: Math.max(area.right, at.column) }
        : { top: at.row, left: at.column, bottom: at.row, right: at.column };
    }),
  );
  return area;
}

function headerTexts(snapshot: WorkbookSnapshot, tableName: string): string[] {
  const table = snapshot.tables.find((t) => fold(t.name) === fold(tableName));
  if (!table) return [];
  const sheet = sheetOf(snapshot, table.sheet);
  return Array.from({ length: table.right - table.left + 1 }, (_, c) => {
    const value = table.hasHeaderRow ? valueAt(sheet, table.top, table.left + c) : null;
    // Excel names the columns of a table without header row `Column1`, `Column2`…
    return value === null || value === undefined || typeof value === 'object' ? `Colonne${c + 1}` : String(value);
  });
}

export function inventoryOfSnapshot(snapshot: WorkbookSnapshot): Inventory {
  return {
    sheets: snapshot.sheets.map((sheet, position) => ({ name: sheet.name, position, protected: false })),
    tables: snapshot.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      area: { top: t.top, left: t.left, bottom: t.bottom, right: t.right },
      showHeaders: t.hasHeaderRow,
      showTotals: false,
    })),
    names: snapshot.names ?? [],
    workbookProtected: false,
    readOnly: false,
    properties: { title: '', author: '' },
  };
}

/** Answers every read request from the snapshot's cells. */
export function answersFromSnapshot(snapshot: WorkbookSnapshot, requests: readonly ReadRequest[]): Answers {
  const answers = new Answers();
  for (const request of requests) {
    switch (request.kind) {
      case 'cells':
        answers.set(request, cells(sheetOf(snapshot, request.sheet), request.area));
        break;
      case 'occupied':
        answers.set(request, anyFilled(sheetOf(snapshot, request.sheet), request.area));
        break;
      case 'used':
        answers.set(request, usedArea(sheetOf(snapshot, request.sheet)));
        break;
      case 'merges': {
        const merges = (sheetOf(snapshot, request.sheet)?.merges ?? []).flatMap((m) => parseRange(m) ?? []);
        answers.set(request, merges.filter((m) => intersects(m, request.area)));
        break;
      }
      case 'drawings':
        answers.set(request, sheetOf(snapshot, request.sheet)?.drawings ?? 0);
        break;
      case 'columns':
        answers.set(request, headerTexts(snapshot, request.table));
        break;
    }
  }
  return answers;
}

/** The change set of `plan` over a workbook known by its snapshot (in-memory port, preview). */
export function changesForSnapshot(plan: WorkbookPlan, snapshot: WorkbookSnapshot): ChangeSet {
  const inventory = inventoryOfSnapshot(snapshot);
  return planChanges(plan, inventory, answersFromSnapshot(snapshot, readRequests(plan, inventory)));
}
