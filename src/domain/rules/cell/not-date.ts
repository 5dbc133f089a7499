// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const cellNotDate = readingRule('cell.not-date', 'error', "seed 004_6c4d6d0ed7a0af23.txt:1008 « Calendrier / Début et durée de l'action »");
