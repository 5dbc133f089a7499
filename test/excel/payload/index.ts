/** Payload measurement over the fake Excel with the real Office.js serializer: see recorder.ts. */
import type { WorkbookPort } from '../../../src/domain/port';
import { createExcelPort } from '../../../src/excel';
import type { FakeWorkbookState } from '../fake-excel/state';
import type { SyncMeasure } from './recorder';
import { payloadRun, summarize } from './recorder';

export type { PayloadOptions, SyncMeasure } from './recorder';
export { payloadRun, summarize } from './recorder';

/** 2 MB: our target for every request and response (Excel on the web refuses 5 MB). */
export const TARGET_BYTES = 2_000_000;

/** Runs `action` on a port over `state` with the recorder installed; returns every sync's measure. */
export async function measurePayload(state: FakeWorkbookState, action: (port: WorkbookPort) => Promise<unknown>, options: { limitBytes?: number; supports?: (v: string) => boolean } = {}): Promise<SyncMeasure[]> {
  const holder = globalThis as { Excel?: unknown };
  const previous = holder.Excel;
  const log: SyncMeasure[][] = [];
  holder.Excel = { run: payloadRun(state, { log, ...(options.limitBytes === undefined ? {} : { limitBytes: options.limitBytes }) }) };
  try {
    await action(createExcelPort({ supports: options.supports ?? (() => true) }));
  } finally {
    if (previous === undefined) delete holder.Excel;
    else holder.Excel = previous;
  }
  return log.flat();
}

export const payloadSummary = (measures: readonly SyncMeasure[]) => summarize(measures);

/** Measures one scenario: the syncs of its action only (not of its preparation). */
export async function measureScenario(made: { state: FakeWorkbookState; prepare?: (port: WorkbookPort) => Promise<unknown>; run: (port: WorkbookPort) => Promise<unknown> }, options: { limitBytes?: number; supports?: (v: string) => boolean } = {}): Promise<SyncMeasure[]> {
  if (made.prepare) await measurePayload(made.state, made.prepare, options);
  return measurePayload(made.state, made.run, options);
}
