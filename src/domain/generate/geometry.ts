/** Where a plan's blocks sit on their sheet (1-based, inclusive); shared by every adapter that applies a plan. */
import type { Area } from '../values/a1';
import { parseA1 } from '../values/a1';
import type { TablePlan } from './plan';

/**
 * The row and column of a plan anchor such as `A1`.
 * @throws Error when the anchor is not an A1 cell (a plan bug, not a user error).
 */
export function anchorOf(anchor: string): { readonly row: number; readonly column: number } {
  const cell = parseA1(anchor);
  if (!cell) throw new Error(`Adresse d’ancrage invalide dans le plan / invalid anchor in the plan: « ${anchor} »`);
  return cell;
}

/** The area a table takes with its header at (`top`, `left`): header, rows and spare rows, at least one data row. */
export function tableArea(plan: TablePlan, top: number, left: number): Area {
  const dataRows = Math.max(1, plan.rows.length + (plan.spareRows ?? 0));
  return { top, left, bottom: top + dataRows, right: left + plan.columns.length - 1 };
}
