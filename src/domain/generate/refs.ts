/** Formula building blocks: structured references, parameter look-ups, text literals. */
import type { ColumnSpec, ParameterKey, TableSpec } from '../workbook/contract';
import { PARAMETERS, PARAMETERS_TABLE } from '../workbook/contract';

/** A table's columns for a contract of `years` years: `Réalisé année 1..N` follow `Valeur cible`. */
export function tableColumns(spec: TableSpec, years: number): readonly ColumnSpec[] {
  const yearColumns = spec.yearColumns;
  if (!yearColumns) return spec.columns;
  const measures: ColumnSpec[] = Array.from({ length: years }, (_, i) => ({
    key: `${yearColumns.keyPrefix}${i + 1}`,
    header: `${yearColumns.headerPrefix}${i + 1}`,
    kind: yearColumns.kind,
    required: false,
    width: 14,
  }));
  const at = spec.columns.findIndex((c) => c.key === 'target') + 1;
  return [...spec.columns.slice(0, at), ...measures, ...spec.columns.slice(at)];
}

export function column(spec: TableSpec, key: string): ColumnSpec {
  const found = spec.columns.find((c) => c.key === key);
  if (!found) throw new Error(`Column ${key} not in ${spec.name}`);
  return found;
}

/** `CLS_Actions[Intitulé de l''action]`: `'`, `#`, `[` and `]` are escaped with `'` inside a structured reference. */
export function colRef(spec: TableSpec, key: string): string {
  return `${spec.name}[${escapeHeader(column(spec, key).header)}]`;
}

const escapeHeader = (header: string): string => header.replace(/['#[\]]/g, (ch) => `'${ch}`);

/** A string literal inside a formula. */
export const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function parameterLabel(key: ParameterKey): string {
  const spec = PARAMETERS.find((p) => p.key === key);
  if (!spec) throw new Error(`Unknown parameter ${key}`);
  return spec.label;
}

/** The `Valeur` of a parameter, found by its label so users may reorder the rows. */
export function parameterValue(key: ParameterKey): string {
  return `INDEX(${colRef(PARAMETERS_TABLE, 'value')},MATCH(${str(parameterLabel(key))},${colRef(PARAMETERS_TABLE, 'name')},0))`;
}

/** Contract year number `index` (0-based) from the signature date and the duration, or "" beyond the duration. */
export function contractYearFormula(index: number): string {
  const signature = parameterValue('signatureDate');
  const duration = parameterValue('durationYears');
  return `IFERROR(IF(OR(${signature}="",${duration}="",${index}>=${duration}),"",YEAR(${signature})+${index}),"")`;
}
