/**
 * Import of a coordinator's own workbook into the three contract tables: recognise areas, propose a
 * mapping, apply it with every euro accounted for, plan the new workbook. Pure: the CLI, the pane and
 * the web page call the same functions over a WorkbookSnapshot.
 */
import type { ProfileId } from '../report';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { Proposal } from './detect';
import { contractFirstYear, proposeMapping } from './detect';
import { applyMapping, missingSheets } from './extract';
import type { ImportConflict, ImportMapping } from './mapping';
import { areaConflicts } from './mapping';
import type { ImportResult } from './result';

export { proposeMapping, contractFirstYear } from './detect';
export type { Proposal, SheetPeek, DetectOptions } from './detect';
export { applyMapping } from './extract';
export { importMappingSchema, mappingJsonSchema, parseMapping, areaConflicts, MAPPING_VERSION } from './mapping';
export type { ConflictUse, ImportConflict, ImportMapping, MappingArea } from './mapping';
export { planImportedWorkbook, importDuration } from './plan';
export type * from './result';

export interface ImportOptions {
  readonly profile: ProfileId;
  /** `--year`. */
  readonly year?: number;
  /** A saved mapping used instead of the proposal (its year overridden by `year` when given). */
  readonly mapping?: ImportMapping;
}

export type ImportOutcome =
  /** Nothing recognisable: what was looked for is in the texts, the sheets' first rows here. */
  | { readonly kind: 'nothing'; readonly proposal: Proposal }
  /** Refused before importing: conflicting columns, a sheet of the mapping missing, money without a year. */
  | { readonly kind: 'refused'; readonly proposal: Proposal; readonly mapping: ImportMapping; readonly reasons: readonly ImportRefusal[] }
  | { readonly kind: 'imported'; readonly proposal: Proposal; readonly mapping: ImportMapping; readonly result: ImportResult };

export type ImportRefusal =
  | { readonly kind: 'conflict'; readonly conflict: ImportConflict }
  | { readonly kind: 'sheet-missing'; readonly sheet: string }
  /** A saved mapping names a sheet whose used range is too large to read. */
  | { readonly kind: 'sheet-too-large'; readonly sheet: string; readonly range: string }
  | { readonly kind: 'year-missing'; readonly areas: readonly string[] }
  | { readonly kind: 'unbalanced'; readonly area: string };

/** The one use case: a snapshot (and maybe a saved mapping) in, the import or the reasons it is refused out. Never throws on content. */
export function importWorkbook(snapshot: WorkbookSnapshot, options: ImportOptions): ImportOutcome {
  const proposal = proposeMapping(snapshot, { profile: options.profile, ...(options.year === undefined ? {} : { year: options.year }) });
  const saved = options.mapping;
  const contractYear = contractFirstYear(snapshot);
  const mapping: ImportMapping = saved ? { ...saved, year: options.year ?? saved.year ?? contractYear } : proposal.mapping;
  if (mapping.areas.length === 0) return { kind: 'nothing', proposal };
  const reasons: ImportRefusal[] = [];
  const conflicts = saved ? saved.areas.flatMap(areaConflicts) : proposal.conflicts;
  reasons.push(...conflicts.map((conflict) => ({ kind: 'conflict' as const, conflict })));
  reasons.push(...missingSheets(snapshot, mapping).map((sheet) => ({ kind: 'sheet-missing' as const, sheet })));
  for (const { sheet, range } of proposal.tooLarge) if (mapping.areas.some((a) => a.sheet === sheet)) reasons.push({ kind: 'sheet-too-large', sheet, range });
  if (reasons.length > 0) return { kind: 'refused', proposal, mapping, reasons };
  const yearFrom = options.year !== undefined ? 'option' : saved?.year != null ? 'option' : 'contract';
  const result = applyMapping(snapshot, mapping, { profile: options.profile, yearFrom });
  if (result.missingYear.length > 0) reasons.push({ kind: 'year-missing', areas: result.missingYear });
  // Never a silent loss: an area whose cents do not balance is refused (a bug, said as such).
  for (const c of result.conservation) if (!c.balanced) reasons.push({ kind: 'unbalanced', area: c.area });
  if (reasons.length > 0) return { kind: 'refused', proposal, mapping, reasons };
  return { kind: 'imported', proposal, mapping, result };
}
