/**
 * Which sheets are ours to rebuild. Each owned sheet carries a marker (a defined name pointing at its A1);
 * a sheet with an owned name but no marker is the user's, and the plan moves ours to a free name beside it.
 */
import { quoteSheet } from '../values/a1';
import { escapeRegExp, fold } from '../values/text';
import { OWNED_SHEET_MARKERS } from '../workbook/contract';
import type { SheetPlan, WorkbookPlan } from './plan';

/** The reference a marker holds: the sheet's A1. */
export const markerRef = (sheet: string): string => `${quoteSheet(sheet)}!$A$1`;

/** The sheet a defined-name reference points at (`'Synthèse (CLS)'!$A$1` → `Synthèse (CLS)`), or null. */
export function sheetOfRef(ref: string): string | null {
  const bare = ref.trim().replace(/^=/, '');
  const bang = bare.lastIndexOf('!');
  if (bang <= 0) return null;
  const sheet = bare.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const MARKER_NAMES = new Set(Object.values(OWNED_SHEET_MARKERS).map(fold));

export const isMarkerName = (name: string): boolean => MARKER_NAMES.has(fold(name));

/** Does some marker point at `sheet`? Only then may an adapter rebuild it. */
export function isOwnedSheet(sheet: string, names: readonly { readonly name: string; readonly ref: string }[]): boolean {
  return names.some((n) => {
    if (!isMarkerName(n.name)) return false;
    const pointed = sheetOfRef(n.ref);
    return pointed !== null && fold(pointed) === fold(sheet);
  });
}

const markerName = (marker: string, sheet: string): { name: string; ref: string; comment: string } => ({
  name: marker,
  ref: markerRef(sheet),
  comment: 'Feuille produite par Tableaux CLS',
});

/** Marker names for the owned sheets of a plan, as the plan names them. */
export function markerNames(sheets: readonly SheetPlan[]): { name: string; ref: string; comment: string }[] {
  return sheets.flatMap((sheet) => {
    const marker = OWNED_SHEET_MARKERS[sheet.name];
    return sheet.owned && marker !== undefined ? [markerName(marker, sheet.name)] : [];
  });
}

const REFERENCE_KEYS = new Set(['formula', 'ref', 'range', 'dataRange']);

/** Rewrites every reference to sheet `from` in formulas, names, ranges of a plan (`Listes!A1` → `'Listes (CLS)'!A1`). */
function renameSheet(plan: WorkbookPlan, from: string, to: string): WorkbookPlan {
  const pattern = new RegExp(`(^|[^A-Za-z0-9_'.])(${escapeRegExp(quoteSheet(from))}|${escapeRegExp(from)})!`, 'g');
  const rewrite = (text: string): string => text.replace(pattern, (_m, before: string) => `${before}${quoteSheet(to)}!`);
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key !== undefined && REFERENCE_KEYS.has(key) ? rewrite(value) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const renamed = walk(plan) as WorkbookPlan;
  return { ...renamed, sheets: renamed.sheets.map((s) => (s.name === from ? { ...s, name: to } : s)) };
}

/** What ownership needs to know of a workbook: its sheets (with their values when known), names and tables. */
export interface WorkbookSheets {
  readonly sheets: readonly { readonly name: string; readonly values?: readonly (readonly unknown[])[]; readonly drawings?: number }[];
  readonly names?: readonly { readonly name: string; readonly ref: string }[];
  readonly tables?: readonly { readonly sheet: string }[];
}

/** A sheet known to hold no value, no table and no chart: ours to take (an interrupted Créer may have left it unmarked). */
function isBlankSheet(sheet: WorkbookSheets['sheets'][number], workbook: WorkbookSheets): boolean {
  if (sheet.values === undefined) return false;
  const empty = sheet.values.every((row) => row.every((v) => v === null || v === '')) && (sheet.drawings ?? 0) === 0;
  return empty && !(workbook.tables ?? []).some((t) => fold(t.sheet) === fold(sheet.name));
}

/**
 * The plan fitted to the workbook's sheets: each owned sheet goes where its marker points, or under its own
 * name when that is free (or blank), or under `Name (CLS)` when the user has a sheet of that name. Markers follow.
 */
export function claimOwnedSheets(plan: WorkbookPlan, workbook: WorkbookSheets): { plan: WorkbookPlan; moved: { from: string; to: string }[] } {
  const names = workbook.names ?? [];
  const blank = new Set(workbook.sheets.filter((sheet) => isBlankSheet(sheet, workbook)).map((sheet) => fold(sheet.name)));
  const taken = new Set(workbook.sheets.map((s) => fold(s.name)));
  const moved: { from: string; to: string }[] = [];
  let fitted = plan;
  for (const sheet of plan.sheets.filter((s) => s.owned && OWNED_SHEET_MARKERS[s.name] !== undefined)) {
    const marker = OWNED_SHEET_MARKERS[sheet.name] ?? '';
    const pointed = names.find((n) => fold(n.name) === fold(marker));
    const markedSheet = pointed ? sheetOfRef(pointed.ref) : null;
    let target = sheet.name;
    if (markedSheet !== null && taken.has(fold(markedSheet))) target = markedSheet;
    else if (taken.has(fold(sheet.name)) && !blank.has(fold(sheet.name))) {
      target = `${sheet.name} (CLS)`;
      for (let i = 2; taken.has(fold(target)); i++) target = `${sheet.name} (CLS ${i})`;
    }
    if (target !== sheet.name) {
      fitted = renameSheet(fitted, sheet.name, target);
      moved.push({ from: sheet.name, to: target });
    }
    taken.add(fold(target));
  }
  // The markers follow the sheets they mark.
  fitted = { ...fitted, names: [...fitted.names.filter((n) => !isMarkerName(n.name)), ...markerNamesFor(fitted, plan)] };
  return { plan: fitted, moved };
}

/** Markers for the fitted plan, keyed by the original owned names. */
function markerNamesFor(fitted: WorkbookPlan, original: WorkbookPlan): { name: string; ref: string; comment: string }[] {
  return original.sheets.flatMap((sheet, i) => {
    const marker = OWNED_SHEET_MARKERS[sheet.name];
    const now = fitted.sheets[i];
    return sheet.owned && marker !== undefined && now ? [markerName(marker, now.name)] : [];
  });
}


/** Where an owned sheet lives in this workbook: where its marker points, else its name, else `Name (CLS)`. */
export function ownedSheetName(owned: string, workbook: WorkbookSheets): string {
  const { plan } = claimOwnedSheets({ sheets: [{ name: owned, owned: true, blocks: [] }], names: [] }, workbook);
  return plan.sheets[0]?.name ?? owned;
}
