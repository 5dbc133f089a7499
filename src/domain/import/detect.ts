/** Recognises, on any sheet, the areas an import can read, and proposes a mapping to the contract. */
import { columnIndex, columnLetter } from '../values/a1';
import { parseNumberText } from '../values/numbers';
import { serialToYmd } from '../values/dates';
import type { ProfileId } from '../report';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { isOwnedSheet } from '../generate/ownership';
import { cleanName, funderFor, isKnownPartner } from './funders';
import type { Grid } from './grid';
import { gridOf, isBlankRow, tooLargeToScan } from './grid';
import type { ImportConflict, ImportMapping, MappingArea } from './mapping';
import { MAPPING_VERSION } from './mapping';
import {
  ACTION_LIST_HEADERS,
  EVALUATION_HEADERS,
  FICHE_SHEET_NUMBER,
  FUNDING_LIST_HEADERS,
  MATRIX_COLUMN_ROLES,
  TOTAL_LABEL,
  contractHeader,
  ficheLabel,
  headerKey,
} from './vocabulary';
import type { ActionFicheField, MatrixColumnRole } from './vocabulary';

export interface DetectOptions {
  readonly profile: ProfileId;
  /** `--year`: the year of money that shows none. */
  readonly year?: number;
}

/** A sheet's first rows as read, shown when nothing was recognised. */
export interface SheetPeek {
  readonly sheet: string;
  readonly rows: readonly (readonly string[])[];
}

export interface Proposal {
  readonly mapping: ImportMapping;
  /** Two source columns for one field (French, one line each): the import is refused until a mapping settles it. */
  readonly conflicts: readonly ImportConflict[];
  /** Where `mapping.year` came from. */
  readonly yearFrom: 'option' | 'contract' | null;
  /** The first rows of each sheet, for « nothing recognised ». */
  readonly peeks: readonly SheetPeek[];
  /** Sheets whose used range is too large to read (a stray value far away): left out, said with their range. */
  readonly tooLarge: readonly { readonly sheet: string; readonly range: string }[];
}

type Kind = MappingArea['kind'];
type FieldColumns = Record<string, number[]>;

/** Header row → fields it names, for the three kinds with named columns. */
function namedFields(grid: Grid, row: number, synonyms: Readonly<Record<string, readonly string[]>>): FieldColumns {
  const found: FieldColumns = {};
  for (let c = grid.left; c <= grid.right; c++) {
    const merge = grid.mergeOf(row, c);
    if (merge && merge.left !== c) continue;
    const text = grid.text(row, c);
    if (text === null) continue;
    const key = headerKey(text);
    for (const [field, names] of Object.entries(synonyms)) {
      if (names.includes(key)) (found[field] ??= []).push(c);
    }
  }
  return found;
}

/** Fewest recognised label lines for a sheet to be a fiche action. */
const FICHE_MIN_LABELS = 4;

/**
 * A fiche action on the sheet: label/value lines (label in one column, value in the next, maybe merged
 * across) outside the sheet's other areas, at least FICHE_MIN_LABELS recognised labels in one column.
 * A label seen twice keeps its first line (the second is left unread, as the fiche's tables inside).
 */
function ficheArea(grid: Grid, taken: (row: number) => boolean): { area: MappingArea; conflicts: ImportConflict[] } | null {
  const byColumn = new Map<number, { row: number; field: ActionFicheField | 'other'; label: string }[]>();
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (taken(r)) continue;
    for (let c = grid.left; c <= grid.right; c++) {
      const merge = grid.mergeOf(r, c);
      if (merge && (merge.left !== c || merge.top !== r)) continue;
      const label = grid.text(r, c);
      if (label === null) continue;
      const field = typeof grid.raw(r, c) === 'string' ? ficheLabel(label) : null;
      if (field !== null) (byColumn.get(c) ?? byColumn.set(c, []).get(c) ?? []).push({ row: r, field, label: cleanName(label) });
      break; // only the first cell of a line can be its label
    }
  }
  const [column, found] = [...byColumn.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  if (found.length < FICHE_MIN_LABELS) return null;
  const lines: Partial<Record<ActionFicheField, { row: number; column: string; label: string }>> = {};
  for (const { row, field, label } of found) {
    if (field === 'other' || lines[field] !== undefined) continue;
    lines[field] = { row, column: columnLetter(valueColumn(grid, row, column)), label };
  }
  const first = found[0]?.row ?? grid.top;
  const last = found[found.length - 1]?.row ?? first;
  const number = FICHE_SHEET_NUMBER.exec(grid.sheet.name.trim())?.[1] ?? null;
  // The fiche's right edge: its last filled value cell, or the merge it starts.
  const right = Math.max(
    column,
    ...found.map(({ row }) => grid.mergeOf(row, column)?.right ?? column),
    ...Object.values(lines).map((line) => {
      const c = line === undefined ? column : columnIndex(line.column);
      return line === undefined || grid.raw(line.row, c) === null ? column : (grid.mergeOf(line.row, c)?.right ?? c);
    }),
  );
  const id = `${grid.sheet.name}!${columnLetter(column)}${first}:${columnLetter(right)}${last}`;
  return {
    area: { kind: 'action-fiche', id, sheet: grid.sheet.name, headerRow: first, firstRow: first, lastRow: last, include: true, lines, sheetNumber: number },
    conflicts: [],
  };
}

/** The value cell of a label: the first filled cell right of the label (or of its merge), else the next one. */
function valueColumn(grid: Grid, row: number, labelColumn: number): number {
  const start = (grid.mergeOf(row, labelColumn)?.right ?? labelColumn) + 1;
  for (let c = start; c <= Math.min(grid.right, start + 3); c++) {
    const merge = grid.mergeOf(row, c);
    if (merge && merge.left !== c) continue;
    if (grid.raw(merge?.top ?? row, c) !== null) return c;
  }
  return start;
}

const has = (fields: FieldColumns, ...names: string[]): number => names.filter((n) => (fields[n] ?? []).length > 0).length;

/** Which kind of area a row heads, if any (a partner matrix first: its headers are partners). */
function headerKind(grid: Grid, row: number, profile: ProfileId): { kind: Exclude<Kind, 'action-fiche'>; fields: FieldColumns } | null {
  const partners = partnerHeaderColumns(grid, row, profile);
  if (partners.length >= 3) return { kind: 'partner-matrix', fields: {} };
  const funding = namedFields(grid, row, FUNDING_LIST_HEADERS);
  if (has(funding, 'funder') && has(funding, 'amount') && has(funding, 'status', 'nature', 'year', 'actionNumber', 'object') >= 1) {
    return { kind: 'funding-list', fields: funding };
  }
  const evaluation = namedFields(grid, row, EVALUATION_HEADERS);
  if (has(evaluation, 'indicator') && has(evaluation, 'expectedResults', 'tool', 'evaluator', 'when', 'target') >= 2) {
    return { kind: 'evaluation-grid', fields: evaluation };
  }
  const actions = namedFields(grid, row, ACTION_LIST_HEADERS);
  if (has(actions, 'actionNumber', 'title') >= 1 && has(actions, 'pilot', 'start', 'end', 'status', 'progress', 'budget', 'axis') >= 2) {
    return { kind: 'action-list', fields: actions };
  }
  return null;
}

function partnerHeaderColumns(grid: Grid, row: number, profile: ProfileId): number[] {
  const columns: number[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const text = grid.raw(row, c);
    if (typeof text === 'string' && text.trim() !== '' && text.length <= 60 && isKnownPartner(text, profile)) columns.push(c);
  }
  return columns;
}

const roleOf = (header: string): MatrixColumnRole | null => {
  const key = headerKey(header);
  return MATRIX_COLUMN_ROLES.find((r) => r.pattern.test(key))?.role ?? null;
};

const isNumeric = (value: unknown): boolean => typeof value === 'number' || (typeof value === 'string' && parseNumberText(value) !== null);

/** The last row of an area: before the next header row, two blank rows, or a blank row after a total row. */
function areaEnd(grid: Grid, headerRow: number, isHeader: (row: number) => boolean): number {
  let last = headerRow;
  let blanks = 0;
  for (let r = headerRow + 1; r <= grid.bottom; r++) {
    if (isHeader(r)) break;
    if (isBlankRow(grid, r)) {
      blanks += 1;
      const previous = grid.text(last, grid.left) ?? rowLabel(grid, last);
      if (blanks >= 2 || (previous !== null && TOTAL_LABEL.test(headerKey(previous)))) break;
      continue;
    }
    blanks = 0;
    last = r;
  }
  return last;
}

function rowLabel(grid: Grid, row: number): string | null {
  for (let c = grid.left; c <= Math.min(grid.right, grid.left + 3); c++) {
    const text = grid.text(row, c);
    if (text !== null) return text;
  }
  return null;
}

/** A year written alone in a band or title cell (`2025`, `Année 2026`). */
export function yearOf(text: string | null): number | null {
  if (text === null || text.length > 40) return null;
  const years = text.match(/\b(19[9]\d|20\d\d)\b/g) ?? [];
  return years.length === 1 ? Number(years[0]) : null;
}

function matrixArea(grid: Grid, id: string, headerRow: number, lastRow: number, profile: ProfileId): MappingArea {
  const known = partnerHeaderColumns(grid, headerRow, profile);
  const first = known[0] ?? grid.left;
  const hasData = (c: number): boolean => {
    for (let r = headerRow + 1; r <= lastRow; r++) if (isNumeric(grid.raw(r, c))) return true;
    return false;
  };
  const labelColumns: string[] = [];
  for (let c = grid.left; c < first; c++) {
    let used = grid.text(headerRow, c) !== null;
    for (let r = headerRow + 1; r <= lastRow && !used; r++) used = grid.raw(r, c) !== null;
    if (used) labelColumns.push(columnLetter(c));
  }
  const partnerColumns: Extract<MappingArea, { kind: 'partner-matrix' }>['partnerColumns'][number][] = [];
  const otherColumns: Extract<MappingArea, { kind: 'partner-matrix' }>['otherColumns'][number][] = [];
  for (let c = first; c <= grid.right; c++) {
    const merge = grid.mergeOf(headerRow, c);
    const raw = merge && merge.left !== c ? null : grid.raw(headerRow, c);
    const header = typeof raw === 'string' || typeof raw === 'number' ? cleanName(String(raw)) : '';
    if (header === '') {
      if (hasData(c)) otherColumns.push({ column: columnLetter(c), header: '', role: 'no-header' });
      continue;
    }
    const role = known.includes(c) ? null : roleOf(header);
    if (role !== null) {
      otherColumns.push({ column: columnLetter(c), header, role });
      continue;
    }
    partnerColumns.push({ column: columnLetter(c), header, funder: funderFor(header, profile), year: bandYear(grid, headerRow, c) });
  }
  return {
    kind: 'partner-matrix',
    id,
    sheet: grid.sheet.name,
    headerRow,
    firstRow: headerRow + 1,
    lastRow: Math.max(lastRow, headerRow + 1),
    include: true,
    labelColumns: labelColumns.length > 0 ? labelColumns : [columnLetter(grid.left)],
    partnerColumns,
    otherColumns,
    nature: 'Financier',
    status: 'Acquis',
  };
}

/** The year of a merged band (or a title line) above a matrix column, looking up to three rows up. */
function bandYear(grid: Grid, headerRow: number, column: number): number | null {
  for (let r = headerRow - 1; r >= Math.max(grid.top, headerRow - 3); r--) {
    const year = yearOf(grid.text(r, column));
    if (year !== null) return year;
    const line = rowLabel(grid, r);
    const lineYear = line !== null && YEAR_LINE.test(headerKey(line)) ? yearOf(line) : null;
    if (lineYear !== null) return lineYear;
  }
  return null;
}

const YEAR_LINE = /^(annee|exercice|financements?|engagements?|budget|tableau)\b.*\b20\d\d$|^20\d\d$/;

function namedArea(kind: Exclude<Kind, 'partner-matrix' | 'action-fiche'>, grid: Grid, id: string, headerRow: number, lastRow: number, fields: FieldColumns): { area: MappingArea; conflicts: ImportConflict[] } {
  const columns: Record<string, string> = {};
  const conflicts: ImportConflict[] = [];
  const taken = new Set<number>();
  // Most specific field first: a column named « N° action » is the number, not also the title.
  for (const [field, cols] of Object.entries(fields)) {
    const free = cols.filter((c) => !taken.has(c));
    if (free.length > 1) {
      const columns = free.map((c) => ({ letter: columnLetter(c), name: cleanName(grid.text(headerRow, c) ?? '') }));
      conflicts.push({ kind: 'two-columns', sheet: grid.sheet.name, row: headerRow, header: contractHeader(kind, field), columns });
    }
    const chosen = free[0];
    if (chosen === undefined) continue;
    taken.add(chosen);
    columns[field] = columnLetter(chosen);
  }
  const base = { id, sheet: grid.sheet.name, headerRow, firstRow: headerRow + 1, lastRow: Math.max(lastRow, headerRow + 1), include: true };
  return { area: { kind, ...base, columns }, conflicts };
}

/** The contract's first year when the source says it: a « Date de signature » (or « Année de signature ») label and its value. */
export function contractFirstYear(snapshot: WorkbookSnapshot): number | null {
  for (const sheet of snapshot.sheets) {
    if (tooLargeToScan(sheet) !== null) continue;
    const grid = gridOf(sheet);
    for (let r = grid.top; r <= grid.bottom; r++) {
      for (let c = grid.left; c <= grid.right; c++) {
        const text = grid.text(r, c);
        if (text === null || !/^(date|annee) de signature/.test(headerKey(text))) continue;
        for (let v = c + 1; v <= Math.min(grid.right, c + 3); v++) {
          const value = grid.raw(r, v);
          if (typeof value === 'number') return value >= 1990 && value <= 2100 ? value : serialToYmd(value).year;
          const year = typeof value === 'string' ? yearOf(value) : null;
          if (year !== null) return year;
        }
      }
    }
  }
  return null;
}

/** `CLS_…`: a table of the contract (or our control table), in any case. */
const isContractTable = (name: string): boolean => /^cls_/i.test(name);

/** Recognises every area of the workbook and proposes the mapping. Pure; never throws on workbook content. */
export function proposeMapping(snapshot: WorkbookSnapshot, options: DetectOptions): Proposal {
  const areas: MappingArea[] = [];
  const conflicts: ImportConflict[] = [];
  const peeks: SheetPeek[] = [];
  const tooLarge: { sheet: string; range: string }[] = [];
  for (const sheet of snapshot.sheets) {
    // What Tableaux CLS made is not a source: its sheets (the partner matrix looks like one) and the contract tables.
    if (isOwnedSheet(sheet.name, snapshot.names ?? [])) continue;
    const range = tooLargeToScan(sheet);
    if (range !== null) {
      tooLarge.push({ sheet: sheet.name, range });
      continue;
    }
    const ours = snapshot.tables.filter((t) => t.sheet === sheet.name && isContractTable(t.name));
    const inOurs = (r: number): boolean => ours.some((t) => r >= t.top - (t.hasHeaderRow ? 0 : 1) && r <= t.bottom);
    const grid = gridOf(sheet);
    const heads = new Map<number, { kind: Exclude<Kind, 'action-fiche'>; fields: FieldColumns }>();
    for (let r = grid.top; r <= grid.bottom; r++) {
      if (inOurs(r)) continue;
      const head = headerKind(grid, r, options.profile);
      if (head) heads.set(r, head);
    }
    // A header row repeated right under another (two-line headers) belongs to the first.
    for (const [row, head] of heads) {
      const last = areaEnd(grid, row, (r) => heads.has(r) || inOurs(r));
      const id = `${sheet.name}!${columnLetter(grid.left)}${row}:${columnLetter(grid.right)}${last}`;
      if (head.kind === 'partner-matrix') {
        areas.push(matrixArea(grid, id, row, last, options.profile));
      } else {
        const named = namedArea(head.kind, grid, id, row, last, head.fields);
        areas.push(named.area);
        conflicts.push(...named.conflicts);
      }
    }
    const rowsOfAreas = areas.filter((a) => a.sheet === sheet.name).map((a) => [a.headerRow, a.lastRow] as const);
    const fiche = ficheArea(grid, (r) => inOurs(r) || rowsOfAreas.some(([top, bottom]) => r >= top && r <= bottom));
    if (fiche) areas.push(fiche.area);
    peeks.push({ sheet: sheet.name, rows: firstRows(grid, 8) });
  }
  const contractYear = contractFirstYear(snapshot);
  const year = options.year ?? contractYear;
  const yearFrom = options.year !== undefined ? 'option' : contractYear !== null ? 'contract' : null;
  return {
    mapping: {
      version: MAPPING_VERSION,
      year: year ?? null,
      areas,
      funders: {},
      values: { fundingStatus: {}, fundingNature: {}, fundingObject: {}, actionStatus: {}, evaluationTool: {} },
    },
    conflicts,
    yearFrom,
    peeks,
    tooLarge,
  };
}

function firstRows(grid: Grid, count: number): string[][] {
  const rows: string[][] = [];
  for (let r = grid.top; r <= grid.bottom && rows.length < count; r++) {
    const cells: string[] = [];
    for (let c = grid.left; c <= Math.min(grid.right, grid.left + 7); c++) cells.push(grid.text(r, c) ?? '');
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  return rows;
}

/** Column number of a mapping's column letter. */
export const columnNumber = (letters: string): number => columnIndex(letters);
