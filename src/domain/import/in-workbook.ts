/**
 * Import into the same workbook (the pane's « Importer »): the contract tables are created by the apply engine
 * when missing, then the imported rows are written into them row by row (apply/rows.ts), with a record of what
 * was written so that importing again updates the rows instead of duplicating them. Source sheets are never
 * written: every write goes to the contract tables, through a port.
 */
import { adoptPlainRanges } from '../generate/adopt';
import { planWorkbook } from '../generate';
import { claimOwnedSheets } from '../generate/ownership';
import type { WorkbookPlan } from '../generate/plan';
import type { ApplyOutcome, RowSyncOutcome, WorkbookPort } from '../port';
import type { ProfileId } from '../report';
import type { RowSync } from '../apply/rows';
import { planRowSync, writesNothing } from '../apply/rows';
import { ApplyRefusedError } from '../apply/refusals';
import { locateTable } from '../workbook/locate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { contractRows } from './contract-rows';
import type { TableRows } from './contract-rows';
import type { ImportOutcome } from './index';
import { importWorkbook } from './index';
import type { ImportMapping } from './mapping';
import { importDuration } from './plan';
import type { ImportRecord } from './record';
import type { ImportResult } from './result';
import type { Lang } from '../report';
import { importReport as en } from '../../texts/en/import-report';
import { importReport as fr } from '../../texts/fr/import-report';

type Stop = { readonly kind: 'read-only' } | { readonly kind: 'changed' } | { readonly kind: 'tables-missing'; readonly tables: readonly string[] };

/** An import into the workbook stopped before writing anything; `message` in French, `localized(lang)` in either language. */
export class ImportStoppedError extends Error {
  constructor(readonly stop: Stop) {
    super(ImportStoppedError.say(stop, 'fr'));
    this.name = 'ImportStoppedError';
  }

  localized(lang: Lang): string {
    return ImportStoppedError.say(this.stop, lang);
  }

  private static say(stop: Stop, lang: Lang): string {
    const texts = (lang === 'en' ? en : fr).stopped;
    return stop.kind === 'read-only' ? texts.readOnly : stop.kind === 'changed' ? texts.changed : texts.tablesMissing(stop.tables);
  }
}

export interface InWorkbookOptions {
  readonly profile: ProfileId;
  readonly year?: number;
  /** The mapping as the user edited it; else the one saved by the last import; else the proposal. */
  readonly mapping?: ImportMapping;
}

export interface InWorkbookPreview {
  /** The workbook as read. */
  readonly snapshot: WorkbookSnapshot;
  readonly outcome: ImportOutcome;
  /** The last import's record, when the workbook has one. */
  readonly record: ImportRecord | null;
  /** What writing would do, when the contract tables exist already; null when they will be created first. */
  readonly sync: RowSync | null;
}

/** True when every contract table the import writes to exists as an Excel table. */
function hasTables(snapshot: WorkbookSnapshot, tables: readonly TableRows[]): boolean {
  return tables.every((t) => t.rows.length === 0 || locateTable(snapshot, t.spec)?.source === 'table');
}

/** Recognises, maps and plans over a workbook already read: pure, so that each edit of the mapping is previewed at once. */
export function planPreview(snapshot: WorkbookSnapshot, record: ImportRecord | null, options: InWorkbookOptions): InWorkbookPreview {
  const mapping = options.mapping ?? record?.mapping;
  const outcome = importWorkbook(snapshot, { profile: options.profile, ...(options.year === undefined ? {} : { year: options.year }), ...(mapping ? { mapping } : {}) });
  if (outcome.kind !== 'imported') return { snapshot, outcome, record, sync: null };
  const tables = contractRows(outcome.result);
  return { snapshot, outcome, record, sync: hasTables(snapshot, tables) ? planRowSync(snapshot, tables, record, outcome.mapping) : null };
}

/** Reads the workbook and its record, recognises, maps and plans: nothing written. */
export async function previewInWorkbook(port: WorkbookPort, options: InWorkbookOptions): Promise<InWorkbookPreview> {
  const snapshot = await port.read();
  const record = (await port.readImportRecord?.()) ?? null;
  return planPreview(snapshot, record, options);
}

export interface InWorkbookResult {
  /** What creating the missing tables did, or null when they all existed. */
  readonly created: ApplyOutcome | null;
  readonly sync: RowSync;
  /** Null when there was nothing to write. */
  readonly written: RowSyncOutcome | null;
}

/** The plan that makes the missing contract tables, fitted to the workbook (plain ranges adopted, our sheets beside the user's). */
function creationPlan(snapshot: WorkbookSnapshot, profile: ProfileId, result: ImportResult): WorkbookPlan {
  const base = planWorkbook({ profile, years: importDuration(result), sample: false });
  return claimOwnedSheets(adoptPlainRanges(base, snapshot).plan, snapshot).plan;
}

/**
 * Writes an import into the workbook: creates the missing tables (apply engine, may refuse: ApplyRefusedError),
 * then the rows and the record, all or nothing. Reads the workbook again first: what is written is what it holds now.
 */
export async function importInWorkbook(port: WorkbookPort, mapping: ImportMapping, options: Omit<InWorkbookOptions, 'mapping'>): Promise<InWorkbookResult> {
  if (!port.apply || !port.applyRows) throw new ImportStoppedError({ kind: 'read-only' });
  const imported = (snapshot: WorkbookSnapshot): ImportResult => {
    const outcome = importWorkbook(snapshot, { profile: options.profile, ...(options.year === undefined ? {} : { year: options.year }), mapping });
    if (outcome.kind !== 'imported') throw new ImportStoppedError({ kind: 'changed' });
    return outcome.result;
  };
  let snapshot = await port.read();
  let result = imported(snapshot);
  let tables = contractRows(result);
  let created: ApplyOutcome | null = null;
  if (!hasTables(snapshot, tables)) {
    // Refusals said as what the user ran: « Importer », not « Créer ».
    created = await port.apply(creationPlan(snapshot, options.profile, result)).catch((error: unknown) => {
      throw error instanceof ApplyRefusedError ? new ApplyRefusedError(error.refusals, 'import') : error;
    });
    // Imported again from the workbook as it now is: the rows are planned against what it holds.
    snapshot = await port.read();
    result = imported(snapshot);
    tables = contractRows(result);
  }
  const record = (await port.readImportRecord?.()) ?? null;
  const sync = planRowSync(snapshot, tables, record, mapping);
  if (sync.missingTables.length > 0) throw new ImportStoppedError({ kind: 'tables-missing', tables: sync.missingTables });
  if (writesNothing(sync) && !sync.recordChanged) return { created, sync, written: null };
  return { created, sync, written: await port.applyRows(sync) };
}
