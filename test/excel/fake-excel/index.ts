/**
 * A faithful in-memory Excel for tests and benches, installed as `globalThis.Excel`.
 *
 * Node use (the lead's bench script). Node 20 cannot load .ts, so compile on the fly with @swc/core (a devDependency):
 *   const swc = require('@swc/core');
 *   require.extensions['.ts'] = (m, file) => m._compile(swc.transformFileSync(file,
 *     { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }).code, file);
 *   const { measureSyncs } = require('./test/excel/fake-excel');
 *   await measureSyncs(10, (port) => port.read());       // → 3
 *   await measureSyncs(10_000, (port) => port.read());   // → more: chunked under 2 MB a sync (test/excel/payload)
 *
 * - `installFakeExcel(state)` sets `globalThis.Excel = { run }` over a FakeWorkbookState; it returns an uninstall function.
 *   `installFakeExcel(state, { payloadLimitBytes })` also measures each sync with the real Office.js serializer and
 *   refuses one over the limit as Excel on the web does (test/excel/payload); `payloadLog` receives the measures.
 * - `countSyncs(state, action)` runs an action and returns how many syncs it made.
 * - `userWorkbook(rows)` builds a workbook already holding CLS tables with `rows` data rows each.
 * Excel.run fails if a batch ends with operations never synced, and records its options (`state.runOptions`).
 */
import { createExcelPort } from '../../../src/excel';
import type { WorkbookPort } from '../../../src/domain/port';
import { FakeRequestContext } from './api';
import { FakeOfficeError, FakeWorkbookState } from './state';
import type { SyncMeasure } from '../payload/recorder';
import { payloadRun } from '../payload/recorder';

export { FakeOfficeError, FakeWorkbookState } from './state';
export type { FakeCell, FakeSheet, FakeTable, FakeValue } from './state';

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** Excel.run over a state: same overloads the adapter uses (options + batch, or batch alone). */
export function fakeRun(state: FakeWorkbookState) {
  return async function run<T>(optionsOrBatch: unknown, maybeBatch?: Batch<T>): Promise<T> {
    const batch = (typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch) as Batch<T> | undefined;
    if (!batch) throw new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function');
    state.runOptions.push(typeof optionsOrBatch === 'function' ? undefined : optionsOrBatch);
    const context = new FakeRequestContext(state);
    const result = await batch(context);
    if (context.pending > 0) throw new Error(`Excel.run ended with ${context.pending} queued operation(s) never synced`);
    return result;
  };
}

export interface FakeExcelOptions {
  /** Refuse any sync whose request or response (real serializer) exceeds this many bytes, as Excel on the web does at 5 MB. */
  readonly payloadLimitBytes?: number;
  /** Receives, per Excel.run, the bytes of each sync (measured even without a limit). */
  readonly payloadLog?: SyncMeasure[][];
}

/** Installs the fake as `globalThis.Excel`; returns the uninstaller. */
export function installFakeExcel(state: FakeWorkbookState, options: FakeExcelOptions = {}): () => void {
  const holder = globalThis as { Excel?: unknown };
  const previous = holder.Excel;
  const measured = options.payloadLimitBytes !== undefined || options.payloadLog !== undefined;
  const limit = options.payloadLimitBytes === undefined ? {} : { limitBytes: options.payloadLimitBytes };
  const log = options.payloadLog === undefined ? {} : { log: options.payloadLog };
  holder.Excel = { run: measured ? payloadRun(state, { ...limit, ...log }) : fakeRun(state) };
  return () => {
    if (previous === undefined) delete holder.Excel;
    else holder.Excel = previous;
  };
}

/** How many `context.sync()` calls `action` made on `state`. */
export async function countSyncs(state: FakeWorkbookState, action: () => Promise<unknown>): Promise<number> {
  const before = state.syncCount;
  await action();
  return state.syncCount - before;
}

/**
 * A workbook already in use: sheets with the CLS tables filled with `rows` data rows each, a user sheet and a name.
 * Shapes follow CONTRACT §1 loosely (only what the adapter needs: tables, headers, values, formats).
 */
export function userWorkbook(rows: number): FakeWorkbookState {
  const state = new FakeWorkbookState();
  const actions = state.addSheet("Plan d'action");
  const header = ['N° action', "Intitulé de l'action", 'Début', 'Statut', 'Ma colonne'];
  actions.set('A1', [header]);
  const data = Array.from({ length: rows }, (_, i) => [`1.1.${i + 1}`, `Action ${i + 1}`, 45658 + i, i % 2 === 0 ? 'En cours' : 'Réalisée', `note ${i}`]);
  actions.set('A2', data);
  actions.set('C2', data.map((row) => [row[2] as number]), 'dd/mm/yyyy');
  state.addTable(actions, { top: 1, left: 1, bottom: rows + 1, right: header.length }, true, 'CLS_Actions');
  const fundings = state.addSheet('Financements');
  fundings.set('A1', [['Financeur', 'Montant', 'Année']]);
  fundings.set('A2', Array.from({ length: rows }, (_, i) => [i % 3 === 0 ? 'ARS' : 'CAF', 1000 + i, 2025 + (i % 3)]));
  state.addName('Ma_Plage', '=Financements!$A$1:$C$4');
  return state;
}

/** Bench helper: syncs made by `action` on a fresh `userWorkbook(rows)`, with the fake installed meanwhile. */
export async function measureSyncs(rows: number, action: (port: WorkbookPort) => Promise<unknown>): Promise<number> {
  const state = userWorkbook(rows);
  const uninstall = installFakeExcel(state);
  try {
    return await countSyncs(state, () => action(createExcelPort({ supports: () => true })));
  } finally {
    uninstall();
  }
}
