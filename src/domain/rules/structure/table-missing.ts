// Generic: found while reading the workbook (src/domain/model.ts).
import { readingRule } from '../rule';

export const structureTableMissing = readingRule('structure.table-missing', 'error', 'CONTRACT §1: required tables CLS_Parametres, CLS_Financeurs, CLS_Actions, CLS_Financements, CLS_Evaluation');
