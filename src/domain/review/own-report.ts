/** Workbooks Tableaux CLS writes for people (review reports, partner statements): recognised so a review never checks them as a CLS. */
import { STATEMENT_MARKER } from '../statement/workbook';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { CONTROL_TABLE_NAME, TABLES } from '../workbook/contract';
import { fold } from '../values/text';

/** The defined name that marks a review report. */
export const REVIEW_MARKER = 'TableauxCLS_Revue';

/** True for one of our reports or statements: marked by name, or (reports written before the marker) a control table and a `Totaux` sheet without any CLS table. */
export function isOwnReport(snapshot: WorkbookSnapshot): boolean {
  const names = new Set((snapshot.names ?? []).map((n) => n.name));
  if (names.has(REVIEW_MARKER) || names.has(STATEMENT_MARKER)) return true;
  const tables = new Set(snapshot.tables.map((t) => t.name));
  const hasClsTable = TABLES.some((t) => tables.has(t.name));
  return !hasClsTable && tables.has(CONTROL_TABLE_NAME) && snapshot.sheets.some((s) => fold(s.name) === 'totaux');
}
