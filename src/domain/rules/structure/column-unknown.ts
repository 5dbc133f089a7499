// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const structureColumnUnknown = readingRule('structure.column-unknown', 'info', 'CONTRACT §1: unknown columns are kept untouched and reported');
