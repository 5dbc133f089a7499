/** Loads the conversion view (and the import domain with it) only when a workbook not laid out as the contract is dropped. */
import type * as ConversionModule from './conversion-module';
import { loadOnce } from './load-once';

export type Conversion = typeof ConversionModule;
export type ConversionLoader = () => Promise<Conversion>;

/** The view, loaded once (and again after a failed load). */
// Same spelling as xlsx-loader: webpack makes a static, code-split import of it; tsc leaves it unresolved.
export const loadConversion: ConversionLoader = loadOnce(() => import(/* webpackChunkName: "conversion" */ './conversion-module' + '') as Promise<Conversion>);
