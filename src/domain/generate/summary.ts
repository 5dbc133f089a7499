/** What a plan holds, for the command line's summary (worded by the text catalogue's `planSummary`). */
import type { WorkbookPlan } from './plan';

export interface PlanSummary {
  readonly sheets: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly rows: number }[];
  readonly names: number;
}

/** The sheets, tables (with their rows) and defined names of a plan. */
export function summarizePlan(plan: WorkbookPlan): PlanSummary {
  const tables = plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => (block.kind === 'table' ? [{ name: block.name, sheet: sheet.name, rows: block.rows.length }] : [])),
  );
  return { sheets: plan.sheets.map((s) => s.name), tables, names: plan.names.length };
}
