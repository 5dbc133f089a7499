/**
 * The fixture CLS (test/fixtures/cls-model.ts) as the snapshot an adapter would read, without writing an .xlsx:
 * boundary tests validate hundreds of one-cell edits, and mutation testing reruns them for every mutant. The
 * exceljs round trip of the same fixture is tested in test/domain/rules/rules.test.ts; this only lays cells out.
 */
import { validateWorkbook } from '../../../src/domain/validate';
import type { ProfileId, ValidationReport } from '../../../src/domain/report';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { cleanModel, FIXTURE_AS_OF } from '../../fixtures/cls-model';
// The boundary tests edit the model with these; re-exported so that they import one module.
export { setCell, tableOf } from '../../fixtures/cls-model';
import type { FixtureCell, FixtureValue, FixtureWorkbook } from '../../fixtures/cls-model';

/** Days from Excel's day 0 (1899-12-30) to a UTC midnight, written out here rather than taken from src/. */
const serialOf = (date: Date): number => (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

const isFormatted = (cell: FixtureCell): cell is { readonly value: FixtureValue; readonly numFmt: string } =>
  cell !== null && typeof cell === 'object' && !(cell instanceof Date) && 'numFmt' in cell;

function cellValue(value: FixtureValue): CellValue {
  if (value === null || value === '') return null;
  if (value instanceof Date) return serialOf(value);
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return { kind: 'error', code: value.error };
  const result = value.result;
  if (result === undefined) return { kind: 'error', code: '#UNCALCULATED', formula: value.formula };
  return typeof result === 'object' ? { kind: 'error', code: result.error } : result;
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The snapshot of a fixture workbook: every sheet from A1, tables as ListObjects unless pasted as ranges. */
export function snapshotOf(model: FixtureWorkbook): WorkbookSnapshot {
  const grids = new Map<string, { values: CellValue[][]; formats: (string | null)[][] }>(model.sheets.map((s) => [s, { values: [], formats: [] }]));
  const put = (sheet: string, row: number, col: number, value: CellValue, format: string | null): void => {
    const grid = grids.get(sheet);
    if (!grid) throw new Error(`Fixture sheet ${sheet} not declared`);
    for (let r = grid.values.length; r < row; r++) {
      grid.values.push([]);
      grid.formats.push([]);
    }
    const values = grid.values[row - 1]!;
    const formats = grid.formats[row - 1]!;
    while (values.length < col) values.push(null);
    while (formats.length < col) formats.push(null);
    values[col - 1] = value;
    formats[col - 1] = format;
  };
  const tables: TableSnapshot[] = [];
  for (const table of model.tables) {
    const m = /^([A-Z]+)(\d+)$/.exec(table.anchor);
    if (!m) throw new Error(`Bad anchor ${table.anchor}`);
    const left = column(m[1]!);
    let top = Number(m[2]);
    if (table.asRange?.title !== undefined) {
      put(table.sheet, top, left, table.asRange.title, null);
      top += 2;
    }
    table.headers.forEach((h, j) => put(table.sheet, top, left + j, h, null));
    table.rows.forEach((row, i) =>
      table.headers.forEach((_h, j) => {
        const cell = row[j] ?? null;
        const value = isFormatted(cell) ? cell.value : cell;
        put(table.sheet, top + 1 + i, left + j, cellValue(value), isFormatted(cell) ? cell.numFmt : (table.formats[j] ?? null));
      }),
    );
    if (!table.asRange) {
      tables.push({ name: table.name, sheet: table.sheet, top, left, bottom: top + table.rows.length, right: left + table.headers.length - 1, hasHeaderRow: true });
    }
  }
  for (const cell of model.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell.address);
    if (m) put(cell.sheet, Number(m[2]), column(m[1]!), cellValue(cell.value), null);
  }
  const sheets: SheetSnapshot[] = model.sheets.map((name) => ({ name, top: 1, left: 1, ...grids.get(name)! }));
  return { sheets, tables, names: model.names };
}

export interface FixtureOptions {
  readonly profile?: ProfileId;
  readonly asOf?: string;
}

/** Validates a snapshot as the fixture is validated: as of its day (23/11/2026) unless told. */
export const validateSnapshot = (snapshot: WorkbookSnapshot, options: FixtureOptions = {}): ValidationReport =>
  validateWorkbook(snapshot, { asOf: options.asOf ?? FIXTURE_AS_OF, ...(options.profile ? { profile: options.profile } : {}) });

/** Validates the clean CLS after `edit`, as of the fixture's day (23/11/2026) unless told. */
export function validateEdited(edit: (model: FixtureWorkbook) => void = () => undefined, options: FixtureOptions = {}): ValidationReport {
  const model = cleanModel();
  edit(model);
  return validateSnapshot(snapshotOf(model), options);
}
