/**
 * Structured references (`CLS_Financements[Montant (€)]`) in the plan's formulas and names. Excel matches a
 * column name exactly (case aside), while our header matching tolerates `Montant(€)` or `N°action`: every
 * reference is rewritten to the spelling the user's table really has, or reported when the column is missing.
 */
import { foldHeader } from '../values/text';
import type { WorkbookPlan } from '../generate/plan';

/** `Table[Column]` with `'` escaping `'`, `#`, `[` and `]` inside the brackets; complex forms are left alone. */
const SIMPLE_REFERENCE = /(^|[^A-Za-z0-9_.\\])([A-Za-z_\\][A-Za-z0-9_.\\]*)\[((?:[^[\]'#]|'.)*)\]/g;

const unescape = (inner: string): string => inner.replace(/'(.)/g, '$1');
export const escapeColumn = (column: string): string => column.replace(/['#[\]]/g, (ch) => `'${ch}`);

export interface MissingReference {
  readonly table: string;
  /** Absent when the table itself will not exist. */
  readonly column?: string;
}

/** Column names by table, folded table name → folded header → the spelling to write. */
export type TableColumns = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function columnsOf(headers: readonly string[]): ReadonlyMap<string, string> {
  return new Map(headers.map((header) => [foldHeader(header), header]));
}

const FORMULA_KEYS = new Set(['formula', 'ref']);

/**
 * The plan with every reference to a table of `known` spelled as that table has it; `tables` names the tables
 * the references may point at (the contract's and the plan's). References that cannot resolve are returned.
 */
export function respellReferences(
  plan: WorkbookPlan,
  columns: TableColumns,
  tableNames: ReadonlyMap<string, string>,
): { plan: WorkbookPlan; missing: MissingReference[] } {
  const missing = new Map<string, MissingReference>();
  const rewrite = (formula: string): string =>
    formula.replace(SIMPLE_REFERENCE, (whole, before: string, table: string, inner: string) => {
      const tableKey = table.toLowerCase();
      const spelled = tableNames.get(tableKey);
      if (spelled === undefined) return whole;
      const known = columns.get(tableKey);
      const column = unescape(inner);
      if (!known) {
        missing.set(tableKey, { table: spelled });
        return whole;
      }
      const actual = known.get(foldHeader(column));
      if (actual === undefined) {
        missing.set(`${tableKey}[${foldHeader(column)}]`, { table: spelled, column });
        return whole;
      }
      return `${before}${spelled}[${escapeColumn(actual)}]`;
    });
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key !== undefined && FORMULA_KEYS.has(key) ? rewrite(value) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return { plan: walk(plan) as WorkbookPlan, missing: [...missing.values()] };
}
