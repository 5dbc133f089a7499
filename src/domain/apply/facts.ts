/**
 * What an adapter tells the apply engine about a workbook. Reading happens in two steps: the inventory
 * (sheets, tables, names, protection), then the answers to the engine's read requests (cells, used
 * ranges, merged areas), so that each adapter reads only what the plan would touch.
 */
import type { Area } from '../values/a1';
import { a1 } from '../values/a1';
import { fold } from '../values/text';

export interface SheetFacts {
  readonly name: string;
  /** 0-based position in the tab order. */
  readonly position: number;
  readonly protected: boolean;
}

export interface TableFacts {
  readonly name: string;
  readonly sheet: string;
  /** The whole table, header and totals rows included. */
  readonly area: Area;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
}

export interface Inventory {
  readonly sheets: readonly SheetFacts[];
  readonly tables: readonly TableFacts[];
  /** Workbook-scoped defined names; `ref` without the leading `=`. */
  readonly names: readonly { readonly name: string; readonly ref: string }[];
  /** Structure protection: no sheet may be added, deleted, renamed or hidden. */
  readonly workbookProtected: boolean;
  readonly readOnly: boolean;
  /** Document properties, when the plan sets them. */
  readonly properties?: { readonly title: string; readonly author: string };
}

/** What the engine needs read before deciding; every answer is keyed by `requestKey`. */
export type ReadRequest =
  /** Cell contents as formulas (a formula returning "" counts as content). */
  | { readonly kind: 'cells'; readonly sheet: string; readonly area: Area }
  /** Whether any cell of the area holds a value (cheaper than its cells). */
  | { readonly kind: 'occupied'; readonly sheet: string; readonly area: Area }
  /** The sheet's used range, values only; null when the sheet is blank. */
  | { readonly kind: 'used'; readonly sheet: string }
  /** Merged areas intersecting the area. */
  | { readonly kind: 'merges'; readonly sheet: string; readonly area: Area }
  /** The names of a table's columns, in order (they exist even when the header row is hidden). */
  | { readonly kind: 'columns'; readonly table: string }
  /** How many charts and shapes a sheet holds (a sheet with a drawing is never blank). */
  | { readonly kind: 'drawings'; readonly sheet: string };

export type Answer = readonly (readonly unknown[])[] | boolean | Area | null | readonly Area[] | readonly string[] | number;

export const areaAddress = (area: Area): string =>
  area.top === area.bottom && area.left === area.right ? a1(area.top, area.left) : `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;

export function requestKey(request: ReadRequest): string {
  switch (request.kind) {
    case 'used':
      return `used|${fold(request.sheet)}`;
    case 'drawings':
      return `drawings|${fold(request.sheet)}`;
    case 'columns':
      return `columns|${fold(request.table)}`;
    default:
      return `${request.kind}|${fold(request.sheet)}|${areaAddress(request.area)}`;
  }
}

/** Answers by request key; a missing answer is a bug in the adapter, not a user error. */
export class Answers {
  private readonly byKey = new Map<string, Answer>();

  set(request: ReadRequest, answer: Answer): void {
    this.byKey.set(requestKey(request), answer);
  }

  private get(request: ReadRequest): Answer {
    const key = requestKey(request);
    if (!this.byKey.has(key)) throw new Error(`No answer for read request ${key}`);
    return this.byKey.get(key) as Answer;
  }

  cells(sheet: string, area: Area): readonly (readonly unknown[])[] {
    return this.get({ kind: 'cells', sheet, area }) as readonly (readonly unknown[])[];
  }

  occupied(sheet: string, area: Area): boolean {
    return this.get({ kind: 'occupied', sheet, area }) === true;
  }

  used(sheet: string): Area | null {
    return this.get({ kind: 'used', sheet }) as Area | null;
  }

  merges(sheet: string, area: Area): readonly Area[] {
    return this.get({ kind: 'merges', sheet, area }) as readonly Area[];
  }

  columns(table: string): readonly string[] {
    return this.get({ kind: 'columns', table }) as readonly string[];
  }

  drawings(sheet: string): number {
    return this.get({ kind: 'drawings', sheet }) as number;
  }
}

export const intersects = (a: Area, b: Area): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** True when a cell read through `formulas` holds anything (a formula returning "" counts as content). */
export const isFilled = (value: unknown): boolean => value !== null && value !== undefined && value !== '';
