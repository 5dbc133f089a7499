/** What applying a plan would do to a workbook, computed before touching it so the coordinator can decide. */
import type { WorkbookPlan } from '../domain/generate/plan';
import { foldHeader } from '../domain/values/text';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';

export type SheetFate = 'create' | 'rebuild' | 'keep';

export interface SheetPreview {
  readonly name: string;
  readonly fate: SheetFate;
}

export interface TablePreview {
  readonly name: string;
  readonly sheet: string;
  /** Present tables keep their rows; only missing columns are added. */
  readonly exists: boolean;
  /** Contract columns the existing table lacks (added at its right). */
  readonly missingColumns: readonly string[];
}

export interface PlanPreview {
  readonly sheets: readonly SheetPreview[];
  readonly tables: readonly TablePreview[];
  readonly toCreate: { readonly sheets: readonly string[]; readonly tables: readonly string[]; readonly columns: readonly string[] };
  /** Plain ranges the user keeps that become the contract tables, as `Sheet!A3:H40 → CLS_X`. */
  readonly toAdopt: readonly string[];
  readonly existing: { readonly sheets: readonly string[]; readonly tables: readonly string[] };
  readonly rebuilt: readonly string[];
}

const key = (name: string): string => name.toLowerCase();

/** Header texts of an existing table, read from its first row in the snapshot. */
function tableHeaders(snapshot: WorkbookSnapshot, tableName: string): readonly string[] | null {
  const table = snapshot.tables.find((t) => key(t.name) === key(tableName));
  if (!table) return null;
  if (!table.hasHeaderRow) return [];
  const sheet = snapshot.sheets.find((s) => key(s.name) === key(table.sheet));
  if (!sheet) return [];
  const row = sheet.values[table.top - sheet.top] ?? [];
  const headers: string[] = [];
  for (let column = table.left; column <= table.right; column += 1) {
    const value = row[column - sheet.left];
    if (typeof value === 'string' || typeof value === 'number') headers.push(String(value));
  }
  return headers;
}

/** Compares a plan with a snapshot: sheets and tables to create, kept or rebuilt, columns to add. Pure. */
export function previewPlan(snapshot: WorkbookSnapshot, plan: WorkbookPlan): PlanPreview {
  const present = new Set(snapshot.sheets.map((s) => key(s.name)));
  const sheets: SheetPreview[] = plan.sheets.map((sheet) => ({
    name: sheet.name,
    fate: !present.has(key(sheet.name)) ? 'create' : sheet.owned ? 'rebuild' : 'keep',
  }));
  const rebuilt = new Set(sheets.filter((s) => s.fate === 'rebuild').map((s) => key(s.name)));
  const adopted = new Set(plan.sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' && b.adoptRange !== undefined ? [b.name] : []))));
  const tables: TablePreview[] = plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block): TablePreview[] => {
      if (block.kind !== 'table') return [];
      const headers = rebuilt.has(key(sheet.name)) ? null : tableHeaders(snapshot, block.name);
      if (headers === null) return [{ name: block.name, sheet: sheet.name, exists: false, missingColumns: [] }];
      const folded = new Set(headers.map(foldHeader));
      const missingColumns = block.columns.map((c) => c.header).filter((h) => !folded.has(foldHeader(h)));
      return [{ name: block.name, sheet: sheet.name, exists: true, missingColumns }];
    }),
  );
  return {
    sheets,
    tables,
    toCreate: {
      sheets: sheets.filter((s) => s.fate === 'create').map((s) => s.name),
      tables: tables.filter((t) => !t.exists && !adopted.has(t.name)).map((t) => t.name),
      columns: tables.flatMap((t) => t.missingColumns.map((c) => `${t.name}[${c}]`)),
    },
    toAdopt: plan.sheets.flatMap((sheet) =>
      sheet.blocks.flatMap((b) => (b.kind === 'table' && b.adoptRange !== undefined ? [`${sheet.name}!${b.adoptRange} → ${b.name}`] : [])),
    ),
    existing: {
      sheets: sheets.filter((s) => s.fate === 'keep').map((s) => s.name),
      tables: tables.filter((t) => t.exists).map((t) => t.name),
    },
    rebuilt: sheets.filter((s) => s.fate === 'rebuild').map((s) => s.name),
  };
}
