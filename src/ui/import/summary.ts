/**
 * The import's mapping in readable form for the page: each source column with the header as read and what it
 * becomes, and the source words turned into the contract's (partners, statuses, natures), read back from the rows.
 */
import type { ImportMapping, ImportResult, MappingArea } from '../../domain/import';
import type { MatrixOtherRole } from '../../domain/messages/import';
import { columnIndex } from '../../domain/values/a1';
import { contractHeader } from '../../domain/import/vocabulary';
import type { CellValue, WorkbookSnapshot } from '../../domain/workbook/snapshot';

/** `Feuille!A3:L10` → sheet and range (a sheet name may hold a `!`). */
export function areaPlace(id: string): { sheet: string; range: string } {
  const bang = id.lastIndexOf('!');
  return bang < 0 ? { sheet: id, range: '' } : { sheet: id.slice(0, bang), range: id.slice(bang + 1) };
}

/** What a source column becomes. */
export type ColumnTarget =
  | { readonly kind: 'label' }
  | { readonly kind: 'funder'; readonly funder: string; readonly year: number | null }
  | { readonly kind: 'ignored'; readonly role: MatrixOtherRole }
  | { readonly kind: 'field'; readonly header: string };

export interface ColumnRow {
  readonly column: string;
  /** The header as read in the source, spaces and line breaks folded. */
  readonly header: string;
  readonly target: ColumnTarget;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.code;
  return String(value).replace(/\s+/g, ' ').trim();
}

/** The text of one cell (1-based row, column letters), '' when empty or out of the sheet. */
export function sourceText(snapshot: WorkbookSnapshot, sheet: string, row: number, column: string): string {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) return '';
  return cellText(s.values[row - s.top]?.[columnIndex(column) - s.left]);
}

const byColumn = (a: ColumnRow, b: ColumnRow): number => columnIndex(a.column) - columnIndex(b.column);

/** One row per mapped source column, left to right. */
export function columnRows(snapshot: WorkbookSnapshot, area: MappingArea, year: number | null): ColumnRow[] {
  const header = (column: string): string => sourceText(snapshot, area.sheet, area.headerRow, column);
  if (area.kind === 'partner-matrix') {
    return [
      ...area.labelColumns.map((column) => ({ column, header: header(column), target: { kind: 'label' } as const })),
      ...area.partnerColumns.map((p) => ({ column: p.column, header: p.header, target: { kind: 'funder', funder: p.funder, year: p.year ?? year } as const })),
      ...area.otherColumns.map((o) => ({ column: o.column, header: o.header, target: { kind: 'ignored', role: o.role } as const })),
    ].sort(byColumn);
  }
  if (area.kind === 'action-fiche') {
    // One row per label/value line, top to bottom: the value cell, its label, the contract column.
    return Object.entries(area.lines)
      .flatMap(([field, line]) => (line === undefined ? [] : [{ column: `${line.column}${line.row}`, header: line.label, target: { kind: 'field', header: contractHeader(area.kind, field) } as const, row: line.row }]))
      .sort((a, b) => a.row - b.row)
      .map(({ row: _row, ...rest }) => rest);
  }
  return Object.entries(area.columns)
    .flatMap(([field, column]) => (column === undefined ? [] : [{ column, header: header(column), target: { kind: 'field', header: contractHeader(area.kind, field) } as const }]))
    .sort(byColumn);
}

export type ValueCategory = 'funder' | 'fundingStatus' | 'fundingNature' | 'fundingObject' | 'actionStatus';

export interface ValueMapping {
  readonly category: ValueCategory;
  readonly source: string;
  readonly contract: string;
  readonly count: number;
}

const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0] ?? 0);

/**
 * The source words that became another contract word, with how many rows carried them: read back from each
 * imported row's source line, so what is shown is what was done (never a second guess of the vocabulary).
 */
export function valueMappings(snapshot: WorkbookSnapshot, mapping: ImportMapping, result: ImportResult): ValueMapping[] {
  const found = new Map<string, ValueMapping>();
  const add = (category: ValueCategory, source: string, contract: string | null): void => {
    if (source === '' || contract === null || source === contract) return;
    const key = `${category}\u0000${source}\u0000${contract}`;
    const seen = found.get(key);
    found.set(key, { category, source, contract, count: (seen?.count ?? 0) + 1 });
  };
  for (const f of result.fundings) {
    const area = mapping.areas.find((a) => a.kind === 'funding-list' && a.sheet === f.source.sheet);
    if (area?.kind !== 'funding-list') continue;
    const row = rowOf(f.source.cell);
    const read = (column: string | undefined): string => (column === undefined ? '' : sourceText(snapshot, area.sheet, row, column));
    add('funder', read(area.columns.funder), f.funder);
    add('fundingStatus', read(area.columns.status), f.status);
    add('fundingNature', read(area.columns.nature), f.nature);
    add('fundingObject', read(area.columns.object), f.object);
  }
  for (const a of result.actions) {
    const area = mapping.areas.find((x) => x.kind === 'action-list' && x.sheet === a.source.sheet);
    if (area?.kind !== 'action-list') continue;
    add('actionStatus', area.columns.status === undefined ? '' : sourceText(snapshot, area.sheet, rowOf(a.source.cell), area.columns.status), a.status);
  }
  const order: readonly ValueCategory[] = ['funder', 'fundingStatus', 'fundingNature', 'fundingObject', 'actionStatus'];
  return [...found.values()].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}
