// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const cellRequiredMissing = readingRule('cell.required-missing', 'warning', 'seed 004_6c4d6d0ed7a0af23.txt:994-1013: items marked « Incontournable »');
