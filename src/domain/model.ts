/**
 * The workbook as typed rows: each contract table located, each cell parsed by its column kind.
 * Generic structure and cell findings (`structure.*`, `cell.*`) are produced here, once.
 */
import type { Finding, ReportedValue } from './report';
import type { RuleId } from './rules/ids';
import { isExcelError, UNCALCULATED } from './workbook/snapshot';
import type { CellValue, WorkbookSnapshot } from './workbook/snapshot';
import type { ColumnSpec, ParameterKey, TableId, TableSpec } from './workbook/contract';
import { DEFAULT_COORDINATION_FTE, PARAMETERS, TABLES } from './workbook/contract';
import type { ActionStatus, FundingNature, FundingObject, FundingStatus, InstanceType, StaticListId } from './workbook/lists';
import { LISTS } from './workbook/lists';
import type { LocatedCell, LocatedTable, TableRow } from './workbook/locate';
import { locateTable } from './workbook/locate';
import type { CellProblem, OutOfRange, Parsed } from './values/cells';
import {
  cellText,
  isEmptyValue,
  parseAmountCell,
  parseDateCell,
  parseIntegerCell,
  parseNumberCell,
  parsePercentCell,
} from './values/cells';
import { columnLetter } from './values/a1';
import { serialToIso, serialToYmd } from './values/dates';
import { matchInList } from './values/text';
import { listSuggestion } from './values/list-suggestion';

/** Where a value sits, for findings. */
export interface CellRef {
  readonly sheet: string;
  readonly table: string;
  readonly address: string;
  readonly row: number;
  readonly column: string;
  readonly raw: CellValue;
  /** A date column: a number there is a date serial, reported as an ISO date. */
  readonly isDate?: boolean;
}

/** A parsed cell: `value` is null when the cell is empty or unusable (then a cell finding says why). */
export interface Field<T> {
  readonly ref: CellRef;
  readonly value: T | null;
}

/** A finding before its severity is attached from the rule catalogue. */
export type FindingDraft = Omit<Finding, 'severity'>;

export interface ActionRow {
  readonly row: number;
  readonly axisNumber: Field<string>;
  readonly axis: Field<string>;
  readonly goalNumber: Field<string>;
  readonly objectiveNumber: Field<string>;
  readonly number: Field<string>;
  readonly title: Field<string>;
  readonly theme: Field<string>;
  readonly pilot: Field<string>;
  readonly coPilot: Field<string>;
  /** `Objectif de l'action` (Normandie « Objectif général de l'action »). */
  readonly actionObjective: Field<string>;
  readonly partners: Field<string>;
  readonly audience: Field<string>;
  readonly start: Field<number>;
  readonly end: Field<number>;
  readonly status: Field<ActionStatus>;
  readonly progress: Field<number>;
  readonly budgetCents: Field<number>;
}

export interface FundingRow {
  readonly row: number;
  readonly object: Field<FundingObject>;
  readonly actionNumber: Field<string>;
  readonly funder: Field<string>;
  readonly nature: Field<FundingNature>;
  readonly year: Field<number>;
  readonly amountCents: Field<number>;
  readonly status: Field<FundingStatus>;
  /** `Montant versé (€)`: what was paid, for the annual financial review. */
  readonly paidCents: Field<number>;
}

/** A row of the governance log `CLS_Instances`. */
export interface InstanceRow {
  readonly row: number;
  readonly instance: Field<InstanceType>;
  readonly date: Field<number>;
}

export interface IndicatorRow {
  readonly row: number;
  readonly actionNumber: Field<string>;
  readonly indicator: Field<string>;
  readonly type: Field<string>;
  readonly nature: Field<string>;
  readonly target: Field<string>;
  /** `Quand évaluer` as read: a date, `03/2026`, `mars 2026`… */
  readonly when: Field<CellValue>;
  /** `Réalisé année n`, by contract year index (1-based), as read. */
  readonly measures: readonly { readonly year: number; readonly field: Field<CellValue> }[];
}

export interface FunderRow {
  readonly row: number;
  readonly name: Field<string>;
}

export interface Parameters {
  readonly name: string | null;
  readonly territory: string | null;
  readonly regionalProfile: string | null;
  readonly signatureDate: number | null;
  readonly durationYears: number | null;
  readonly population: number | null;
  readonly coordinator: string | null;
  /** ETP coordination, default 1 when empty. */
  readonly coordinationFte: number;
  readonly coordinationPostCostCents: number | null;
  readonly diagnosticBy: string | null;
  readonly finalEvaluationBy: string | null;
  /** Where each parameter's value sits (absent when the row is missing). */
  readonly refs: Readonly<Partial<Record<ParameterKey, CellRef>>>;
}

export interface WorkbookModel {
  readonly tables: Readonly<Partial<Record<TableId, LocatedTable>>>;
  readonly parameters: Parameters;
  readonly funders: readonly FunderRow[];
  readonly actions: readonly ActionRow[];
  readonly fundings: readonly FundingRow[];
  readonly indicators: readonly IndicatorRow[];
  /** The governance log; empty when `CLS_Instances` is absent (see `tables.instances`). */
  readonly instances: readonly InstanceRow[];
  /** Signature year … + duration − 1; empty when either is unknown. */
  readonly contractYears: readonly number[];
  /** Generic findings produced while reading. */
  readonly findings: readonly FindingDraft[];
}

/** The value a finding shows: an error's code, an uncalculated formula as written (`=3000+3000`). */
const reported = (value: CellValue): ReportedValue => {
  if (!isExcelError(value)) return value;
  return value.code === UNCALCULATED && value.formula !== undefined ? `=${value.formula}` : value.code;
};

/** A cell's place, its A1 address computed only when a finding is made. */
class LocatedRef implements CellRef {
  constructor(
    private readonly located: LocatedTable,
    private readonly cell: LocatedCell,
    readonly column: string,
    readonly isDate = false,
  ) {}
  get sheet(): string {
    return this.located.sheet;
  }
  get table(): string {
    return this.located.name;
  }
  get address(): string {
    return this.cell.address;
  }
  get row(): number {
    return this.cell.row;
  }
  get raw(): CellValue {
    return this.cell.value;
  }
  asDate(): LocatedRef {
    return new LocatedRef(this.located, this.cell, this.column, true);
  }
}

const refOf = (table: LocatedTable, cell: LocatedCell, column: string): CellRef => new LocatedRef(table, cell, column);

/** A draft located at a cell. */
export function at(ref: CellRef, rule: RuleId, params: Finding['params'] = {}): FindingDraft {
  // A cell of a missing column has no address: the finding is about the row.
  const value = ref.isDate === true && typeof ref.raw === 'number' ? serialToIso(ref.raw) : reported(ref.raw);
  const cell = ref.address === '' ? {} : { cell: ref.address, value };
  return { rule, sheet: ref.sheet, table: ref.table, ...cell, row: ref.row, column: ref.column, params };
}

/** A draft about a whole table. */
export function onTable(table: { readonly sheet: string; readonly name: string }, rule: RuleId, params: Finding['params'] = {}): FindingDraft {
  return { rule, sheet: table.sheet, table: table.name, params };
}

const outOfRangeParams = (range: OutOfRange | undefined): Finding['params'] =>
  range === undefined ? {} : { outOfRange: range.value, limit: range.limit };

/** `kind`: the column's, so that a year is suggested as 2026, not 2 026. */
function problemDraft(ref: CellRef, problem: CellProblem, kind?: ColumnSpec['kind']): FindingDraft {
  switch (problem.kind) {
    case 'error':
      return problem.code === UNCALCULATED ? at(ref, 'cell.formula-uncalculated') : at(ref, 'cell.formula-error', { code: problem.code });
    case 'not-number':
      return at(ref, 'cell.not-number', {
        ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion, ...(kind === 'year' ? { year: 1 } : {}) }),
        ...outOfRangeParams(problem.outOfRange),
      });
    case 'not-date':
      return at(ref, 'cell.not-date', { ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion }), ...outOfRangeParams(problem.outOfRange) });
  }
}

/** Each column key of a table with its contract spec and its header as written, computed once per table. */
type ColumnIndex = ReadonlyMap<string, { readonly spec?: ColumnSpec; readonly header: string }>;

function indexColumns(table: LocatedTable): ColumnIndex {
  const specs = new Map(table.spec.columns.map((spec) => [spec.key, spec]));
  const index = new Map<string, { spec?: ColumnSpec; header: string }>();
  for (const spec of table.spec.columns) index.set(spec.key, { spec, header: spec.header });
  for (const c of table.columns) {
    const spec = specs.get(c.key);
    index.set(c.key, spec ? { spec, header: c.header } : { header: c.header });
  }
  return index;
}

/** Reads rows of one table, collecting cell findings through `report`. */
class RowReader {
  constructor(
    private readonly table: LocatedTable,
    private readonly columns: ColumnIndex,
    private readonly row: TableRow,
    private readonly report: (draft: FindingDraft) => void,
  ) {}

  /** The cell of a column; a virtual empty cell when the column is missing (already reported). */
  private cell(key: string): { ref: CellRef; cell: LocatedCell | undefined; spec?: ColumnSpec | undefined } {
    const column = this.columns.get(key);
    const header = column?.header ?? key;
    const cell = this.row.cell(key);
    const ref: CellRef = cell
      ? refOf(this.table, cell, header)
      : { sheet: this.table.sheet, table: this.table.name, address: '', row: this.row.row, column: header, raw: null };
    return { ref, cell, spec: column?.spec };
  }

  private finish<T>(key: string, parse: (cell: LocatedCell) => Parsed<T>): Field<T> {
    const { ref, cell, spec } = this.cell(key);
    if (!cell) return { ref, value: null };
    if (isEmptyValue(cell.value)) {
      if (spec?.mandatory) this.report(at(ref, 'cell.required-missing'));
      return { ref, value: null };
    }
    const parsed = parse(cell);
    if (parsed.problem) this.report(problemDraft(ref, parsed.problem, spec?.kind));
    return { ref, value: parsed.value };
  }

  text(key: string): Field<string> {
    return this.finish(key, (cell) => {
      if (isExcelError(cell.value)) return { value: null, problem: { kind: 'error', code: cell.value.code } };
      return { value: cellText(cell.value) };
    });
  }

  list<T extends string>(key: string, list: StaticListId): Field<T> {
    const field = this.text(key);
    if (field.value === null) return field as Field<T>;
    const canonical = matchInList(field.value, LISTS[list].values);
    if (canonical !== undefined) return { ref: field.ref, value: canonical as T };
    if (!LISTS[list].open) {
      const suggestion = listSuggestion(list, field.value);
      this.report(at(field.ref, 'cell.not-in-list', { list: LISTS[list].values.join(', '), ...(suggestion === undefined ? {} : { suggestion }) }));
      return { ref: field.ref, value: null };
    }
    return field as Field<T>;
  }

  number(key: string): Field<number> {
    return this.finish(key, (cell) => parseNumberCell(cell.value));
  }

  /** A whole number (a year): `2025.5` is reported as not a number. */
  integer(key: string): Field<number> {
    return this.finish(key, (cell) => parseIntegerCell(cell.value));
  }

  amount(key: string): Field<number> {
    return this.finish(key, (cell) => parseAmountCell(cell.value));
  }

  percent(key: string): Field<number> {
    return this.finish(key, (cell) => parsePercentCell(cell.value, cell.format));
  }

  date(key: string): Field<number> {
    const field = this.finish(key, (cell) => parseDateCell(cell.value, cell.format));
    return field.ref instanceof LocatedRef ? { ref: field.ref.asDate(), value: field.value } : field;
  }

  /** The cell as read, errors reported. */
  raw(key: string): Field<CellValue> {
    return this.finish(key, (cell) =>
      isExcelError(cell.value) ? { value: null, problem: { kind: 'error', code: cell.value.code } } : { value: cell.value },
    );
  }
}

function structureDrafts(spec: TableSpec, table: LocatedTable | undefined): FindingDraft[] {
  if (!table) {
    return spec.required
      ? [{ rule: 'structure.table-missing', sheet: spec.sheet, table: spec.name, params: { table: spec.name, sheet: spec.sheet } }]
      : [];
  }
  const base = { sheet: table.sheet, table: table.name };
  const headerCell = (column: number, header: string): Partial<FindingDraft> => ({
    cell: `${columnLetter(column)}${table.headerRow}`,
    row: table.headerRow,
    column: header,
  });
  return [
    ...table.missingColumns.map((c) => ({ ...base, rule: 'structure.column-missing' as const, column: c.header, params: { header: c.header } })),
    ...table.duplicateHeaders.map((c) => ({ ...base, ...headerCell(c.column, c.header), rule: 'structure.column-duplicate' as const, params: { header: c.header } })),
    ...table.columns
      .filter((c) => !c.spec && !c.key.startsWith(spec.yearColumns?.keyPrefix ?? '\u0000') && c.header !== '')
      .map((c) => ({ ...base, ...headerCell(c.column, c.header), rule: 'structure.column-unknown' as const, params: { header: c.header } })),
    ...blankRuns(table.blankRows).map(({ first, last }) => ({
      ...base,
      rule: 'structure.blank-row' as const,
      row: first,
      cell: `${columnLetter(table.columns[0]?.column ?? 1)}${first}`,
      params: first === last ? {} : { rows: last - first + 1, first, last },
    })),
  ];
}

/** Consecutive blank rows as one run each: a thousand blank rows in a row are one finding, not a thousand. */
function blankRuns(rows: readonly number[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run && run.last === row - 1) run.last = row;
    else runs.push({ first: row, last: row });
  }
  return runs;
}

function readParameters(table: LocatedTable | undefined, report: (d: FindingDraft) => void): Parameters {
  const refs: Partial<Record<ParameterKey, CellRef>> = {};
  const values: Partial<Record<ParameterKey, string | number | null>> = {};
  if (table) {
    for (const spec of PARAMETERS) {
      const row = table.rows.find((r) => {
        const label = cellText(r.cell('name')?.value ?? null);
        return label !== null && matchInList(label, [spec.label]) !== undefined;
      });
      const valueCell = row?.cell('value');
      if (!row || !valueCell) {
        if (spec.required) {
          report({ rule: 'cell.required-missing', sheet: table.sheet, table: table.name, column: spec.label, params: { parameter: spec.label } });
        }
        continue;
      }
      const ref = refOf(table, valueCell, spec.label);
      refs[spec.key] = ref;
      if (isEmptyValue(valueCell.value)) {
        if (spec.required) report(at(ref, 'cell.required-missing', { parameter: spec.label }));
        continue;
      }
      let parsed: Parsed<number | string>;
      switch (spec.kind) {
        case 'date':
          parsed = parseDateCell(valueCell.value, valueCell.format);
          break;
        case 'integer':
        case 'decimal':
          parsed = parseNumberCell(valueCell.value);
          break;
        case 'amount':
          parsed = parseAmountCell(valueCell.value);
          break;
        case 'list': {
          const text = cellText(valueCell.value);
          const listId = spec.list && spec.list !== 'funders' && spec.list !== 'actions' ? spec.list : undefined;
          const list = listId === undefined ? undefined : LISTS[listId];
          const canonical = text !== null && list ? matchInList(text, list.values) : text;
          if (isExcelError(valueCell.value)) parsed = { value: null, problem: { kind: 'error', code: valueCell.value.code } };
          else if (canonical === undefined && list) {
            const suggestion = text === null || listId === undefined ? undefined : listSuggestion(listId, text);
            report(at(ref, 'cell.not-in-list', { list: list.values.join(', '), ...(suggestion === undefined ? {} : { suggestion }) }));
            parsed = { value: null };
          } else parsed = { value: canonical ?? null };
          break;
        }
        case 'text':
          parsed = isExcelError(valueCell.value)
            ? { value: null, problem: { kind: 'error', code: valueCell.value.code } }
            : { value: cellText(valueCell.value) };
          break;
      }
      if (parsed.problem) report(problemDraft(ref, parsed.problem));
      values[spec.key] = parsed.value;
    }
  }
  const str = (k: ParameterKey): string | null => (typeof values[k] === 'string' ? values[k] : null);
  const num = (k: ParameterKey): number | null => (typeof values[k] === 'number' ? values[k] : null);
  return {
    name: str('name'),
    territory: str('territory'),
    regionalProfile: str('regionalProfile'),
    signatureDate: num('signatureDate'),
    durationYears: num('durationYears'),
    population: num('population'),
    coordinator: str('coordinator'),
    coordinationFte: num('coordinationFte') ?? DEFAULT_COORDINATION_FTE,
    coordinationPostCostCents: num('coordinationPostCost'),
    diagnosticBy: str('diagnosticBy'),
    finalEvaluationBy: str('finalEvaluationBy'),
    refs,
  };
}

function readRows<T>(table: LocatedTable | undefined, report: (d: FindingDraft) => void, read: (r: RowReader, row: TableRow) => T): T[] {
  if (!table) return [];
  const columns = indexColumns(table);
  return table.rows.map((row) => read(new RowReader(table, columns, row, report), row));
}

/** Builds the typed model of a workbook snapshot. */
export function buildModel(snapshot: WorkbookSnapshot): WorkbookModel {
  const findings: FindingDraft[] = [];
  const report = (d: FindingDraft): void => {
    findings.push(d);
  };
  const tables: Partial<Record<TableId, LocatedTable>> = {};
  for (const spec of TABLES) {
    const located = locateTable(snapshot, spec);
    if (located) tables[spec.id] = located;
    findings.push(...structureDrafts(spec, located));
  }

  const parameters = readParameters(tables.parameters, report);
  const funders = readRows(tables.funders, report, (r, row) => {
    r.list('signatory', 'yesNo');
    r.text('category');
    return { row: row.row, name: r.text('funder') };
  });
  const actions = readRows(tables.actions, report, (r, row): ActionRow => {
    for (const key of ['goal', 'objective', 'context', 'description', 'territory', 'comments']) r.text(key);
    r.list('type', 'actionTypes');
    r.date('updatedOn');
    return {
      row: row.row,
      axisNumber: r.text('axisNumber'),
      axis: r.text('axis'),
      goalNumber: r.text('goalNumber'),
      objectiveNumber: r.text('objectiveNumber'),
      number: r.text('actionNumber'),
      title: r.text('title'),
      theme: r.list('theme', 'themes'),
      pilot: r.text('pilot'),
      coPilot: r.text('coPilot'),
      actionObjective: r.text('actionObjective'),
      partners: r.text('partners'),
      audience: r.text('audience'),
      start: r.date('start'),
      end: r.date('end'),
      status: r.list<ActionStatus>('status', 'actionStatuses'),
      progress: r.percent('progress'),
      budgetCents: r.amount('budget'),
    };
  });
  const fundings = readRows(tables.fundings, report, (r, row): FundingRow => {
    r.text('comment');
    return {
      row: row.row,
      object: r.list<FundingObject>('object', 'fundingObjects'),
      actionNumber: r.text('actionNumber'),
      funder: r.text('funder'),
      nature: r.list<FundingNature>('nature', 'fundingNatures'),
      year: r.integer('year'),
      amountCents: r.amount('amount'),
      status: r.list<FundingStatus>('status', 'fundingStatuses'),
      paidCents: r.amount('paid'),
    };
  });
  const measureKeys = (tables.evaluation?.columns ?? [])
    .map((c) => /^measure(\d+)$/.exec(c.key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ key: m[0], year: Number(m[1]) }));
  const indicators = readRows(tables.evaluation, report, (r, row): IndicatorRow => {
    for (const key of ['operationalObjective', 'expectedResults', 'evaluator']) r.text(key);
    r.list('tool', 'evaluationTools');
    return {
      row: row.row,
      actionNumber: r.text('actionNumber'),
      indicator: r.text('indicator'),
      type: r.list('indicatorType', 'indicatorTypes'),
      nature: r.list('indicatorNature', 'indicatorNatures'),
      target: r.text('target'),
      when: r.raw('when'),
      measures: measureKeys.map(({ key, year }) => ({ year, field: r.raw(key) })),
    };
  });
  readRows(tables.meetings, report, (r) => {
    r.text('actionNumber');
    r.date('date');
    r.date('dueDate');
    for (const key of ['participants', 'notes', 'followUp']) r.text(key);
  });
  const instances = readRows(tables.instances, report, (r, row): InstanceRow => {
    for (const key of ['minutes', 'participants', 'decisions']) r.text(key);
    return { row: row.row, instance: r.list<InstanceType>('instance', 'instanceTypes'), date: r.date('date') };
  });

  const start = parameters.signatureDate;
  const duration = parameters.durationYears;
  const contractYears =
    start !== null && duration !== null && Number.isInteger(duration) && duration >= 1 && duration <= 10
      ? Array.from({ length: duration }, (_, i) => serialToYmd(start).year + i)
      : [];

  return { tables, parameters, funders, actions, fundings, indicators, instances, contractYears, findings };
}
