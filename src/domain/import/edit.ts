/**
 * The user's changes to a proposed mapping, as the pane offers them: leave an area out, feed a contract column
 * from another source column, give a partner column's money to another partner or another year. Pure: each edit
 * returns a new mapping, which importWorkbook checks again (a conflict is refused with its reason).
 */
import { columnIndex, columnLetter, parseRange } from '../values/a1';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { ImportMapping, MappingArea } from './mapping';
import { ACTION_LIST_FIELDS, EVALUATION_FIELDS, FUNDING_LIST_FIELDS } from './vocabulary';

export type MappingEdit =
  | { readonly kind: 'include'; readonly area: string; readonly include: boolean }
  /** `field` null: the column is not imported. */
  | { readonly kind: 'field-column'; readonly area: string; readonly column: string; readonly field: string | null }
  | { readonly kind: 'partner'; readonly area: string; readonly column: string; readonly funder: string }
  /** `year` null: the mapping's year. */
  | { readonly kind: 'partner-year'; readonly area: string; readonly column: string; readonly year: number | null };

/** The contract fields a named area can feed, in the contract's order. */
export function fieldsOf(area: MappingArea): readonly string[] {
  switch (area.kind) {
    case 'funding-list':
      return FUNDING_LIST_FIELDS;
    case 'action-list':
      return ACTION_LIST_FIELDS;
    case 'evaluation-grid':
      return EVALUATION_FIELDS;
    default:
      return [];
  }
}

function editArea(area: MappingArea, edit: MappingEdit): MappingArea {
  switch (edit.kind) {
    case 'include':
      return { ...area, include: edit.include };
    case 'field-column': {
      if (area.kind !== 'funding-list' && area.kind !== 'action-list' && area.kind !== 'evaluation-grid') return area;
      // One source column feeds one field: the column's old field is left unfed, the field's old column freed.
      const columns: Record<string, string> = Object.fromEntries(Object.entries(area.columns).filter(([field, column]) => column !== undefined && column !== edit.column && field !== edit.field));
      if (edit.field !== null) columns[edit.field] = edit.column;
      return { ...area, columns };
    }
    case 'partner':
    case 'partner-year': {
      if (area.kind !== 'partner-matrix') return area;
      const partnerColumns = area.partnerColumns.map((p) =>
        p.column !== edit.column ? p : edit.kind === 'partner' ? { ...p, funder: edit.funder } : { ...p, year: edit.year },
      );
      return { ...area, partnerColumns };
    }
  }
}

/** The mapping with one edit made. */
export function editMapping(mapping: ImportMapping, edit: MappingEdit): ImportMapping {
  return { ...mapping, areas: mapping.areas.map((area) => (area.id === edit.area ? editArea(area, edit) : area)) };
}

/** Every headed column of a named area, left to right: the choices for « feeds this contract column ». */
export function headerColumns(snapshot: WorkbookSnapshot, area: MappingArea): { readonly column: string; readonly header: string }[] {
  const sheet = snapshot.sheets.find((s) => s.name === area.sheet);
  const span = parseRange(area.id);
  if (!sheet || !span) return [];
  const out: { column: string; header: string }[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const value = sheet.values[area.headerRow - sheet.top]?.[c - sheet.left];
    if (value === null || value === undefined || typeof value === 'object') continue;
    const header = String(value).replace(/\s+/g, ' ').trim();
    if (header !== '') out.push({ column: columnLetter(c), header });
  }
  return out.sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
}
