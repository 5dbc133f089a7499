/** Reading a planned cell in tests: its formula, or the value a reader without a calculation engine sees. */
import type { PlanCell } from '../../../src/domain/generate/plan';

export type FormulaCell = Extract<PlanCell, { readonly formula: string }>;

export const isFormulaCell = (cell: PlanCell | undefined): cell is FormulaCell => cell !== null && typeof cell === 'object' && 'formula' in cell;

/** The formula of a formula cell; undefined for a value. */
export const formulaOf = (cell: PlanCell | undefined): string | undefined => (isFormulaCell(cell) ? cell.formula : undefined);

/** The cached result of a formula cell (undefined when none is cached), or the value itself. */
export const resultOf = (cell: PlanCell | undefined): unknown => (isFormulaCell(cell) ? cell.result : cell);
