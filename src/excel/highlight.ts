/**
 * Reversible highlights. The previous fills are kept in a custom XML part: it travels with the file, whatever the
 * add-in Id (workbook.settings does not), and no user or validation ever sees it (a hidden sheet would be read).
 */
import type { Finding } from '../domain/report';
import type { Severity } from '../domain/rules/ids';
import { runExcel } from './run';

export const HIGHLIGHT_NAMESPACE = 'urn:tableaux-cls:highlights:1';

export const HIGHLIGHT_FILLS: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** A cell's fill before we coloured it; `pattern` null when the host cannot tell (ExcelApi < 1.9). */
export interface SavedFill {
  readonly sheet: string;
  readonly cell: string;
  readonly color: string;
  readonly pattern: string | null;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescapeXml = (text: string): string =>
  text.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

export function fillsToXml(fills: readonly SavedFill[]): string {
  const cells = fills
    .map((f) => `<cell sheet="${escapeXml(f.sheet)}" ref="${escapeXml(f.cell)}" color="${escapeXml(f.color)}"${f.pattern === null ? '' : ` pattern="${escapeXml(f.pattern)}"`}/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><highlights xmlns="${HIGHLIGHT_NAMESPACE}">${cells}</highlights>`;
}

/** @throws Error when the part is not ours (the namespace guarantees it is, so this means corruption). */
export function fillsFromXml(xml: string): SavedFill[] {
  if (!xml.includes(HIGHLIGHT_NAMESPACE)) throw new Error('Partie XML de surlignage illisible.');
  const fills: SavedFill[] = [];
  for (const match of xml.matchAll(/<cell\s([^>]*?)\/>/g)) {
    const attributes = new Map([...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1] ?? '', unescapeXml(a[2] ?? '')]));
    const sheet = attributes.get('sheet');
    const cell = attributes.get('ref');
    const color = attributes.get('color');
    if (sheet === undefined || cell === undefined || color === undefined) throw new Error('Partie XML de surlignage illisible.');
    fills.push({ sheet, cell, color, pattern: attributes.get('pattern') ?? null });
  }
  return fills;
}

const cellKey = (sheet: string, cell: string): string => `${sheet.toLowerCase()}!${cell.toUpperCase()}`;

/** Whether a saved fill means "no fill": Excel reports white for unfilled cells before ExcelApi 1.9 exposes the pattern. */
const isNoFill = (fill: SavedFill): boolean => (fill.pattern === null ? fill.color.toUpperCase() === '#FFFFFF' : fill.pattern === 'None');

function restore(range: Excel.Range, fill: SavedFill): void {
  if (isNoFill(fill)) range.format.fill.clear();
  else range.format.fill.color = fill.color;
}

/** Colours each finding cell by its worst severity, saving the fills first (three syncs). @throws ExcelAdapterError */
export function highlightFindings(findings: readonly Finding[], options: { readonly withPattern: boolean }): Promise<void> {
  return runExcel('highlight', async (context) => {
    const worst = new Map<string, { sheet: string; cell: string; severity: Severity }>();
    for (const finding of findings) {
      if (finding.cell === undefined) continue;
      const key = cellKey(finding.sheet, finding.cell);
      const previous = worst.get(key);
      if (!previous || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[previous.severity]) {
        worst.set(key, { sheet: finding.sheet, cell: finding.cell, severity: finding.severity });
      }
    }
    const worksheets = context.workbook.worksheets.load('items/name');
    const part = context.workbook.customXmlParts.getByNamespace(HIGHLIGHT_NAMESPACE).getOnlyItemOrNullObject();
    part.load('id');
    await context.sync();

    const sheetNames = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
    const targets = [...worst.values()].flatMap((target) => {
      const sheetName = sheetNames.get(target.sheet.toLowerCase());
      if (sheetName === undefined) return [];
      const fill = worksheets.getItem(sheetName).getRange(target.cell).format.fill;
      if (options.withPattern) fill.load('color,pattern');
      else fill.load('color');
      return [{ ...target, sheet: sheetName, fill }];
    });
    const savedXml = part.isNullObject ? null : part.getXml();
    await context.sync();

    const saved = new Map((savedXml ? fillsFromXml(savedXml.value) : []).map((fill) => [cellKey(fill.sheet, fill.cell), fill]));
    for (const target of targets) {
      const key = cellKey(target.sheet, target.cell);
      // A cell highlighted twice keeps its original fill, not our colour.
      if (!saved.has(key)) {
        saved.set(key, { sheet: target.sheet, cell: target.cell, color: target.fill.color, pattern: options.withPattern ? String(target.fill.pattern) : null });
      }
      target.fill.color = HIGHLIGHT_FILLS[target.severity];
    }
    if (!part.isNullObject) part.delete();
    context.workbook.customXmlParts.add(fillsToXml([...saved.values()]));
    await context.sync();
  });
}

/**
 * Puts back the saved fills and forgets them (at most four syncs). A cell the user recoloured since the
 * highlight no longer shows our colour: it keeps the user's. @throws ExcelAdapterError
 */
export function clearFindingHighlights(): Promise<void> {
  return runExcel('clearHighlights', async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const part = context.workbook.customXmlParts.getByNamespace(HIGHLIGHT_NAMESPACE).getOnlyItemOrNullObject();
    part.load('id');
    await context.sync();
    if (part.isNullObject) return;
    const xml = part.getXml();
    await context.sync();

    const sheetNames = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
    // A ClientResult is filled by the sync above; it has no load() (the rule mistakes it for a proxy object).
    // eslint-disable-next-line office-addins/load-object-before-read
    const saved = fillsFromXml(xml.value).flatMap((fill) => {
      const sheetName = sheetNames.get(fill.sheet.toLowerCase());
      // A sheet deleted since the highlight took its cells with it: nothing to restore there.
      if (sheetName === undefined) return [];
      const range = worksheets.getItem(sheetName).getRange(fill.cell);
      return [{ fill, range, current: range.format.fill.load('color') }];
    });
    await context.sync();

    const ours = new Set(Object.values(HIGHLIGHT_FILLS).map((color) => color.toUpperCase()));
    for (const { fill, range, current } of saved) {
      if (ours.has(String(current.color).toUpperCase())) restore(range, fill);
    }
    part.delete();
    await context.sync();
  });
}
