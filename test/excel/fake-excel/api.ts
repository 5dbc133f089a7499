/**
 * Client objects of the fake Excel API. Like Office.js, every call is queued and runs at `context.sync()`, in order;
 * a property can be read only after `load()` and a sync (else `PropertyNotLoaded`); navigation binds its target when
 * the queue reaches it; `…OrNullObject` gives a null object (`isNullObject`) where `getItem` fails the batch.
 * A path whose batch failed (or was discarded) before it was resolved is re-resolved where it is next used, as
 * Office.js re-sends it; a path that creates (`add`) is invalid after its request, as in Office.js (InvalidObjectPath).
 */
import { a1, parseRange } from '../../../src/domain/values/a1';
import type { FakeCell, FakeChart, FakeConditionalFormat, FakeDataBar, FakeName, FakeSheet, FakeTable, FakeValue, FakeWorkbookState, FakeXmlPart, Rect } from './state';
import { clearCells, FakeOfficeError, overlaps, printAddress } from './state';

type Op = () => void;

export class FakeRequestContext {
  readonly state: FakeWorkbookState;
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];

  constructor(state: FakeWorkbookState) {
    this.state = state;
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Drops the queued operations unrun: a request the host refused as a whole (e.g. for its size). */
  discard(): void {
    this.queue = [];
  }

  /**
   * Runs the queued batch; the first failing operation rejects the sync and drops the rest, as Excel does.
   * `state.failAt` interrupts a chosen sync after some operations (a lost connection, a host crash).
   */
  async sync(): Promise<void> {
    this.state.syncCount += 1;
    const batch = this.queue;
    this.queue = [];
    const failure = this.state.takeFailure();
    await Promise.resolve();
    for (const [index, op] of batch.entries()) {
      if (failure && index >= failure.afterOps) throw failure.error;
      op();
    }
    if (failure) throw failure.error;
  }
}

const CREATES = Symbol('creates');

/** Marks the resolver of a path that creates its object (`add`): it runs once, and is never sent again after a failed request. */
function creates<T>(make: () => T): () => T {
  return Object.assign(make, { [CREATES]: true });
}

/** A ClientResult: `value` is there once the sync that carries `produce` ran. */
function clientResult<V>(ctx: FakeRequestContext, produce: () => V): { readonly value: V } {
  let value: { readonly v: V } | undefined;
  ctx.enqueue(() => {
    value = { v: produce() };
  });
  return {
    get value(): V {
      if (value === undefined) throw notLoaded('ClientResult', 'value');
      return value.v;
    },
  };
}

const notLoaded = (owner: string, property: string): FakeOfficeError =>
  new FakeOfficeError('PropertyNotLoaded', `The property '${property}' of ${owner} is not available. Call load() and context.sync() before reading it.`);

/** Base of every proxy: lazy target binding, loads, reads guarded by load+sync. Navigation getters are cached per object, as in Office.js. */
abstract class ClientProxy<T> {
  protected readonly ctx: FakeRequestContext;
  private target: T | null | undefined;
  private readonly resolver: (() => T | null) | null;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly orNull: boolean;
  protected abstract readonly typeName: string;

  constructor(ctx: FakeRequestContext, resolve: (() => T | null) | { readonly bound: T }, orNull = false) {
    this.ctx = ctx;
    this.orNull = orNull;
    if ('bound' in resolve) {
      this.target = resolve.bound;
      this.resolver = null;
    } else {
      this.resolver = resolve;
      ctx.enqueue(() => this.resolve());
    }
  }

  private resolve(): T | null {
    const resolver = this.resolver;
    if (resolver === null) throw new Error(`${this.typeName} has no path to resolve`);
    this.target = resolver();
    if (this.target === null && !this.orNull) throw new FakeOfficeError('ItemNotFound', `${this.typeName}: item not found`);
    return this.target;
  }

  /**
   * The target, resolving the path now when the operation that should have resolved it never ran (its batch failed or
   * was refused): Office.js sends the path again with the next request. A creating path (`add`) is not sent again:
   * Office.js invalidates it after a failed request (ObjectPath.isInvalidAfterRequest) and refuses it at its next use.
   */
  private bound(): T | null {
    if (this.target !== undefined) return this.target;
    if (this.resolver !== null && CREATES in this.resolver) {
      throw new FakeOfficeError('InvalidObjectPath', `The object path of this ${this.typeName} isn't working: the request that created it failed`);
    }
    return this.resolve();
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** The bound target, failing the batch when it is a null object or was deleted. */
  protected live(): T {
    const target = this.bound();
    if (target === null) throw new FakeOfficeError('InvalidObjectPath', `${this.typeName} is a null object`);
    return target;
  }

  protected targetOrNull(): T | null {
    return this.bound();
  }

  protected abstract readProperty(target: T, property: string): unknown;

  /** Queues a load of scalar properties (`'values,address'`); collections override with `items/…`. */
  load(properties?: string | string[]): this {
    const list = parseProperties(properties, this.typeName);
    this.ctx.enqueue(() => {
      const target = this.targetOrNull();
      if (target === null) {
        if (!this.orNull) throw new FakeOfficeError('ItemNotFound', `${this.typeName}: item not found`);
        this.nullState = true;
        return;
      }
      this.nullState = false;
      for (const property of list) this.storeLoaded(property, this.readProperty(target, property));
    });
    return this;
  }

  /** Fills loaded properties directly (items of a loaded collection). */
  setLoaded(values: ReadonlyMap<string, unknown>): void {
    this.nullState = false;
    for (const [k, v] of values) this.storeLoaded(k, v);
  }

  /** Records a loaded value; a navigation path (`protection/protected`) is handed to the child object by overrides. */
  protected storeLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(this.typeName, property);
    return this.loaded.get(property) as V;
  }

  protected queue(op: (target: T) => void): void {
    this.ctx.enqueue(() => op(this.live()));
  }
}

function parseProperties(properties: string | string[] | undefined, owner: string): string[] {
  if (properties === undefined) throw new FakeOfficeError('InvalidArgument', `${owner}.load() without properties is not allowed in this fake (load what you read)`);
  const list = (Array.isArray(properties) ? properties : properties.split(',')).map((p) => p.trim()).filter((p) => p.length > 0);
  if (list.length === 0) throw new FakeOfficeError('InvalidArgument', `${owner}.load() with no property`);
  return list;
}

/** Loads `items/a,items/b` on a collection: creates bound item proxies at sync. */
function loadItems<T, P extends ClientProxy<T>>(
  ctx: FakeRequestContext,
  owner: string,
  properties: string | string[] | undefined,
  list: () => readonly T[],
  make: (target: T) => P,
  read: (target: T, property: string) => unknown,
  store: (items: P[]) => void,
): void {
  const props = parseProperties(properties, owner).map((p) => {
    if (!p.startsWith('items/')) throw new FakeOfficeError('InvalidArgument', `${owner}: load items with 'items/<property>'`);
    return p.slice('items/'.length);
  });
  ctx.enqueue(() => {
    store(
      list().map((target) => {
        const proxy = make(target);
        proxy.setLoaded(new Map(props.map((p) => [p, read(target, p)])));
        return proxy;
      }));
  });
}

class LoadedItems<P> {
  private value: P[] | undefined;
  constructor(private readonly owner: string) {}
  set(items: P[]): void {
    this.value = items;
  }
  get(): P[] {
    if (this.value === undefined) throw notLoaded(this.owner, 'items');
    return this.value;
  }
}

// ---------------------------------------------------------------- workbook

export class FakeWorkbook extends ClientProxy<FakeWorkbookState> {
  protected readonly typeName = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  readonly properties: FakeDocumentProperties;
  readonly protection: FakeWorkbookProtection;

  constructor(ctx: FakeRequestContext) {
    super(ctx, { bound: ctx.state });
    this.protection = new FakeWorkbookProtection(ctx, { bound: ctx.state.workbookProtection });
    this.properties = new FakeDocumentProperties(ctx, { bound: ctx.state.properties });
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.names = new FakeNamedItemCollection(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }

  protected readProperty(target: FakeWorkbookState, property: string): unknown {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-readonly-member
    if (property === 'readOnly') return target.readOnly;
    throw new FakeOfficeError('InvalidArgument', `Workbook has no loadable property ${property} in this fake`);
  }

  get readOnly(): boolean {
    return this.read('readOnly');
  }
}

/** Protection of a sheet or of the workbook's structure: `protect` fails when already protected, a wrong password fails `unprotect`. */
abstract class FakeProtectionProxy extends ClientProxy<{ protected: boolean; password: string }> {
  protected readProperty(target: { protected: boolean; password: string }, property: string): unknown {
    if (property === 'protected') return target.protected;
    throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no loadable property ${property} in this fake`);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protected doProtect(password?: string): void {
    this.queue((target) => {
      this.ctx.state.assertWritable();
      // "Fails if the worksheet has already been protected" (d.ts); the code seen is AccessDenied: https://github.com/OfficeDev/office-js/issues/6784
      if (target.protected) throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation. It is already protected.');
      target.protected = true;
      target.password = password ?? '';
    });
  }
  unprotect(password?: string): void {
    this.queue((target) => {
      this.ctx.state.assertWritable();
      if (!target.protected) return;
      // BadPassword: "The password you supplied is incorrect." https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
      if (target.password !== '' && target.password !== (password ?? '')) throw new FakeOfficeError('BadPassword', 'The password you supplied is incorrect.');
      target.protected = false;
      target.password = '';
    });
  }
}

/** Workbook.protection (ExcelApi 1.7). https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection */
class FakeWorkbookProtection extends FakeProtectionProxy {
  protected readonly typeName = 'WorkbookProtection';
  protect(password?: string): void {
    this.doProtect(password);
  }
}

/** Worksheet.protection (ExcelApi 1.2); the options argument is accepted and ignored. https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection */
class FakeWorksheetProtection extends FakeProtectionProxy {
  protected readonly typeName = 'WorksheetProtection';
  protect(_options?: unknown, password?: string): void {
    this.doProtect(password);
  }
}

class FakeDocumentProperties extends ClientProxy<{ title: string; author: string }> {
  protected readonly typeName = 'DocumentProperties';
  protected readProperty(target: { title: string; author: string }, property: string): unknown {
    if (property === 'title' || property === 'author') return target[property];
    throw new FakeOfficeError('InvalidArgument', `DocumentProperties has no loadable property ${property} in this fake`);
  }
  get title(): string {
    return this.read('title');
  }
  set title(value: string) {
    this.queue((target) => {
      this.ctx.state.assertWritable();
      target.title = value;
    });
  }
  get author(): string {
    return this.read('author');
  }
  set author(value: string) {
    this.queue((target) => {
      this.ctx.state.assertWritable();
      target.author = value;
    });
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection {
  private readonly loadedItems = new LoadedItems<FakeWorksheet>('WorksheetCollection');
  constructor(private readonly ctx: FakeRequestContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems.get();
  }

  load(properties: string | string[]): this {
    loadItems(this.ctx, 'WorksheetCollection', properties, () => [...this.ctx.state.sheets], (s) => new FakeWorksheet(this.ctx, { bound: s }), readWorksheet(this.ctx.state), (items) => this.loadedItems.set(items));
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, creates(() => this.ctx.state.addSheet(name)));
  }

  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1) */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.activeSheet);
  }
}

const readWorksheet =
  (state: FakeWorkbookState) =>
  (sheet: FakeSheet, property: string): unknown => {
    switch (property) {
      case 'name':
        return sheet.name;
      case 'position':
        return state.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      case 'protection/protected':
        return sheet.protection.protected;
      default:
        throw new FakeOfficeError('InvalidArgument', `Worksheet has no loadable property ${property}`);
    }
  };

export class FakeWorksheet extends ClientProxy<FakeSheet> {
  protected readonly typeName = 'Worksheet';

  protected readProperty(target: FakeSheet, property: string): unknown {
    return readWorksheet(this.ctx.state)(target, property);
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.queue((sheet) => this.ctx.state.renameSheet(sheet, value));
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.queue((sheet) => this.ctx.state.moveSheet(sheet, value));
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queue((sheet) => {
      const visible = this.ctx.state.sheets.filter((s) => s.visibility === 'Visible');
      this.ctx.state.assertStructureEditable();
      if (value !== 'Visible' && visible.length === 1 && visible[0] === sheet) throw new FakeOfficeError('InvalidOperation', 'Cannot hide the last visible sheet');
      sheet.visibility = value;
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(value: string) {
    this.queue((sheet) => {
      this.ctx.state.assertWritable();
      sheet.tabColor = value;
    });
  }

  private cached_tables: FakeTableCollection | undefined;
  get tables(): FakeTableCollection {
    this.cached_tables ??= new FakeTableCollection(this.ctx, () => this.live());
    return this.cached_tables;
  }

  private cached_charts: FakeChartCollection | undefined;
  get charts(): FakeChartCollection {
    this.cached_charts ??= new FakeChartCollection(this.ctx, () => this.live());
    return this.cached_charts;
  }

  private cached_shapes: FakeShapeCollection | undefined;
  /** Worksheet.shapes (ExcelApi 1.9): pictures, text boxes; only listed here. https://learn.microsoft.com/en-us/javascript/api/excel/excel.shapecollection */
  get shapes(): FakeShapeCollection {
    this.cached_shapes ??= new FakeShapeCollection(this.ctx, () => this.live());
    return this.cached_shapes;
  }

  private cached_protection: FakeWorksheetProtection | undefined;
  get protection(): FakeWorksheetProtection {
    this.cached_protection ??= new FakeWorksheetProtection(this.ctx, () => this.live().protection);
    return this.cached_protection;
  }

  /** `load('protection/protected')`, also as `items/protection/protected` on the collection, fills `protection.protected`. */
  protected override storeLoaded(property: string, value: unknown): void {
    if (property !== 'protection/protected') return super.storeLoaded(property, value);
    // Runs inside a sync: bind directly rather than queue a resolution.
    this.cached_protection ??= new FakeWorksheetProtection(this.ctx, { bound: this.live().protection });
    this.cached_protection.setLoaded(new Map([['protected', value]]));
  }

  private cached_freezePanes: FakeFreezePanes | undefined;
  get freezePanes(): FakeFreezePanes {
    this.cached_freezePanes ??= new FakeFreezePanes(this.ctx, () => this.live());
    return this.cached_freezePanes;
  }

  get pageLayout(): { orientation: string; zoom: unknown } {
    const state = this.ctx.state;
    const queue = (apply: (sheet: FakeSheet) => void): void =>
      this.queue((sheet) => {
        state.assertWritable();
        apply(sheet);
      });
    return {
      set orientation(value: string) {
        queue((sheet) => {
          if (value !== 'Portrait' && value !== 'Landscape') throw new FakeOfficeError('InvalidArgument', `Bad orientation ${value}`);
          sheet.pageLayout.orientation = value;
        });
      },
      get orientation(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'orientation is write-only in this fake');
      },
      set zoom(value: unknown) {
        queue((sheet) => {
          assertZoom(value);
          sheet.pageLayout.zoom = value;
        });
      },
      get zoom(): unknown {
        throw new FakeOfficeError('PropertyNotLoaded', 'zoom is write-only in this fake');
      },
    };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.live();
      return { sheet, rect: address === undefined ? { top: 1, left: 1, bottom: 1048576, right: 16384 } : parseAddress(address) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.live(), rect: { top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 } }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.live();
      return { sheet, rect: sheet.usedRect(valuesOnly, this.ctx.state.tables) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.live();
        const rect = sheet.usedRect(valuesOnly, this.ctx.state.tables);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.queue((sheet) => {
      this.ctx.state.activeSheet = sheet;
    });
  }

  delete(): void {
    this.queue((sheet) => this.ctx.state.deleteSheet(sheet));
  }
}

/**
 * PageLayoutZoomOptions: `{ scale }` (10–400) or `{ horizontalFitToPages, verticalFitToPages }`, one or the other.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions — "can be `null` if percentage scale is used".
 * A page count below 1 (e.g. `verticalFitToPages: 0`, undocumented) is refused: a guess, so the adapter must not rely on it.
 */
function assertZoom(value: unknown): void {
  const zoom = (value ?? {}) as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
  const keys = Object.keys(zoom).filter((k) => (zoom as Record<string, unknown>)[k] !== null && (zoom as Record<string, unknown>)[k] !== undefined);
  const bad = (why: string): FakeOfficeError => new FakeOfficeError('InvalidArgument', `pageLayout.zoom ${JSON.stringify(value)}: ${why}`);
  if (keys.length === 0 || keys.some((k) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k))) throw bad('expected scale or fit-to-pages');
  if (keys.includes('scale')) {
    if (keys.length > 1) throw bad('scale and fit-to-pages exclude each other (guess)');
    if (typeof zoom.scale !== 'number' || zoom.scale < 10 || zoom.scale > 400) throw bad('scale is between 10 and 400');
    return;
  }
  for (const k of keys) {
    const pages = (zoom as Record<string, unknown>)[k];
    if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 1) throw bad(`${k} must be a whole number of pages ≥ 1 (guess)`);
  }
}

/** `B3`, `B3:D7`, `B:B` (whole column), `3:3` (whole row); a sheet prefix is ignored. */
export function parseAddress(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(bare);
  if (columns) {
    const left = parseRange(`${columns[1] ?? ''}1`)?.left ?? 0;
    const right = parseRange(`${columns[2] ?? ''}1`)?.left ?? 0;
    return { top: 1, left: Math.min(left, right), bottom: 1048576, right: Math.max(left, right) };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: 16384 };
  const rect = parseRange(bare);
  if (!rect || rect.bottom > 1048576 || rect.right > 16384) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
  return rect;
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

const valueType = (cell: FakeCell | undefined): string => {
  const value = cell?.value ?? null;
  if (value === null) return 'Empty';
  if (typeof value === 'object') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
};

const shownValue = (cell: FakeCell | undefined): string | number | boolean => {
  const value = cell?.value ?? null;
  if (value === null) return '';
  return typeof value === 'object' ? value.error : value;
};

/** Excel's reading of text typed into a General cell: numbers and booleans become values. */
function coerceText(text: string): FakeValue {
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return Number(text);
  if (/^(true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === 'true';
  return text;
}

const MAX_CELLS_PER_READ = 5_000_000;

function eachCell(target: RangeTarget, visit: (row: number, column: number, r: number, c: number) => void): void {
  const { top, left, bottom, right } = target.rect;
  for (let row = top; row <= bottom; row += 1) for (let column = left; column <= right; column += 1) visit(row, column, row - top, column - left);
}

function grid<V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] {
  const { top, left, bottom, right } = target.rect;
  if ((bottom - top + 1) * (right - left + 1) > MAX_CELLS_PER_READ) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'Too many cells');
  const out: V[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const line: V[] = [];
    for (let column = left; column <= right; column += 1) line.push(read(target.sheet.at(row, column)));
    out.push(line);
  }
  return out;
}

function uniform<V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V | null {
  let first: { value: V } | null = null;
  let mixed = false;
  const { top, left, bottom, right } = target.rect;
  if ((bottom - top + 1) * (right - left + 1) > MAX_CELLS_PER_READ) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'Too many cells');
  eachCell(target, (row, column) => {
    const value = read(target.sheet.at(row, column));
    if (first === null) first = { value };
    else if (first.value !== value) mixed = true;
  });
  return mixed || first === null ? null : (first as { value: V }).value;
}

/** The part of CellPropertiesLoadOptions this fake models. https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesloadoptions */
interface CellPropertiesLoadOptions {
  readonly format?: { readonly fill?: { readonly color?: boolean; readonly pattern?: boolean } };
}

/** The part of CellProperties / SettableCellProperties this fake models. */
interface CellFillProperties {
  readonly format?: { readonly fill?: { readonly color?: string | null; readonly pattern?: string | null } };
}

/** Which fill properties an argument names; anything beyond `format.fill.color/pattern` is refused rather than ignored. */
function fillOptions(options: CellPropertiesLoadOptions | CellFillProperties): { color: boolean; pattern: boolean } {
  const only = (value: object, allowed: readonly string[], where: string): void => {
    const key = Object.keys(value).find((k) => !allowed.includes(k));
    if (key !== undefined) throw new FakeOfficeError('InvalidArgument', `This fake models cell properties format.fill.color and .pattern only, not ${where}${key}`);
  };
  only(options, ['format'], '');
  only(options.format ?? {}, ['fill'], 'format.');
  const fill: Record<string, unknown> = options.format?.fill ?? {};
  only(fill, ['color', 'pattern'], 'format.fill.');
  const pattern = fill.pattern;
  if (typeof pattern === 'string' && pattern !== 'None' && pattern !== 'Solid') throw new FakeOfficeError('InvalidArgument', `This fake models fill patterns None and Solid only, not ${pattern}`);
  return { color: fill.color !== undefined && fill.color !== false, pattern: pattern !== undefined && pattern !== false };
}

export class FakeRange extends ClientProxy<RangeTarget> {
  protected readonly typeName = 'Range';

  protected readProperty(target: RangeTarget, property: string): unknown {
    const { rect } = target;
    switch (property) {
      case 'values':
        return grid(target, shownValue);
      case 'valueTypes':
        return grid(target, valueType);
      case 'formulas':
        return grid(target, (cell) => (cell?.formula !== null && cell?.formula !== undefined ? `=${cell.formula}` : shownValue(cell)));
      case 'numberFormat':
        return grid(target, (cell) => cell?.numberFormat ?? 'General');
      case 'address':
        return printAddress(target.sheet, rect);
      case 'rowIndex':
        return rect.top - 1;
      case 'columnIndex':
        return rect.left - 1;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      default:
        throw new FakeOfficeError('InvalidArgument', `Range has no loadable property ${property}`);
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(rows: unknown[][]) {
    this.write(rows, 'values');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(rows: unknown[][]) {
    this.write(rows, 'formulas');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(rows: unknown[][]) {
    this.queue((target) => {
      this.ctx.state.assertCanEdit(target.sheet);
      assertShape(target, rows, 'numberFormat');
      eachCell(target, (row, column, r, c) => {
        const format = rows[r]?.[c];
        if (format === null || format === undefined) return;
        target.sheet.at(row, column, true).numberFormat = String(format);
      });
    });
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  /** Office.js writes: `null` leaves a cell unchanged; `=…` is a formula unless the cell is text-formatted (`@`). */
  private write(rows: unknown[][], property: string): void {
    this.queue((target) => {
      this.ctx.state.assertCanEdit(target.sheet);
      assertShape(target, rows, property);
      // Excel parses every formula before writing any cell.
      eachCell(target, (row, column, r, c) => {
        const input = rows[r]?.[c];
        if (typeof input === 'string' && input.startsWith('=') && target.sheet.at(row, column)?.numberFormat !== '@') this.ctx.state.assertFormula(input);
      });
      eachCell(target, (row, column, r, c) => {
        const input = rows[r]?.[c];
        if (input === null || input === undefined) return;
        const cell = target.sheet.at(row, column, true);
        if (typeof input === 'number' || typeof input === 'boolean') {
          cell.value = input;
          cell.formula = null;
        } else if (typeof input === 'string') {
          if (input === '') {
            cell.value = null;
            cell.formula = null;
          } else if (cell.numberFormat === '@') {
            cell.value = input;
            cell.formula = null;
          } else if (input.startsWith('=')) {
            cell.formula = input.slice(1);
            cell.value = '';
          } else {
            cell.value = coerceText(input);
            cell.formula = null;
          }
        } else {
          throw new FakeOfficeError('InvalidArgument', `Cannot write ${typeof input} to a cell`);
        }
      });
    });
  }

  private derived(compute: (target: RangeTarget) => RangeTarget | null, orNull = false): FakeRange {
    return new FakeRange(this.ctx, () => compute(this.live()), orNull);
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ sheet, rect }) => ({
      sheet,
      rect: checked({ top: rect.top + rowOffset, left: rect.left + columnOffset, bottom: rect.bottom + rowOffset, right: rect.right + columnOffset }),
    }));
  }

  getLastColumn(): FakeRange {
    return this.derived(({ sheet, rect }) => ({ sheet, rect: { ...rect, left: rect.right } }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ sheet, rect }) => ({ sheet, rect: checked({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }) }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ sheet, rect }) => ({ sheet, rect: checked({ top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }) }));
  }

  getRow(row: number): FakeRange {
    return this.derived(({ sheet, rect }) => ({ sheet, rect: checked({ ...rect, top: rect.top + row, bottom: rect.top + row }) }));
  }

  getColumn(column: number): FakeRange {
    return this.derived(({ sheet, rect }) => ({ sheet, rect: checked({ ...rect, left: rect.left + column, right: rect.left + column }) }));
  }

  /** The used part of this range, or a null object (ExcelApi 1.4). https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1) */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived(({ sheet, rect }) => {
      const used = sheet.usedRect(valuesOnly, this.ctx.state.tables, rect);
      return used ? { sheet, rect: used } : null;
    }, true);
  }

  /**
   * "if the merged areas count in this range is more than 512, then this method will fail to return the result"
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1));
   * the code is a guess (GeneralException). Areas crossing the range's edge count (guess).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, rect } = this.live();
      const inside = sheet.merges.filter((m) => overlaps(m, rect));
      if (inside.length > 512) throw new FakeOfficeError('GeneralException', `The range has ${inside.length} merged areas, more than 512`);
      return inside.length > 0 ? { sheet, areas: inside } : null;
    }, true);
  }

  /**
   * Per-cell properties (ExcelApi 1.9), limited here to `format.fill` color and pattern: a ClientResult whose value is a
   * 2-D array of CellProperties holding what was asked. Reads like Excel: an unfilled cell reports white and `None`.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
   */
  getCellProperties(options: CellPropertiesLoadOptions): { readonly value: CellFillProperties[][] } {
    const wanted = fillOptions(options);
    return clientResult(this.ctx, () =>
      grid(this.live(), (cell) => {
        const fill = cell?.fill ?? null;
        return { format: { fill: { ...(wanted.color ? { color: fill ?? '#FFFFFF' } : {}), ...(wanted.pattern ? { pattern: fill ? 'Solid' : 'None' } : {}) } } };
      }),
    );
  }

  /**
   * Sets per-cell properties (ExcelApi 1.9), here `format.fill` color or pattern `None`; a null or undefined entry leaves
   * its cell as it is. The array must match the range.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)
   */
  setCellProperties(rows: (CellFillProperties | null | undefined)[][]): void {
    this.queue((target) => {
      this.ctx.state.assertCanEdit(target.sheet);
      assertShape(target, rows, 'setCellProperties');
      for (const row of rows) for (const entry of row) if (entry !== null && entry !== undefined) fillOptions(entry);
      eachCell(target, (row, column, r, c) => {
        const fill = rows[r]?.[c]?.format?.fill;
        if (!fill) return;
        if (fill.pattern === 'None') target.sheet.at(row, column, true).fill = null;
        else if (fill.color !== undefined && fill.color !== null) target.sheet.at(row, column, true).fill = String(fill.color).toUpperCase();
      });
    });
  }

  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1) */
  merge(across = false): void {
    this.queue(({ sheet, rect }) => this.ctx.state.merge(sheet, rect, across));
  }

  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1) */
  unmerge(): void {
    this.queue(({ sheet, rect }) => this.ctx.state.unmerge(sheet, rect));
  }

  /** Range.clear(applyTo = All). https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-clear-member(1) */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.queue(({ sheet, rect }) => {
      if (!['All', 'Formats', 'Contents'].includes(applyTo)) throw new FakeOfficeError('InvalidArgument', `This fake clears All, Formats or Contents, not ${applyTo}`);
      this.ctx.state.assertCanEdit(sheet);
      clearCells(sheet, rect, applyTo);
      if (applyTo === 'Contents') return;
      // Clearing formats drops the conditional formats of the range too (guess: those it touches).
      removeConditionalFormats(sheet, rect);
    });
  }

  select(): void {
    this.queue(({ sheet, rect }) => {
      if (this.ctx.state.activeSheet !== sheet) throw new FakeOfficeError('InvalidOperation', 'Select works on the active sheet only');
      this.ctx.state.selection = printAddress(sheet, rect);
    });
  }

  private cached_format: FakeRangeFormat | undefined;
  get format(): FakeRangeFormat {
    this.cached_format ??= new FakeRangeFormat(this.ctx, () => this.live());
    return this.cached_format;
  }

  private cached_dataValidation: FakeDataValidation | undefined;
  get dataValidation(): FakeDataValidation {
    this.cached_dataValidation ??= new FakeDataValidation(this.ctx, () => this.live());
    return this.cached_dataValidation;
  }

  private cached_conditionalFormats: FakeConditionalFormatCollection | undefined;
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cached_conditionalFormats ??= new FakeConditionalFormatCollection(this.ctx, () => this.live());
    return this.cached_conditionalFormats;
  }
}

function removeConditionalFormats(sheet: FakeSheet, rect: Rect): void {
  const touches = (range: string): boolean => overlaps(parseAddress(range), rect);
  for (let i = sheet.conditionalFormats.length - 1; i >= 0; i -= 1) if (touches(sheet.conditionalFormats[i]?.range ?? '')) sheet.conditionalFormats.splice(i, 1);
  for (let i = sheet.dataBars.length - 1; i >= 0; i -= 1) if (touches(sheet.dataBars[i]?.range ?? '')) sheet.dataBars.splice(i, 1);
}

function checked(rect: Rect): Rect {
  if (rect.top < 1 || rect.left < 1 || rect.bottom < rect.top || rect.right < rect.left || rect.bottom > 1048576 || rect.right > 16384) {
    throw new FakeOfficeError('InvalidArgument', 'The range is outside the sheet');
  }
  return rect;
}

function assertShape(target: RangeTarget, rows: unknown[][], property: string): void {
  const height = target.rect.bottom - target.rect.top + 1;
  const width = target.rect.right - target.rect.left + 1;
  if (!Array.isArray(rows) || rows.length !== height || rows.some((row) => !Array.isArray(row) || row.length !== width)) {
    // Excel's own text: https://github.com/OfficeDev/office-js/issues/1025
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${property}, range ${height}×${width})`);
  }
}

export class FakeRangeAreas extends ClientProxy<{ sheet: FakeSheet; areas: Rect[] }> {
  protected readonly typeName = 'RangeAreas';
  protected readProperty(target: { sheet: FakeSheet; areas: Rect[] }, property: string): unknown {
    if (property !== 'address') throw new FakeOfficeError('InvalidArgument', `RangeAreas has no loadable property ${property}`);
    return target.areas.map((area) => printAddress(target.sheet, area)).join(', ');
  }
  get address(): string {
    return this.read('address');
  }
}

// ---------------------------------------------------------------- formats

class FakeRangeFormat {
  constructor(private readonly ctx: FakeRequestContext, private readonly target: () => RangeTarget) {}

  private each(apply: (cell: FakeCell) => void): void {
    this.ctx.enqueue(() => {
      const target = this.target();
      this.ctx.state.assertCanEdit(target.sheet);
      eachCell(target, (row, column) => apply(target.sheet.at(row, column, true)));
    });
  }

  private cached_fill: FakeRangeFill | undefined;
  get fill(): FakeRangeFill {
    this.cached_fill ??= new FakeRangeFill(this.ctx, () => this.target());
    return this.cached_fill;
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont((apply) => this.each(apply));
  }
  get borders(): { getItem(edge: string): { style: string } } {
    const each = (apply: (cell: FakeCell) => void): void => this.each(apply);
    return {
      getItem: (edge: string) => ({
        set style(value: string) {
          each((cell) => {
            if (value !== 'None' && !cell.borders.includes(edge)) cell.borders.push(edge);
          });
        },
        get style(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'RangeBorder.style is write-only in this fake');
        },
      }),
    };
  }
  set wrapText(value: boolean) {
    this.each((cell) => {
      cell.wrap = value;
    });
  }
  set horizontalAlignment(value: string) {
    this.each((cell) => {
      cell.horizontal = value;
    });
  }
  set rowHeight(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertCanEdit(sheet);
      if (rect.bottom - rect.top > 10_000) throw new FakeOfficeError('InvalidArgument', 'This fake sets row heights on small row ranges only');
      for (let row = rect.top; row <= rect.bottom; row += 1) sheet.rowHeights.set(row, points);
    });
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertCanEdit(sheet);
      for (let column = rect.left; column <= rect.right; column += 1) sheet.columnWidths.set(column, points);
    });
  }
  /** Only `true` does something: "Setting it to `false` has no effect." https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardheight-member */
  set useStandardHeight(value: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertCanEdit(sheet);
      if (value) for (const row of [...sheet.rowHeights.keys()]) if (row >= rect.top && row <= rect.bottom) sheet.rowHeights.delete(row);
    });
  }
  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardwidth-member */
  set useStandardWidth(value: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertCanEdit(sheet);
      if (value) for (const column of [...sheet.columnWidths.keys()]) if (column >= rect.left && column <= rect.right) sheet.columnWidths.delete(column);
    });
  }
}

/** Fill reads like Excel: an unfilled cell reports white and pattern `None`; a mixed range reports null. */
export class FakeRangeFill extends ClientProxy<RangeTarget> {
  protected readonly typeName = 'RangeFill';
  constructor(ctx: FakeRequestContext, target: () => RangeTarget) {
    super(ctx, target);
  }
  protected readProperty(target: RangeTarget, property: string): unknown {
    if (property === 'color') return uniform(target, (cell) => cell?.fill ?? '#FFFFFF');
    if (property === 'pattern') return uniform(target, (cell) => (cell?.fill ? 'Solid' : 'None'));
    throw new FakeOfficeError('InvalidArgument', `RangeFill has no loadable property ${property}`);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.queue((target) => {
      this.ctx.state.assertCanEdit(target.sheet);
      eachCell(target, (row, column) => {
        target.sheet.at(row, column, true).fill = value.toUpperCase();
      });
    });
  }
  get pattern(): string {
    return this.read('pattern');
  }
  clear(): void {
    this.queue((target) => {
      this.ctx.state.assertCanEdit(target.sheet);
      eachCell(target, (row, column) => {
        const cell = target.sheet.at(row, column);
        if (cell) cell.fill = null;
      });
    });
  }
}

class FakeRangeFont {
  constructor(private readonly each: (apply: (cell: FakeCell) => void) => void) {}
  set bold(value: boolean) {
    this.each((cell) => {
      cell.font.bold = value;
    });
  }
  set italic(value: boolean) {
    this.each((cell) => {
      cell.font.italic = value;
    });
  }
  set size(value: number) {
    this.each((cell) => {
      cell.font.size = value;
    });
  }
  set color(value: string) {
    this.each((cell) => {
      cell.font.color = value;
    });
  }
}

const VALIDATION_KINDS = ['list', 'decimal', 'wholeNumber', 'date', 'time', 'textLength', 'custom'];

class FakeDataValidation {
  constructor(private readonly ctx: FakeRequestContext, private readonly target: () => RangeTarget) {}

  private each(apply: (cell: FakeCell) => void): void {
    this.ctx.enqueue(() => {
      const target = this.target();
      this.ctx.state.assertCanEdit(target.sheet);
      eachCell(target, (row, column) => apply(target.sheet.at(row, column, true)));
    });
  }

  /** Visits existing cells only, so that clearing a whole sheet stays cheap. */
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertCanEdit(sheet);
      for (const [k, cell] of sheet.cells) {
        const [row, column] = k.split(',').map(Number) as [number, number];
        if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) cell.validation = null;
      }
    });
  }

  set rule(rule: Record<string, unknown>) {
    this.ctx.enqueue(() => {
      const kinds = Object.keys(rule);
      if (kinds.length !== 1 || !VALIDATION_KINDS.includes(kinds[0] ?? '')) throw new FakeOfficeError('InvalidArgument', 'A validation rule has exactly one kind');
      const list = rule.list as { source?: unknown } | undefined;
      if (list && typeof list.source === 'string' && list.source.startsWith('=')) {
        const name = list.source.slice(1);
        if (/^[A-Za-z_][\w.]*$/.test(name) && !this.ctx.state.name(name)) throw new FakeOfficeError('InvalidArgument', `List source ${list.source} names nothing`);
      }
      // Sources and bounds given as formulas are parsed like any formula.
      const settings = Object.values(rule)[0] as Record<string, unknown> | undefined;
      for (const value of Object.values(settings ?? {})) if (typeof value === 'string' && value.startsWith('=')) this.ctx.state.assertFormula(value);
      const target = this.target();
      this.ctx.state.assertCanEdit(target.sheet);
      eachCell(target, (row, column) => {
        const cell = target.sheet.at(row, column, true);
        cell.validation = { ...(cell.validation ?? {}), rule };
      });
    });
  }

  set errorAlert(alert: unknown) {
    this.each((cell) => {
      if (!cell.validation) throw new FakeOfficeError('InvalidOperation', 'Set the rule before the alert');
      cell.validation.errorAlert = alert;
    });
  }

  set prompt(prompt: unknown) {
    this.each((cell) => {
      cell.validation = { ...(cell.validation ?? { rule: null }), prompt };
    });
  }
}

class FakeConditionalFormatCollection {
  constructor(private readonly ctx: FakeRequestContext, private readonly target: () => RangeTarget) {}

  /** "Clears all conditional formats active on the current specified range" (ExcelApi 1.6); those it touches go (guess). https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member(1) */
  clearAll(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertCanEdit(sheet);
      removeConditionalFormats(sheet, rect);
    });
  }

  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } }; dataBar: { positiveFormat: { fillColor: string } } } {
    const record: FakeConditionalFormat = { range: '', type, formula: null, fill: null, fontColor: null };
    const bar: FakeDataBar = { range: '', color: null };
    this.ctx.enqueue(() => {
      if (type !== 'Custom' && type !== 'DataBar') throw new FakeOfficeError('InvalidArgument', `Unsupported conditional format ${type}`);
      const { sheet, rect } = this.target();
      this.ctx.state.assertCanEdit(sheet);
      const range = `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
      if (type === 'DataBar') {
        bar.range = range;
        sheet.dataBars.push(bar);
      } else {
        record.range = range;
        sheet.conditionalFormats.push(record);
      }
    });
    const state = this.ctx.state;
    const enqueue = (apply: () => void): void => this.ctx.enqueue(apply);
    const requireType = (wanted: string, what: string): void => {
      if (type !== wanted) throw new FakeOfficeError('InvalidOperation', `${what} belongs to ${wanted} conditional formats`);
    };
    return {
      dataBar: {
        positiveFormat: {
          set fillColor(value: string) {
            enqueue(() => {
              requireType('DataBar', 'dataBar');
              bar.color = value;
            });
          },
          get fillColor(): string {
            throw new FakeOfficeError('PropertyNotLoaded', 'fillColor is write-only in this fake');
          },
        },
      },
      custom: {
        rule: {
          set formula(value: string) {
            enqueue(() => {
              requireType('Custom', 'custom');
              if (!value.startsWith('=')) throw new FakeOfficeError('InvalidArgument', 'A conditional format formula starts with =');
              state.assertFormula(value);
              record.formula = value;
            });
          },
          get formula(): string {
            throw new FakeOfficeError('PropertyNotLoaded', 'formula is write-only in this fake');
          },
        },
        format: {
          fill: {
            set color(value: string) {
              enqueue(() => {
                record.fill = value;
              });
            },
            get color(): string {
              throw new FakeOfficeError('PropertyNotLoaded', 'color is write-only in this fake');
            },
          },
          font: {
            set color(value: string) {
              enqueue(() => {
                record.fontColor = value;
              });
            },
            get color(): string {
              throw new FakeOfficeError('PropertyNotLoaded', 'color is write-only in this fake');
            },
          },
        },
      },
    };
  }
}

class FakeFreezePanes {
  constructor(private readonly ctx: FakeRequestContext, private readonly sheet: () => FakeSheet) {}
  /** "Removes all frozen panes in the worksheet" (ExcelApi 1.7). https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes#excel-excel-worksheetfreezepanes-unfreeze-member(1) */
  unfreeze(): void {
    this.ctx.enqueue(() => {
      this.sheet().freeze = { rows: 0, columns: 0 };
    });
  }
  freezeRows(count: number): void {
    this.ctx.enqueue(() => {
      this.sheet().freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count: number): void {
    this.ctx.enqueue(() => {
      this.sheet().freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(range: FakeRange | string): void {
    const rect = typeof range === 'string' ? parseAddress(range) : null;
    const proxyRect = typeof range === 'string' ? null : range;
    this.ctx.enqueue(() => {
      const r = rect ?? (proxyRect as unknown as { live(): RangeTarget }).live().rect;
      this.sheet().freeze = { rows: r.bottom, columns: r.right };
    });
  }
}

const CHART_TYPES = ['BarClustered', 'ColumnClustered', 'Pie', 'ColumnStacked', 'Line'];

class FakeShapeProxy extends ClientProxy<{ id: string }> {
  protected readonly typeName = 'Shape';
  protected readProperty(target: { id: string }, property: string): unknown {
    if (property === 'id') return target.id;
    throw new FakeOfficeError('InvalidArgument', `Shape has no loadable property ${property}`);
  }
  get id(): string {
    return this.read('id');
  }
}

class FakeShapeCollection {
  private readonly loadedItems = new LoadedItems<FakeShapeProxy>('ShapeCollection');
  constructor(private readonly ctx: FakeRequestContext, private readonly sheet: () => FakeSheet) {}

  get items(): FakeShapeProxy[] {
    return this.loadedItems.get();
  }

  load(properties: string | string[]): this {
    loadItems(
      this.ctx,
      'ShapeCollection',
      properties,
      () => this.sheet().shapes.map((id) => ({ id })),
      (target) => new FakeShapeProxy(this.ctx, { bound: target }),
      (target, property) => (property === 'id' ? target.id : undefined),
      (items) => this.loadedItems.set(items),
    );
    return this;
  }
}

class FakeChartCollection {
  private readonly loadedItems = new LoadedItems<FakeChartProxy>('ChartCollection');
  constructor(private readonly ctx: FakeRequestContext, private readonly sheet: () => FakeSheet) {}

  get items(): FakeChartProxy[] {
    return this.loadedItems.get();
  }

  load(properties: string | string[]): this {
    loadItems(
      this.ctx,
      'ChartCollection',
      properties,
      () => this.sheet().charts.map((chart) => ({ chart, sheet: this.sheet() })),
      (target) => new FakeChartProxy(this.ctx, { bound: target }),
      (target, property) => readChart(this.ctx.state, target, property),
      (items) => this.loadedItems.set(items),
    );
    return this;
  }

  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChartProxy {
    return new FakeChartProxy(this.ctx, creates(() => {
      if (!CHART_TYPES.includes(type) || !['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw new FakeOfficeError('InvalidArgument', `Bad chart ${type}`);
      const { rect } = (source as unknown as { live(): RangeTarget }).live();
      const sheet = this.sheet();
      const chart = this.ctx.state.addChart(sheet, { type, dataRange: `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`, title: '', position: null });
      return { chart, sheet };
    }));
  }
}

function readChart(state: FakeWorkbookState, target: { chart: FakeChart }, property: string): unknown {
  if (property === 'name') return state.chartNames.get(target.chart);
  if (property === 'chartType') return target.chart.type;
  throw new FakeOfficeError('InvalidArgument', `Chart has no loadable property ${property} in this fake`);
}

export class FakeChartProxy extends ClientProxy<{ chart: FakeChart; sheet: FakeSheet }> {
  protected readonly typeName = 'Chart';
  protected readProperty(target: { chart: FakeChart }, property: string): unknown {
    return readChart(this.ctx.state, target, property);
  }
  get name(): string {
    return this.read('name');
  }
  get title(): { text: string } {
    const queue = (apply: (target: { chart: FakeChart; sheet: FakeSheet }) => void): void => this.queue(apply);
    const state = this.ctx.state;
    return {
      set text(value: string) {
        queue(({ chart, sheet }) => {
          state.assertCanEdit(sheet);
          chart.title = value;
        });
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'text is write-only in this fake');
      },
    };
  }
  setPosition(start: string): void {
    this.queue(({ chart, sheet }) => {
      this.ctx.state.assertCanEdit(sheet);
      parseAddress(start);
      chart.position = start;
    });
  }
  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-delete-member(1) */
  delete(): void {
    this.queue(({ chart, sheet }) => {
      this.ctx.state.assertCanEdit(sheet);
      const at = sheet.charts.indexOf(chart);
      if (at < 0) throw new FakeOfficeError('ItemNotFound', 'The chart was deleted');
      sheet.charts.splice(at, 1);
    });
  }
}

// ---------------------------------------------------------------- tables

export class FakeTableCollection {
  private readonly loadedItems = new LoadedItems<FakeTableProxy>('TableCollection');
  constructor(private readonly ctx: FakeRequestContext, private readonly sheet: (() => FakeSheet) | null) {}

  get items(): FakeTableProxy[] {
    return this.loadedItems.get();
  }

  private scope(): FakeTable[] {
    const sheet = this.sheet?.() ?? null;
    return this.ctx.state.tables.filter((t) => sheet === null || t.sheet === sheet);
  }

  load(properties: string | string[]): this {
    loadItems(this.ctx, 'TableCollection', properties, () => this.scope(), (t) => new FakeTableProxy(this.ctx, { bound: t }), readTable, (items) => this.loadedItems.set(items));
    return this;
  }

  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => this.scope().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null);
  }

  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => this.scope().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null, true);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTableProxy {
    return new FakeTableProxy(this.ctx, creates(() => {
      if (typeof address !== 'string') throw new FakeOfficeError('InvalidArgument', 'This fake takes table addresses as text');
      const sheetName = address.includes('!') ? address.slice(0, address.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'") : null;
      const sheet = this.sheet?.() ?? (sheetName !== null ? this.ctx.state.requireSheet(sheetName) : this.ctx.state.activeSheet);
      if (!sheet) throw new FakeOfficeError('InvalidArgument', 'No sheet for the table');
      return this.ctx.state.addTable(sheet, parseAddress(address), hasHeaders);
    }));
  }
}

function readTable(table: FakeTable, property: string): unknown {
  switch (property) {
    case 'name':
      return table.name;
    case 'worksheet/name':
      return table.sheet.name;
    case 'showHeaders':
      return table.showHeaders;
    case 'showTotals':
      return table.showTotals;
    case 'style':
      return table.style;
    default:
      throw new FakeOfficeError('InvalidArgument', `Table has no loadable property ${property}`);
  }
}

export class FakeTableProxy extends ClientProxy<FakeTable> {
  protected readonly typeName = 'Table';
  protected readProperty(target: FakeTable, property: string): unknown {
    return readTable(target, property);
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.queue((table) => this.ctx.state.renameTable(table, value));
  }
  get showHeaders(): boolean {
    return this.read('showHeaders');
  }
  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-showtotals-member */
  get showTotals(): boolean {
    return this.read('showTotals');
  }
  set showTotals(value: boolean) {
    this.queue((table) => this.ctx.state.setShowTotals(table, value));
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.queue((table) => {
      this.ctx.state.assertCanEdit(table.sheet);
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(value)) throw new FakeOfficeError('InvalidArgument', `Unknown table style ${value}`);
      table.style = value;
    });
  }

  private cached_worksheet: FakeWorksheet | undefined;
  get worksheet(): FakeWorksheet {
    this.cached_worksheet ??= new FakeWorksheet(this.ctx, () => this.live().sheet);
    return this.cached_worksheet;
  }

  /** `load('worksheet/name')`, also as `items/worksheet/name` on a collection, fills `worksheet.name`. */
  protected override storeLoaded(property: string, value: unknown): void {
    if (property !== 'worksheet/name') return super.storeLoaded(property, value);
    // Runs inside a sync: bind directly rather than queue a resolution.
    this.cached_worksheet ??= new FakeWorksheet(this.ctx, { bound: this.live().sheet });
    this.cached_worksheet.setLoaded(new Map([['name', value]]));
  }

  private cached_columns: FakeTableColumnCollection | undefined;
  get columns(): FakeTableColumnCollection {
    this.cached_columns ??= new FakeTableColumnCollection(this.ctx, () => this.live());
    return this.cached_columns;
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.live();
      return { sheet: table.sheet, rect: { ...table.rect } };
    });
  }

  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this.ctx, () => this.live());
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.live();
      if (!table.showHeaders) throw new FakeOfficeError('InvalidOperation', 'The table has no header row');
      return { sheet: table.sheet, rect: { ...table.rect, bottom: table.rect.top } };
    });
  }

  /** Between the header and the totals rows. https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1) */
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.live();
      return { sheet: table.sheet, rect: table.body() };
    });
  }

  /** Without a totals row Excel has no range to give: InvalidOperation (guess). https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-gettotalrowrange-member(1) */
  getTotalRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const table = this.live();
      if (!table.showTotals) throw new FakeOfficeError('InvalidOperation', 'The table has no totals row');
      return { sheet: table.sheet, rect: { ...table.rect, top: table.rect.bottom } };
    });
  }

  convertToRange(): void {
    this.queue((table) => {
      this.ctx.state.assertCanEdit(table.sheet);
      this.ctx.state.tables.splice(this.ctx.state.tables.indexOf(table), 1);
    });
  }

  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-delete-member(1) */
  delete(): void {
    this.queue((table) => this.ctx.state.deleteTable(table));
  }
}

/** https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection */
class FakeTableRowCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly table: () => FakeTable,
  ) {}

  /** At the end only (index -1, null or omitted: "If null or -1, the addition happens at the end"); values are coerced as typed text is. */
  add(index?: number | null, values?: unknown[][]): void {
    if (index !== undefined && index !== null && index !== -1) throw new Error('fake Excel: TableRowCollection.add is modelled at the end only');
    const rows = values ?? [[]];
    this.ctx.enqueue(() => {
      const table = this.table();
      const coerced = rows.map((row) =>
        row.map((value): FakeValue => {
          if (typeof value === 'string') return value === '' ? null : coerceText(value);
          if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
          throw new FakeOfficeError('InvalidArgument', `Cannot write ${typeof value} to a cell`);
        }),
      );
      this.ctx.state.addTableRows(table, coerced);
    });
  }
}

class FakeTableColumnCollection {
  private readonly loadedItems = new LoadedItems<FakeTableColumn>('TableColumnCollection');
  constructor(private readonly ctx: FakeRequestContext, private readonly table: () => FakeTable) {}

  get items(): FakeTableColumn[] {
    return this.loadedItems.get();
  }

  /** `items/name`, `items/index` (ExcelApi 1.1). https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection */
  load(properties: string | string[]): this {
    loadItems(
      this.ctx,
      'TableColumnCollection',
      properties,
      () => {
        const table = this.table();
        return table.headers().map((_, offset) => ({ table, offset }));
      },
      (target) => new FakeTableColumn(this.ctx, { bound: target }),
      readTableColumn,
      (items) => this.loadedItems.set(items),
    );
    return this;
  }

  /** By name (case-insensitive, as Excel) or by id; a missing column fails the batch. https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-getitem-member(1) */
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => {
      const table = this.table();
      const headers = table.headers();
      const offset = typeof key === 'number' ? key : headers.findIndex((h) => h.toLowerCase() === key.toLowerCase());
      return offset >= 0 && offset < headers.length ? { table, offset } : null;
    });
  }

  /** Only appending is modelled (index null/undefined/-1): that is all the adapter may do. */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    return new FakeTableColumn(this.ctx, creates(() => {
      if (index !== undefined && index !== null && index !== -1) throw new FakeOfficeError('InvalidArgument', 'This fake appends columns only');
      if (values !== undefined && values !== null) throw new FakeOfficeError('InvalidArgument', 'This fake adds empty columns only');
      const table = this.table();
      return { table, offset: this.ctx.state.appendTableColumn(table, name) };
    }));
  }
}

function readTableColumn(target: { table: FakeTable; offset: number }, property: string): unknown {
  if (property === 'name') return target.table.headers()[target.offset];
  if (property === 'index') return target.offset;
  throw new FakeOfficeError('InvalidArgument', `TableColumn has no loadable property ${property}`);
}

class FakeTableColumn extends ClientProxy<{ table: FakeTable; offset: number }> {
  protected readonly typeName = 'TableColumn';
  protected readProperty(target: { table: FakeTable; offset: number }, property: string): unknown {
    return readTableColumn(target, property);
  }
  get index(): number {
    return this.read('index');
  }
  get name(): string {
    return this.read('name');
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { table, offset } = this.live();
      const column = table.rect.left + offset;
      return { sheet: table.sheet, rect: { ...table.body(), left: column, right: column } };
    });
  }
}

// ---------------------------------------------------------------- names

export class FakeNamedItemCollection {
  private readonly loadedItems = new LoadedItems<FakeNamedItem>('NamedItemCollection');
  constructor(private readonly ctx: FakeRequestContext) {}

  get items(): FakeNamedItem[] {
    return this.loadedItems.get();
  }

  load(properties: string | string[]): this {
    loadItems(this.ctx, 'NamedItemCollection', properties, () => [...this.ctx.state.names], (n) => new FakeNamedItem(this.ctx, { bound: n }), readName, (items) => this.loadedItems.set(items));
    return this;
  }

  add(name: string, reference: string, comment?: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, creates(() => this.ctx.state.addName(name, reference, comment ?? '')));
  }

  /** ExcelApi 1.4; keeps a structured reference as written (office-js#740 workaround). https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-addformulalocal-member(1) */
  addFormulaLocal(name: string, formula: string, comment?: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, creates(() => this.ctx.state.addName(name, formula, comment ?? '', true)));
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.state.name(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.state.name(name) ?? null, true);
  }
}

function readName(item: FakeName, property: string): unknown {
  switch (property) {
    case 'name':
      return item.name;
    case 'formula':
      return item.formula;
    case 'comment':
      return item.comment;
    default:
      throw new FakeOfficeError('InvalidArgument', `NamedItem has no loadable property ${property}`);
  }
}

export class FakeNamedItem extends ClientProxy<FakeName> {
  protected readonly typeName = 'NamedItem';
  protected readProperty(target: FakeName, property: string): unknown {
    return readName(target, property);
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.queue((item) => {
      this.ctx.state.assertWritable();
      const normalized = value.startsWith('=') ? value : `=${value}`;
      this.ctx.state.assertReferenceResolves(normalized);
      item.formula = normalized;
    });
  }
  delete(): void {
    this.queue((item) => {
      this.ctx.state.assertWritable();
      this.ctx.state.names.splice(this.ctx.state.names.indexOf(item), 1);
    });
  }
}

// ---------------------------------------------------------------- custom XML parts

class FakeCustomXmlPartCollection {
  constructor(private readonly ctx: FakeRequestContext) {}
  add(xml: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, creates(() => this.ctx.state.addXmlPart(xml)));
  }
  getByNamespace(namespaceUri: string): { getOnlyItemOrNullObject(): FakeCustomXmlPart } {
    return {
      getOnlyItemOrNullObject: () =>
        new FakeCustomXmlPart(
          this.ctx,
          () => {
            const parts = this.ctx.state.xmlParts.filter((p) => p.namespaceUri === namespaceUri);
            return parts.length === 1 ? (parts[0] as FakeXmlPart) : null;
          },
          true,
        ),
    };
  }
}

class FakeCustomXmlPart extends ClientProxy<FakeXmlPart> {
  protected readonly typeName = 'CustomXmlPart';
  protected readProperty(target: FakeXmlPart, property: string): unknown {
    if (property === 'id') return target.id;
    if (property === 'namespaceUri') return target.namespaceUri;
    throw new FakeOfficeError('InvalidArgument', `CustomXmlPart has no loadable property ${property}`);
  }
  get id(): string {
    return this.read('id');
  }
  /** A ClientResult: `value` is there after the next sync. */
  getXml(): { readonly value: string } {
    return clientResult(this.ctx, () => this.live().xml);
  }
  delete(): void {
    this.queue((part) => {
      this.ctx.state.assertWritable();
      this.ctx.state.xmlParts.splice(this.ctx.state.xmlParts.indexOf(part), 1);
    });
  }
}

