/** The input sheets: one Excel table each, laid out per CONTRACT §1, empty or filled with the sample. */
import type { ColumnSpec, TableSpec } from '../workbook/contract';
import {
  ACTIONS_TABLE,
  DEFAULT_COORDINATION_FTE,
  EVALUATION_TABLE,
  FUNDERS_TABLE,
  FUNDINGS_TABLE,
  INSTANCES_TABLE,
  MEETINGS_TABLE,
  PARAMETERS,
  PARAMETERS_TABLE,
} from '../workbook/contract';
import { DEFAULT_FUNDERS } from '../workbook/lists';
import type { ParameterKey } from '../workbook/contract';
import type { ProfileId } from '../report';
import { columnLetter } from '../values/a1';
import { COLUMN_PROMPTS, columnNumberFormat, columnValidation, parameterCell, rowHeight } from './formats';
import type { CellFormatPlan, CellValidationPlan, ConditionalFormatPlan, PlanCell, PlanColumn, SheetPlan, TablePlan } from './plan';
import { tableColumns } from './refs';
import type { SampleAction, SampleCls, SampleIndicator } from './sample';
import { profileLabel } from './sample';

export const TABLE_STYLE = 'TableStyleMedium2';
export const INPUT_TAB_COLOR = '#2F5597';
/** Empty formatted rows under each table, ready for input. */
export const SPARE_ROWS = 20;

export const LIGHT_RED = '#F8CBAD';
export const LIGHT_ORANGE = '#FFE699';

/** One row of a contract table, by column key. */
export type Row = Readonly<Record<string, PlanCell | undefined>>;

function planColumn(table: TableSpec, column: ColumnSpec): PlanColumn {
  const numberFormat = columnNumberFormat(column);
  const validation = columnValidation(column);
  const prompt = COLUMN_PROMPTS[`${table.name}.${column.key}`];
  return {
    header: column.header,
    width: column.width,
    ...(numberFormat === undefined ? {} : { numberFormat }),
    ...(validation === undefined ? {} : { validation }),
    ...(prompt === undefined ? {} : { prompt }),
    // Wrapped text; short codes (N° action, Type) stay on one line.
    ...((column.kind === 'text' || column.kind === 'list') && column.width >= 12 ? { wrap: true } : {}),
  };
}

function tablePlan(spec: TableSpec, years: number, rows: readonly Row[], anchor = 'A1', spareRows = SPARE_ROWS): TablePlan {
  const columns = tableColumns(spec, years);
  return {
    kind: 'table',
    name: spec.name,
    anchor,
    columns: columns.map((c) => planColumn(spec, c)),
    rows: rows.map((row) => columns.map((c) => row[c.key] ?? null)),
    style: TABLE_STYLE,
    spareRows,
  };
}

/** Heights of the header row and of data rows whose wrapped text needs more than one line (table anchored on row 1). */
function tableRowHeights(table: TablePlan): Record<number, number> {
  const heights: Record<number, number> = {};
  const header = rowHeight(table.columns.map((c) => ({ text: c.header, width: c.width - 2 })), 3);
  if (header !== undefined) heights[1] = header;
  table.rows.forEach((row, r) => {
    const cells = table.columns.flatMap((c, i) => {
      const value = row[i];
      return c.wrap === true && typeof value === 'string' ? [{ text: value, width: c.width }] : [];
    });
    const height = rowHeight(cells);
    if (height !== undefined) heights[r + 2] = height;
  });
  return heights;
}

/** Letter of a column of a table anchored in column A. */
function letterOf(spec: TableSpec, years: number, key: string): string {
  const index = tableColumns(spec, years).findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`Column ${key} not in ${spec.name}`);
  return columnLetter(index + 1);
}

/** Last sheet row covered by a table's data and spare rows (header on row 1). */
const lastRow = (dataRows: number): number => 1 + Math.max(dataRows, 1) + SPARE_ROWS;

export function parametersSheet(profile: ProfileId, years: number, sample: SampleCls | null): SheetPlan {
  const defaults: Partial<Record<ParameterKey, PlanCell>> = {
    regionalProfile: profileLabel(profile),
    durationYears: years,
    coordinationFte: DEFAULT_COORDINATION_FTE,
  };
  const values = sample?.parameters ?? defaults;
  const parameterRows = PARAMETERS.map((p) => ({ name: p.label, value: values[p.key] ?? null }));
  const cellValidations: CellValidationPlan[] = [];
  const cellFormats: CellFormatPlan[] = [];
  PARAMETERS.forEach((p, i) => {
    const cell = `B${i + 2}`;
    const { numberFormat, validation, prompt } = parameterCell(p);
    if (numberFormat !== undefined) cellFormats.push({ range: cell, numberFormat });
    if (validation !== undefined) cellValidations.push({ range: cell, validation, ...(prompt === undefined ? {} : { prompt }) });
  });
  const funderRows = DEFAULT_FUNDERS.map((f) => ({ funder: f.name, category: f.category, signatory: f.signatory }));
  return {
    name: PARAMETERS_TABLE.sheet,
    owned: false,
    blocks: [tablePlan(PARAMETERS_TABLE, years, parameterRows, 'A1', 0), tablePlan(FUNDERS_TABLE, years, funderRows, 'D1', 10)],
    columnWidths: { C: 3 },
    freezeRows: 1,
    tabColor: INPUT_TAB_COLOR,
    cellValidations,
    cellFormats,
  };
}

export const sampleActionRow = (a: SampleAction): Row => ({
    axisNumber: a.axisNumber,
    axis: a.axis,
    goalNumber: a.goalNumber,
    goal: a.goal,
    objectiveNumber: a.objectiveNumber,
    objective: a.objective,
    actionNumber: a.number,
    title: a.title,
    theme: a.theme,
    type: a.type,
    context: a.context,
    actionObjective: a.actionObjective,
    description: a.description,
    pilot: a.pilot,
    coPilot: a.coPilot,
    partners: a.partners,
    territory: a.territory,
    audience: a.audience,
    start: { date: a.start },
    end: { date: a.end },
    status: a.status,
    progress: a.progress,
    budget: a.budgetCents / 100,
    comments: a.comments === '' ? null : a.comments,
    updatedOn: { date: a.updatedOn },
  });

/** `Plan d'action` with these rows (the sample's, or an import's). */
export function actionsSheet(years: number, rows: readonly Row[]): SheetPlan {
  const last = lastRow(rows.length);
  const lastLetter = columnLetter(tableColumns(ACTIONS_TABLE, years).length);
  const end = letterOf(ACTIONS_TABLE, years, 'end');
  const status = letterOf(ACTIONS_TABLE, years, 'status');
  const budget = letterOf(ACTIONS_TABLE, years, 'budget');
  const late: ConditionalFormatPlan = {
    range: `A2:${lastLetter}${last}`,
    formula: `AND(ISNUMBER($${end}2),$${end}2<TODAY(),$${status}2<>"Réalisée",$${status}2<>"Abandonnée")`,
    fill: LIGHT_RED,
  };
  const badBudget: ConditionalFormatPlan = {
    range: `${budget}2:${budget}${last}`,
    formula: `OR(AND(ISNUMBER(${budget}2),${budget}2<0),AND(${budget}2<>"",NOT(ISNUMBER(${budget}2))))`,
    fill: LIGHT_ORANGE,
  };
  const table = tablePlan(ACTIONS_TABLE, years, rows);
  return inputSheet(ACTIONS_TABLE, table, {
    print: { landscape: true, fitToWidth: false },
    freezeColumns: 0,
    conditionalFormats: [late, badBudget],
  });
}

/** A commitment as the generator and the import both give it. */
export interface FundingInput {
  readonly object: string;
  readonly action: string | null;
  readonly funder: string;
  readonly nature: string;
  readonly year: number | null;
  readonly amountCents: number;
  readonly status: string;
  readonly paidCents: number | null;
  readonly comment: string | null;
}

export const fundingRow = (f: FundingInput): Row => ({
  object: f.object,
  actionNumber: f.action,
  funder: f.funder,
  nature: f.nature,
  year: f.year,
  amount: f.amountCents / 100,
  status: f.status,
  paid: f.paidCents === null ? null : f.paidCents / 100,
  comment: f.comment === '' ? null : f.comment,
});

/** `Financements` with these rows (the sample's, or an import's). */
export function fundingsSheet(years: number, rows: readonly Row[]): SheetPlan {
  const last = lastRow(rows.length);
  const amount = letterOf(FUNDINGS_TABLE, years, 'amount');
  const lastLetter = columnLetter(FUNDINGS_TABLE.columns.length);
  // Orange when the amount is negative, typed as text, or missing on a line that has other content.
  const badAmount: ConditionalFormatPlan = {
    range: `${amount}2:${amount}${last}`,
    formula: `OR(AND(ISNUMBER(${amount}2),${amount}2<0),AND(${amount}2<>"",NOT(ISNUMBER(${amount}2))),AND(${amount}2="",COUNTA($A2:$${lastLetter}2)>0))`,
    fill: LIGHT_ORANGE,
  };
  const table = tablePlan(FUNDINGS_TABLE, years, rows);
  return inputSheet(FUNDINGS_TABLE, table, { conditionalFormats: [badAmount] });
}

export const sampleIndicatorRow = (i: SampleIndicator, years: number): Row => {
    const measures: Record<string, PlanCell> = {};
    for (let n = 1; n <= years; n++) {
      const m = i.measures[n - 1];
      measures[`${EVALUATION_TABLE.yearColumns?.keyPrefix ?? 'measure'}${n}`] = m === undefined || m === '' ? null : m;
    }
    return {
      actionNumber: i.action,
      operationalObjective: i.objective,
      expectedResults: i.expectedResults,
      indicator: i.indicator,
      indicatorType: i.type,
      indicatorNature: i.nature,
      target: i.target,
      ...measures,
      tool: i.tool,
      evaluator: i.evaluator,
      when: typeof i.when === 'number' ? { date: i.when } : i.when,
    };
};

/** `Évaluation` with these rows (the sample's, or an import's). */
export function evaluationSheet(years: number, rows: readonly Row[]): SheetPlan {
  const table = tablePlan(EVALUATION_TABLE, years, rows);
  return inputSheet(EVALUATION_TABLE, table);
}

export function meetingsSheet(years: number, sample: SampleCls | null): SheetPlan {
  const rows: Row[] = (sample?.meetings ?? []).map((m) => ({
    actionNumber: m.action,
    date: { date: m.date },
    participants: m.participants,
    notes: m.notes,
    followUp: m.followUp,
    dueDate: { date: m.dueDate },
  }));
  const table = tablePlan(MEETINGS_TABLE, years, rows);
  return inputSheet(MEETINGS_TABLE, table);
}

/** The governance log: COPIL, COTECH, dialogue de gestion, each with its date and minutes. */
export function instancesSheet(years: number, sample: SampleCls | null): SheetPlan {
  const rows: Row[] = (sample?.instances ?? []).map((i) => ({
    instance: i.instance,
    date: { date: i.date },
    minutes: i.minutes,
    participants: i.participants,
    decisions: i.decisions,
  }));
  const table = tablePlan(INSTANCES_TABLE, years, rows);
  return inputSheet(INSTANCES_TABLE, table);
}

/** A user input sheet holding one contract table: frozen header, row heights, printed to page width. */
function inputSheet(spec: TableSpec, table: TablePlan, extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: spec.sheet,
    owned: false,
    blocks: [table],
    rowHeights: tableRowHeights(table),
    print: { landscape: true, fitToWidth: true },
    freezeRows: 1,
    tabColor: INPUT_TAB_COLOR,
    ...extra,
  };
}
