/** What a plan holds, for the command line's French summary. */
import type { WorkbookPlan } from './plan';

export interface PlanSummary {
  readonly sheets: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly rows: number }[];
  readonly names: number;
}

export function summarizePlan(plan: WorkbookPlan): PlanSummary {
  const tables = plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => (block.kind === 'table' ? [{ name: block.name, sheet: sheet.name, rows: block.rows.length }] : [])),
  );
  return { sheets: plan.sheets.map((s) => s.name), tables, names: plan.names.length };
}

/** `4 lignes`, `1 ligne`, `aucune ligne`. */
const lines = (n: number): string => (n === 0 ? 'aucune ligne' : n === 1 ? '1 ligne' : `${n} lignes`);

export function formatSummaryFr(summary: PlanSummary): string {
  const out = [`Feuilles (${summary.sheets.length}) : ${summary.sheets.join(', ')}.`, 'Tableaux :'];
  for (const t of summary.tables) out.push(`  ${t.name} (${t.sheet}) : ${lines(t.rows)}`);
  out.push(`Noms définis : ${summary.names} (listes déroulantes).`);
  return out.join('\n');
}
