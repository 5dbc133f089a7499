/**
 * Bounded Office.js batches. Excel on the web refuses any request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); the documented cure is to "split the operation
 * into smaller pieces … call context.sync() for each sub-operation":
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * We estimate bytes from what we send or expect back and keep each sync under SYNC_BUDGET_BYTES, well below 2 MB.
 */
import { a1 } from '../domain/values/a1';

/** Estimated bytes per sync; the estimates below stay within ±30 % of Office.js's serializer, so real syncs stay < 2 MB. */
export const SYNC_BUDGET_BYTES = 1_200_000;

/** Request bytes of one range proxy plus one action on it (`getRange(address)` + a method or setter), as serialized. */
export const RANGE_ACTION_BYTES = 600;

/** UTF-8 bytes of a JSON string literal: quotes, escapes, multibyte characters. */
export function textBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** UTF-8 JSON bytes of one cell value (plus its comma). */
export function valueBytes(value: unknown): number {
  if (typeof value === 'string') return textBytes(value) + 1;
  if (typeof value === 'number') return String(value).length + 1;
  if (typeof value === 'boolean') return 6;
  if (value === null || value === undefined) return 5;
  return textBytes(JSON.stringify(value)) + 1;
}

/** UTF-8 JSON bytes of a 2D array of values. */
export function gridBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 3;
    for (const value of row) bytes += valueBytes(value);
  }
  return bytes;
}

export interface Cost {
  readonly request: number;
  readonly response: number;
}

/** Groups items in order so that each group's estimated request and response stay within `budget` (an item alone may exceed it). */
export function packByBudget<T>(items: readonly T[], cost: (item: T) => Cost, budget = SYNC_BUDGET_BYTES): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let request = 0;
  let response = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length > 0 && (request + c.request > budget || response + c.response > budget)) {
      groups.push(current);
      current = [];
      request = 0;
      response = 0;
    }
    current.push(item);
    request += c.request;
    response += c.response;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Queues each group then syncs, one group after the other ("call context.sync() for each sub-operation");
 * `step` may return a function to run once its group is synced. Recursion, so no sync sits in a loop.
 */
export async function syncEach<T>(context: Excel.RequestContext, groups: readonly T[], step: (group: T, index: number) => (() => void) | void, index = 0): Promise<void> {
  const group = groups[index];
  if (group === undefined) return;
  const after = step(group, index);
  await context.sync();
  after?.();
  await syncEach(context, groups, step, index + 1);
}

/** A vertical run of cells in one column of one sheet (1-based, inclusive). */
export interface ColumnRun<T> {
  readonly sheet: string;
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
  /** The items of the run, top to bottom, one per row. */
  readonly items: readonly T[];
}

export const runAddress = (run: { readonly column: number; readonly top: number; readonly bottom: number }): string =>
  run.top === run.bottom ? a1(run.top, run.column) : `${a1(run.top, run.column)}:${a1(run.bottom, run.column)}`;

/**
 * Groups cells into runs of consecutive rows per sheet and column, at most `maxLength` cells each
 * (a run becomes one range proxy instead of one proxy per cell). Items must be distinct cells.
 */
export function columnRuns<T extends { readonly sheet: string; readonly row: number; readonly column: number }>(items: readonly T[], maxLength: number): ColumnRun<T>[] {
  const sorted = [...items].sort((x, y) => (x.sheet < y.sheet ? -1 : x.sheet > y.sheet ? 1 : x.column - y.column || x.row - y.row));
  const runs: ColumnRun<T>[] = [];
  let current: T[] = [];
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) runs.push({ sheet: first.sheet, column: first.column, top: first.row, bottom: last.row, items: current });
    current = [];
  };
  for (const item of sorted) {
    const last = current[current.length - 1];
    if (last && (last.sheet !== item.sheet || last.column !== item.column || last.row + 1 !== item.row || current.length >= maxLength)) flush();
    current.push(item);
  }
  flush();
  return runs;
}

/** Splits a run into maximal sub-runs whose items share the same `key` (one write each). */
export function splitRun<T>(run: ColumnRun<T>, key: (item: T) => string): { readonly key: string; readonly run: ColumnRun<T> }[] {
  const parts: { key: string; run: ColumnRun<T> }[] = [];
  let start = 0;
  run.items.forEach((item, i) => {
    const next = run.items[i + 1];
    if (next !== undefined && key(next) === key(item)) return;
    const items = run.items.slice(start, i + 1);
    parts.push({ key: key(item), run: { sheet: run.sheet, column: run.column, top: run.top + start, bottom: run.top + i, items } });
    start = i + 1;
  });
  return parts;
}

/** The Office error code of a failed sync, if any. */
export const officeErrorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};
