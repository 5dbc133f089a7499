// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const cellFormulaError = readingRule('cell.formula-error', 'error', 'CONTRACT §2: Excel error values (#REF!, #VALUE!, #DIV/0!, #N/A, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC!)');
