// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const cellNotInList = readingRule('cell.not-in-list', 'error', 'CONTRACT §1 lists; indicator types of seed 004_6c4d6d0ed7a0af23.txt:1090-1091 « indicateur de résultats » « indicateur de processus »');
