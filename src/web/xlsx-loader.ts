/** Loads the .xlsx adapter (and exceljs with it) only when a file is read or a workbook is written. */
import type * as XlsxModule from './xlsx-module';

export type Xlsx = typeof XlsxModule;
export type XlsxLoader = () => Promise<Xlsx>;

let pending: Promise<Xlsx> | null = null;

/** The adapter, loaded once; a failed load (network, chunk error) is retried on the next call. */
export const loadXlsx: XlsxLoader = () => {
  // tsc (node16) wants `./xlsx-module.js`, which webpack cannot resolve to the .ts file; webpack folds `'…' + ''`
  // into a static, code-split import while tsc leaves it unresolved (the type comes from the type-only import).
  pending ??= (import(/* webpackChunkName: "xlsx" */ './xlsx-module' + '') as Promise<Xlsx>).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
};
