// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const structureBlankRow = readingRule('structure.blank-row', 'info', 'CONTRACT §2: an empty row inside a table');
