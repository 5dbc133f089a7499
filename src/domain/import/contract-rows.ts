/**
 * The rows an import gives each contract table, by column key, with the identity that finds the same row again
 * after the source changed: an action by its number, a commitment by what it funds (object, action, partner,
 * year, nature), an indicator by its action and wording, a partner by its name. Amounts, statuses, dates and
 * comments are what a re-import updates; a changed identity is a new row.
 */
import type { PlanCell } from '../generate/plan';
import type { Row } from '../generate/input-sheets';
import { fundingRow } from '../generate/input-sheets';
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDERS_TABLE, FUNDINGS_TABLE } from '../workbook/contract';
import type { TableSpec } from '../workbook/contract';
import { fold } from '../values/text';
import type { ImportedAction, ImportedValue, ImportResult } from './result';

/** A row for a contract table: its values by column key, and its identity. */
export interface KeyedRow {
  readonly key: string;
  readonly values: Readonly<Record<string, PlanCell>>;
}

export interface TableRows {
  readonly spec: TableSpec;
  readonly rows: readonly KeyedRow[];
  /** Rows already in the table are never updated (the partner list: only missing partners are added). */
  readonly appendOnly: boolean;
}

/** Column keys whose values make a row's identity, per table. */
export const IDENTITY_KEYS: Readonly<Record<string, readonly string[]>> = {
  [ACTIONS_TABLE.name]: ['actionNumber'],
  [FUNDINGS_TABLE.name]: ['object', 'actionNumber', 'funder', 'year', 'nature'],
  [EVALUATION_TABLE.name]: ['actionNumber', 'indicator'],
  [FUNDERS_TABLE.name]: ['funder'],
};

/** A cell value as compared for identity and change: trimmed text, numbers to the millionth, dates as serials. */
export function comparable(value: PlanCell | { readonly kind: 'error'; readonly code: string } | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim() === '' ? '' : `s:${value.trim()}`;
  if (typeof value === 'number') return `n:${Math.round(value * 1e6) / 1e6}`;
  if (typeof value === 'boolean') return `b:${value}`;
  if ('kind' in value) return `e:${value.code}`;
  if ('date' in value) return `n:${value.date}`;
  return `f:${value.formula}`;
}

/** The identity of a row from its values (folded: case, accents and spaces do not make a new row). */
export function identityOf(table: string, value: (key: string) => string): string {
  return (IDENTITY_KEYS[table] ?? []).map((key) => fold(value(key).replace(/^[sn]:/, ''))).join('|');
}

/** Identities made unique by their rank among equal ones (`…#2`): two equal lines stay two lines. */
export function withRanks<T>(items: readonly T[], identity: (item: T) => string): { item: T; key: string }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const id = identity(item);
    const rank = (seen.get(id) ?? 0) + 1;
    seen.set(id, rank);
    return { item, key: `${id}#${rank}` };
  });
}

const cell = (value: ImportedValue | null | undefined): PlanCell => (value === null || value === undefined ? null : value);

/** `12.1.1` → goal `12`, specific objective `12.1`. */
function hierarchy(number: string): { goal: string | null; objective: string | null } {
  const parts = number.split('.');
  return parts.length >= 3 ? { goal: parts[0] ?? null, objective: parts.slice(0, 2).join('.') } : { goal: null, objective: null };
}

/** An imported action as a `CLS_Actions` row. */
export function actionRow(a: ImportedAction): Row {
  const { goal, objective } = hierarchy(a.number);
  return {
    ...Object.fromEntries(Object.entries(a.fields).map(([k, v]) => [k, cell(v)])),
    axisNumber: a.axisNumber,
    axis: a.axis,
    goalNumber: goal,
    objectiveNumber: objective,
    actionNumber: a.number,
    title: a.title,
    status: a.status,
    budget: a.budgetCents === null ? null : a.budgetCents / 100,
  };
}

/** The import's `CLS_Evaluation` rows. */
export const evaluationRows = (result: ImportResult): Row[] =>
  result.indicators.map((i) => ({
    ...Object.fromEntries(Object.entries(i.fields).map(([k, v]) => [k, cell(v)])),
    actionNumber: i.action,
    indicator: i.indicator,
  }));

/** Partners the import adds to `CLS_Financeurs`. */
export const extraFunderRows = (result: ImportResult): Row[] => result.extraFunders.map((f) => ({ funder: f, category: 'Autre', signatory: 'Non' }));

const defined = (row: Row): Record<string, PlanCell> => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? null]));

function keyed(spec: TableSpec, rows: readonly Row[], appendOnly = false): TableRows {
  const ranked = withRanks(rows, (row) => identityOf(spec.name, (key) => comparable(row[key])));
  return { spec, appendOnly, rows: ranked.map(({ item, key }) => ({ key, values: defined(item) })) };
}

/** Everything an import writes into an existing workbook's contract tables. */
export function contractRows(result: ImportResult): TableRows[] {
  return [
    keyed(FUNDERS_TABLE, extraFunderRows(result), true),
    keyed(ACTIONS_TABLE, result.actions.map(actionRow)),
    keyed(FUNDINGS_TABLE, result.fundings.map(fundingRow)),
    keyed(EVALUATION_TABLE, evaluationRows(result)),
  ];
}
