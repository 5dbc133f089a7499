/**
 * What applying a plan would do to a workbook, computed before touching it so the coordinator can decide.
 * It is the apply engine's own change set over the workbook's snapshot: the preview and the apply cannot differ.
 */
import type { SheetFate } from '../domain/apply/changes';
import type { Refusal } from '../domain/apply/refusals';
import { changesForSnapshot } from '../domain/apply/snapshot-facts';
import type { WorkbookPlan } from '../domain/generate/plan';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';

export interface SheetPreview {
  readonly name: string;
  readonly fate: SheetFate;
}

export interface PlanPreview {
  readonly sheets: readonly SheetPreview[];
  readonly toCreate: { readonly sheets: readonly string[]; readonly tables: readonly string[]; readonly columns: readonly string[] };
  /** Plain ranges the user keeps that become the contract tables, as `Sheet!A3:H40 → CLS_X`. */
  readonly toAdopt: readonly string[];
  readonly existing: { readonly sheets: readonly string[]; readonly tables: readonly string[] };
  readonly rebuilt: readonly string[];
  /** Missing columns that cannot be added (cells right of the table are in use). */
  readonly blockedColumns: readonly string[];
  /** When not empty, « Créer » would change nothing: each says what the user can do. */
  readonly refusals: readonly Refusal[];
  /** User cells the plan has a value for (sample data over filled tables): left as they are. */
  readonly keptCells: number;
}

/** Compares a plan with a snapshot: sheets and tables to create, kept or rebuilt, columns to add, refusals. Pure. */
export function previewPlan(snapshot: WorkbookSnapshot, plan: WorkbookPlan): PlanPreview {
  const changes = changesForSnapshot(plan, snapshot);
  const { outcome } = changes;
  const sheets = changes.sheets.map((s) => ({ name: s.plan.name, fate: s.fate }));
  const onRebuilt = new Set(changes.sheets.flatMap((s) => (s.fate === 'rebuild' ? s.plan.blocks.flatMap((b) => (b.kind === 'table' ? [b.name] : [])) : [])));
  const adopted = new Set(changes.sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'adopt' ? [b.block.name] : []))));
  const created = new Set(outcome.createdTables);
  const planTables = changes.sheets.flatMap((s) => s.plan.blocks.flatMap((b) => (b.kind === 'table' ? [b.name] : [])));
  return {
    sheets,
    toCreate: { sheets: outcome.createdSheets, tables: outcome.createdTables, columns: outcome.addedColumns },
    toAdopt: outcome.adoptedRanges ?? [],
    existing: {
      sheets: sheets.filter((s) => s.fate === 'keep').map((s) => s.name),
      tables: planTables.filter((t) => !created.has(t) && !adopted.has(t) && !onRebuilt.has(t)),
    },
    rebuilt: outcome.rebuiltSheets,
    blockedColumns: outcome.blockedColumns ?? [],
    refusals: changes.refusals,
    keptCells: outcome.keptCells,
  };
}
