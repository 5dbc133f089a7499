/** Loads the .xlsx adapter (and exceljs with it) only when a file is read or a workbook is written. */
import type * as XlsxModule from './xlsx-module';
import { loadOnce } from './load-once';

export type Xlsx = typeof XlsxModule;
export type XlsxLoader = () => Promise<Xlsx>;

/** The adapter, loaded once (and again after a failed load). */
// tsc (node16) wants `./xlsx-module.js`, which webpack cannot resolve to the .ts file; webpack folds `'…' + ''`
// into a static, code-split import while tsc leaves it unresolved (the type comes from the type-only import).
export const loadXlsx: XlsxLoader = loadOnce(() => import(/* webpackChunkName: "xlsx" */ './xlsx-module' + '') as Promise<Xlsx>);
