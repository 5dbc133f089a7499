// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const structureColumnMissing = readingRule('structure.column-missing', 'error', 'CONTRACT §1: required columns in bold; fiche action items, seed 004_6c4d6d0ed7a0af23.txt:994-1013 « Incontournable »');
