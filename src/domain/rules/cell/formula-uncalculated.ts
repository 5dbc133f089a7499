// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const cellFormulaUncalculated = readingRule(
  'cell.formula-uncalculated',
  'error',
  'CONTRACT §1: cell values are read as Excel holds them; a formula saved without its result holds none, so it is neither checked nor counted',
);
