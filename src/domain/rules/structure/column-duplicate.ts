// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const structureColumnDuplicate = readingRule('structure.column-duplicate', 'error', 'CONTRACT §1: columns are found by header text, a header must be unique');
