/**
 * Coordinators often paste a contract table as a plain range. Creating an empty table beside it would
 * hide their rows from every reader (the table name is the anchor) and from the matrix formulas. So a
 * plan adopts such a range: the adapter turns exactly that range into the named table, values untouched.
 */
import type { Area } from '../values/a1';
import { a1, parseRange } from '../values/a1';
import { fold } from '../values/text';
import { TABLES } from '../workbook/contract';
import { locateTable } from '../workbook/locate';
import type { LocatedTable } from '../workbook/locate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { RangePlan, SheetPlan, TablePlan, WorkbookPlan } from './plan';

export type AdoptionBlock = 'header-blank' | 'header-duplicate' | 'merged-cells' | 'overlaps-table';

export interface PlainRange {
  readonly table: string;
  readonly sheet: string;
  /** A1 range, header row included. */
  readonly range: string;
  /** Why Excel could not make it a table without changing a user cell; absent when it can. */
  readonly blocked?: AdoptionBlock;
}

const overlaps = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function blockOf(located: LocatedTable, snapshot: WorkbookSnapshot): AdoptionBlock | undefined {
  const { bounds } = located;
  const headers = located.columns.map((c) => c.header).concat(located.duplicateHeaders.map((c) => c.header));
  // Excel renames blank or repeated headers when it makes a table: that would change user cells.
  if (headers.some((h) => h.trim() === '')) return 'header-blank';
  if (located.duplicateHeaders.length > 0 || new Set(headers.map(fold)).size !== headers.length) return 'header-duplicate';
  const sheet = snapshot.sheets.find((s) => s.name === located.sheet);
  if ((sheet?.merges ?? []).some((m) => {
    const r = parseRange(m);
    return r !== null && overlaps(r, bounds);
  })) return 'merged-cells';
  if (snapshot.tables.some((t) => t.sheet === located.sheet && overlaps(t, bounds))) return 'overlaps-table';
  return undefined;
}

/** Contract tables the workbook holds as plain ranges, and whether each can become a table safely. */
export function findPlainRanges(snapshot: WorkbookSnapshot): PlainRange[] {
  return TABLES.flatMap((spec) => {
    const located = locateTable(snapshot, spec);
    if (!located || located.source !== 'range') return [];
    const { top, left, bottom, right } = located.bounds;
    const blocked = blockOf(located, snapshot);
    return [{ table: spec.name, sheet: located.sheet, range: `${a1(top, left)}:${a1(bottom, right)}`, ...(blocked ? { blocked } : {}) }];
  });
}

/**
 * The plan to apply to this workbook: tables held as adoptable plain ranges get `adoptRange` and move
 * to the sheet that holds them; tables held as ranges that cannot be adopted are left out, so that no
 * empty twin hides them.
 */
export function adoptPlainRanges(plan: WorkbookPlan, snapshot: WorkbookSnapshot): { plan: WorkbookPlan; ranges: PlainRange[] } {
  const ranges = findPlainRanges(snapshot);
  const byTable = new Map(ranges.map((r) => [r.table, r]));
  const sheets = plan.sheets.map((sheet): SheetPlan => ({
    ...sheet,
    blocks: sheet.blocks.flatMap((block): (TablePlan | RangePlan)[] => {
      if (block.kind !== 'table') return [block];
      const range = byTable.get(block.name);
      if (!range) return [block];
      if (range.blocked || fold(range.sheet) !== fold(sheet.name)) return [];
      const adopted: TablePlan = { ...block, adoptRange: range.range };
      return [adopted];
    }),
  }));
  return { plan: { ...plan, sheets }, ranges };
}
