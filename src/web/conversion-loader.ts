/** Loads the conversion view (and the import domain with it) only when a workbook not laid out as the contract is dropped. */
import type * as ConversionModule from './conversion-module';

export type Conversion = typeof ConversionModule;
export type ConversionLoader = () => Promise<Conversion>;

let pending: Promise<Conversion> | null = null;

/** The view, loaded once; a failed load is retried on the next call. */
export const loadConversion: ConversionLoader = () => {
  // Same spelling as xlsx-loader: webpack makes a static, code-split import of it; tsc leaves it unresolved.
  pending ??= (import(/* webpackChunkName: "conversion" */ './conversion-module' + '') as Promise<Conversion>).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
};
