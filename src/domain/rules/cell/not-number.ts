// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const cellNotNumber = readingRule('cell.not-number', 'error', 'seed 000_afa51b918c030d0f.txt:1467-1469 « Financements restant à trouver »: the engagement table sums amounts; text is not summed');
