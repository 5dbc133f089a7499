/**
 * Reversible highlights. The previous fills are kept in a custom XML part: it travels with the file, whatever the
 * add-in Id (workbook.settings does not), and no user or validation ever sees it (a hidden sheet would be read).
 * Cells are handled as vertical runs (one range per sheet-column segment) and every sync stays within the payload
 * budget of chunks.ts, so thousands of findings never exceed Excel on the web's 5 MB limit.
 */
import type { Finding } from '../domain/report';
import type { Severity } from '../domain/rules/ids';
import { a1, parseRange } from '../domain/values/a1';
import type { ColumnRun, Cost } from './chunks';
import { RANGE_ACTION_BYTES, SYNC_BUDGET_BYTES, columnRuns, packByBudget, runAddress, splitRun, syncEach, textBytes } from './chunks';
import { runExcel } from './run';

export const HIGHLIGHT_NAMESPACE = 'urn:tableaux-cls:highlights:1';

export const HIGHLIGHT_FILLS: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Longest run read or written as one range: its getCellProperties answer stays near 0.6 MB. */
const RUN_MAX_CELLS = 10_000;
/** Largest custom XML part we write; beyond, the saved fills go to several parts listed by the index part. */
const PART_MAX_BYTES = 500_000;
/** Response bytes per cell of getCellProperties({format:{fill:{color,pattern}}}) and of a loaded RangeFill. */
const CELL_PROPERTIES_BYTES = 60;
const FILL_LOAD_BYTES = 45;
/** Request bytes of `getRange(address).getCellProperties(…)`, as serialized. */
const GET_CELL_PROPERTIES_BYTES = 400;
/** Request bytes per cell of setCellProperties with one fill colour. */
const SET_CELL_PROPERTIES_BYTES = 60;

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

const attributesOf = (text: string): Map<string, string> =>
  new Map([...text.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1] ?? '', unescapeXml(a[2] ?? '')]));

const partXml = (namespace: string, body: string): string => `<?xml version="1.0" encoding="UTF-8"?><highlights xmlns="${escapeXml(namespace)}">${body}</highlights>`;

/** Consecutive fills of one sheet and one fill, one below the other, as one `F2:F900` reference. */
interface Segment {
  readonly sheet: string;
  readonly color: string;
  readonly pattern: string | null;
  readonly ref: string;
}

function segmentsOf(fills: readonly SavedFill[]): Segment[] {
  const segments: Segment[] = [];
  let open: { fill: SavedFill; row: number; column: number; top: number } | null = null;
  const close = (): void => {
    if (open === null) return;
    const { fill, row, column, top } = open;
    segments.push({ sheet: fill.sheet, color: fill.color, pattern: fill.pattern, ref: top === row ? a1(top, column) : `${a1(top, column)}:${a1(row, column)}` });
    open = null;
  };
  for (const fill of fills) {
    const at = parseRange(fill.cell);
    const current: { fill: SavedFill; row: number; column: number; top: number } | null = open;
    if (at && current && current.fill.sheet === fill.sheet && current.fill.color === fill.color && current.fill.pattern === fill.pattern && current.column === at.left && current.row + 1 === at.top) {
      current.row = at.top;
      continue;
    }
    close();
    if (at) open = { fill, row: at.top, column: at.left, top: at.top };
    else segments.push({ sheet: fill.sheet, color: fill.color, pattern: fill.pattern, ref: fill.cell });
  }
  close();
  return segments;
}

const fillAttributes = (s: Segment): string => `color="${escapeXml(s.color)}"${s.pattern === null ? '' : ` pattern="${escapeXml(s.pattern)}"`}`;

/** `<sheet name="…"><fill color="…" pattern="…" cells="F2:F900 H4"/></sheet>…` for segments, grouped in first-seen order. */
function bodyOf(segments: readonly Segment[]): string {
  const sheets = new Map<string, Map<string, string[]>>();
  for (const s of segments) {
    const fills = sheets.get(s.sheet) ?? new Map<string, string[]>();
    sheets.set(s.sheet, fills);
    const key = fillAttributes(s);
    fills.set(key, [...(fills.get(key) ?? []), s.ref]);
  }
  return [...sheets]
    .map(([sheet, fills]) => `<sheet name="${escapeXml(sheet)}">${[...fills].map(([attributes, refs]) => `<fill ${attributes} cells="${escapeXml(refs.join(' '))}"/>`).join('')}</sheet>`)
    .join('');
}

/** Splits saved fills into XML bodies of at most about `maxBytes` each. */
function bodiesOf(fills: readonly SavedFill[], maxBytes: number): string[] {
  const parts: Segment[][] = [];
  let current: Segment[] = [];
  let bytes = 0;
  let opened = new Set<string>();
  for (const s of segmentsOf(fills)) {
    const group = `${s.sheet}\u0000${fillAttributes(s)}`;
    const cost = s.ref.length + 1 + (opened.has(group) ? 0 : 2 * textBytes(s.sheet) + 80);
    if (current.length > 0 && bytes + cost > maxBytes) {
      parts.push(current);
      current = [];
      bytes = 0;
      opened = new Set();
    }
    opened.add(group);
    current.push(s);
    bytes += cost;
  }
  if (current.length > 0) parts.push(current);
  return parts.map(bodyOf);
}

/** The saved fills as one XML part (compact: consecutive cells with the same fill share one reference). */
export function fillsToXml(fills: readonly SavedFill[]): string {
  return partXml(HIGHLIGHT_NAMESPACE, bodyOf(segmentsOf(fills)));
}

/** Expands `F2:F4` into `F2`, `F3`, `F4` (single column runs; a wider area lists every cell). */
function cellsOf(ref: string): string[] {
  const r = parseRange(ref);
  if (!r) return [ref];
  const cells: string[] = [];
  for (let column = r.left; column <= r.right; column += 1) for (let row = r.top; row <= r.bottom; row += 1) cells.push(a1(row, column));
  return cells;
}

/** Reads a part written by this version (`<sheet><fill cells>`) or by the first one (`<cell>` per cell). @throws Error when the part is not ours (the namespace guarantees it is, so this means corruption). */
export function fillsFromXml(xml: string): SavedFill[] {
  if (!xml.includes(HIGHLIGHT_NAMESPACE)) throw new Error('Partie XML de surlignage illisible.');
  const fills: SavedFill[] = [];
  for (const match of xml.matchAll(/<cell\s([^>]*?)\/>/g)) {
    const attributes = attributesOf(match[1] ?? '');
    const sheet = attributes.get('sheet');
    const cell = attributes.get('ref');
    const color = attributes.get('color');
    if (sheet === undefined || cell === undefined || color === undefined) throw new Error('Partie XML de surlignage illisible.');
    fills.push({ sheet, cell, color, pattern: attributes.get('pattern') ?? null });
  }
  for (const sheetMatch of xml.matchAll(/<sheet\s+name="([^"]*)">(.*?)<\/sheet>/gs)) {
    const sheet = unescapeXml(sheetMatch[1] ?? '');
    for (const fillMatch of (sheetMatch[2] ?? '').matchAll(/<fill\s([^>]*?)\/>/g)) {
      const attributes = attributesOf(fillMatch[1] ?? '');
      const color = attributes.get('color');
      const refs = attributes.get('cells');
      if (color === undefined || refs === undefined) throw new Error('Partie XML de surlignage illisible.');
      const pattern = attributes.get('pattern') ?? null;
      for (const ref of refs.split(' ').filter(Boolean)) for (const cell of cellsOf(ref)) fills.push({ sheet, cell, color, pattern });
    }
  }
  return fills;
}

/** Namespaces of the further parts an index part lists (`<chunk ns="…"/>`). */
export const chunkNamespaces = (xml: string): string[] => [...xml.matchAll(/<chunk\s+ns="([^"]*)"\s*\/>/g)].map((m) => unescapeXml(m[1] ?? ''));

const cellKey = (sheet: string, cell: string): string => `${sheet.toLowerCase()}!${cell.toUpperCase()}`;

/** Whether a saved fill means "no fill": Excel reports white for unfilled cells before ExcelApi 1.9 exposes the pattern. */
const isNoFill = (fill: { readonly color: string; readonly pattern: string | null }): boolean =>
  fill.pattern === null ? fill.color.toUpperCase() === '#FFFFFF' : fill.pattern === 'None';

/** One cell we act on, located on an existing sheet (its real name). */
interface Located {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly column: number;
}

/** Existing sheets by folded name, each `getItem` queued once for the whole operation (not once per cell). */
function sheetDirectory(worksheets: Excel.WorksheetCollection): { name: (sheet: string) => string | undefined; get: (name: string) => Excel.Worksheet } {
  const names = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
  const proxies = new Map<string, Excel.Worksheet>();
  return {
    name: (sheet) => names.get(sheet.toLowerCase()),
    get: (name) => {
      const known = proxies.get(name);
      if (known) return known;
      const proxy = worksheets.getItem(name);
      proxies.set(name, proxy);
      return proxy;
    },
  };
}

function locate<T extends { readonly sheet: string; readonly cell: string }>(items: readonly T[], name: (sheet: string) => string | undefined): (T & Located)[] {
  return items.flatMap((item) => {
    const sheet = name(item.sheet);
    const at = parseRange(item.cell);
    // A sheet deleted since took its cells with it: nothing to colour or restore there.
    if (sheet === undefined || !at) return [];
    return [{ ...item, sheet, cell: a1(at.top, at.left), row: at.top, column: at.left }];
  });
}

type FillRead = { readonly color: string; readonly pattern: string | null };

/**
 * Reads the fill of every cell of the runs, in syncs within budget: on ExcelApi 1.9 one getCellProperties per run
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)),
 * before that one RangeFill per cell (a multi-cell RangeFill reports null when the cells differ).
 */
async function readFills(context: Excel.RequestContext, runs: readonly ColumnRun<Located>[], sheet: (name: string) => Excel.Worksheet, withCellProperties: boolean): Promise<Map<string, FillRead>> {
  const fills = new Map<string, FillRead>();
  const cost = (run: ColumnRun<Located>): Cost =>
    withCellProperties
      ? { request: GET_CELL_PROPERTIES_BYTES, response: 40 + run.items.length * CELL_PROPERTIES_BYTES }
      : { request: run.items.length * RANGE_ACTION_BYTES, response: run.items.length * FILL_LOAD_BYTES };
  const groups = packByBudget(runs.flatMap((run) => splitForBudget(run, cost)), cost);
  await syncEach(context, groups, (group) => {
    if (withCellProperties) {
      const results = group.map((run) => ({ run, result: sheet(run.sheet).getRange(runAddress(run)).getCellProperties({ format: { fill: { color: true, pattern: true } } }) }));
      return () =>
        results.forEach(({ run, result }) =>
          run.items.forEach((item, i) => {
            const fill = result.value[i]?.[0]?.format?.fill;
            fills.set(cellKey(item.sheet, item.cell), { color: String(fill?.color ?? '#FFFFFF'), pattern: fill?.pattern === undefined ? null : String(fill.pattern) });
          }),
        );
    }
    const loaded = group.flatMap((run) => run.items.map((item) => ({ item, fill: sheet(run.sheet).getRange(item.cell).format.fill.load('color') })));
    return () => loaded.forEach(({ item, fill }) => fills.set(cellKey(item.sheet, item.cell), { color: fill.color, pattern: null }));
  });
  return fills;
}

/** Cuts a run whose own cost exceeds the budget (long runs on ExcelApi 1.8 cost one proxy per cell). */
function splitForBudget(run: ColumnRun<Located>, cost: (run: ColumnRun<Located>) => Cost): ColumnRun<Located>[] {
  const c = cost(run);
  const pieces = Math.ceil(Math.max(c.request, c.response) / SYNC_BUDGET_BYTES);
  if (pieces <= 1) return [run];
  const size = Math.ceil(run.items.length / pieces);
  return Array.from({ length: pieces }, (_, p) => run.items.slice(p * size, (p + 1) * size))
    .filter((items) => items.length > 0)
    .map((items) => ({ sheet: run.sheet, column: run.column, top: items[0]!.row, bottom: items[items.length - 1]!.row, items }));
}

/** A queued write and its request bytes. */
interface Write {
  readonly bytes: number;
  readonly queue: () => void;
}

const syncWrites = (context: Excel.RequestContext, writes: readonly Write[], first: () => void = () => undefined): Promise<void> =>
  syncEach(context, packByBudget(writes.length > 0 ? writes : [{ bytes: 0, queue: () => undefined }], (w) => ({ request: w.bytes, response: 0 })), (group, index) => {
    if (index === 0) first();
    group.forEach((w) => w.queue());
  });

/** The saved fills found in the workbook, and the parts holding them (to delete once replaced). */
interface Store {
  readonly fills: SavedFill[];
  readonly parts: Excel.CustomXmlPart[];
}

const indexPart = (context: Excel.RequestContext): Excel.CustomXmlPart =>
  context.workbook.customXmlParts.getByNamespace(HIGHLIGHT_NAMESPACE).getOnlyItemOrNullObject();

/** Reads the fills of the index part's XML, then of the further parts it lists (one sync per ~1 MB). */
async function readStore(context: Excel.RequestContext, index: Excel.CustomXmlPart, indexXml: string | null): Promise<Store> {
  if (indexXml === null) return { fills: [], parts: [] };
  const fills = fillsFromXml(indexXml);
  const chunks = chunkNamespaces(indexXml).map((namespace) => context.workbook.customXmlParts.getByNamespace(namespace).getOnlyItemOrNullObject());
  const groups = packByBudget(chunks, () => ({ request: 300, response: PART_MAX_BYTES * 1.2 }));
  await syncEach(context, groups, (group) => {
    const xmls = group.map((part) => part.getXml());
    return () => xmls.forEach((xml) => fills.push(...fillsFromXml(xml.value)));
  });
  return { fills, parts: [index, ...chunks] };
}

/**
 * Writes `fills` in place of the old store. Large stores go first to new uniquely named parts; then, in the sync
 * `then` starts, the old parts are deleted and the new index added: at any failure one complete store remains.
 */
async function writeStore(context: Excel.RequestContext, old: Store, fills: readonly SavedFill[]): Promise<() => void> {
  const bodies = bodiesOf(fills, PART_MAX_BYTES);
  let index = partXml(HIGHLIGHT_NAMESPACE, bodies[0] ?? '');
  if (bodies.length > 1) {
    const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const chunks = bodies.map((body, i) => ({ namespace: `${HIGHLIGHT_NAMESPACE}:${token}:${i + 1}`, body }));
    await syncEach(context, packByBudget(chunks, (c) => ({ request: textBytes(c.body) + 400, response: 0 })), (group) => {
      group.forEach((c) => context.workbook.customXmlParts.add(partXml(c.namespace, c.body)));
    });
    index = partXml(HIGHLIGHT_NAMESPACE, chunks.map((c) => `<chunk ns="${escapeXml(c.namespace)}"/>`).join(''));
  }
  return () => {
    old.parts.forEach((part) => part.delete());
    if (fills.length > 0) context.workbook.customXmlParts.add(index);
  };
}

/** Colours each finding cell by its worst severity, saving the fills first (three syncs up to ~10 000 cells). @throws ExcelAdapterError */
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
    const part = indexPart(context);
    part.load('id');
    await context.sync();

    const sheets = sheetDirectory(worksheets);
    const targets = locate([...worst.values()], sheets.name);
    if (targets.length === 0) return;
    const runs = columnRuns(targets, RUN_MAX_CELLS);
    // Rides on the first fill-reading sync (there is one: targets is not empty).
    const savedXml = part.isNullObject ? null : part.getXml();
    const previous = await readFills(context, runs, sheets.get, options.withPattern);
    const store = await readStore(context, part, savedXml === null ? null : savedXml.value);

    const saved = new Map(store.fills.map((fill) => [cellKey(fill.sheet, fill.cell), fill]));
    for (const target of targets) {
      const key = cellKey(target.sheet, target.cell);
      const fill = previous.get(key);
      // A cell highlighted twice keeps its original fill, not our colour.
      if (!saved.has(key) && fill) saved.set(key, { sheet: target.sheet, cell: target.cell, color: fill.color, pattern: options.withPattern ? fill.pattern : null });
    }
    const swap = await writeStore(context, store, [...saved.values()]);
    // The saved fills are queued before any colour, so no cell is coloured without its original fill on record.
    await syncWrites(context, runs.flatMap((run) => colourWrites(run, sheets.get, options.withPattern)), swap);
  });
}

/** One write per same-severity stretch of the run, or on ExcelApi 1.9 one setCellProperties when that is smaller. */
function colourWrites(run: ColumnRun<Located & { readonly severity: Severity }>, sheet: (name: string) => Excel.Worksheet, withCellProperties: boolean): Write[] {
  const stretches = splitRun(run, (item) => item.severity);
  const perCell = 200 + run.items.length * SET_CELL_PROPERTIES_BYTES;
  if (withCellProperties && perCell < stretches.length * RANGE_ACTION_BYTES) {
    return [{ bytes: perCell, queue: () => sheet(run.sheet).getRange(runAddress(run)).setCellProperties(run.items.map((item) => [{ format: { fill: { color: HIGHLIGHT_FILLS[item.severity] } } }])) }];
  }
  return stretches.map(({ run: stretch }) => ({
    bytes: RANGE_ACTION_BYTES + 20,
    queue: () => {
      sheet(stretch.sheet).getRange(runAddress(stretch)).format.fill.color = HIGHLIGHT_FILLS[stretch.items[0]?.severity ?? 'info'];
    },
  }));
}

/**
 * Puts back the saved fills and forgets them (four syncs up to ~10 000 cells). A cell the user recoloured since the
 * highlight no longer shows our colour: it keeps the user's. @throws ExcelAdapterError
 */
export function clearFindingHighlights({ withCellProperties }: { readonly withCellProperties: boolean }): Promise<void> {
  return runExcel('clearHighlights', async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const part = indexPart(context);
    part.load('id');
    await context.sync();
    if (part.isNullObject) return;
    const xml = part.getXml();
    await context.sync();

    // A ClientResult is filled by the sync above; it has no load() (the rule mistakes it for a proxy object).
    // eslint-disable-next-line office-addins/load-object-before-read
    const store = await readStore(context, part, xml.value);
    const sheets = sheetDirectory(worksheets);
    const unique = new Map(store.fills.map((fill) => [cellKey(fill.sheet, fill.cell), fill]));
    const runs = columnRuns(locate([...unique.values()], sheets.name), RUN_MAX_CELLS);
    const current = await readFills(context, runs, sheets.get, withCellProperties);

    const ours = new Set(Object.values(HIGHLIGHT_FILLS).map((color) => color.toUpperCase()));
    const action = (item: Located & SavedFill): string => {
      const now = current.get(cellKey(item.sheet, item.cell));
      if (!now || !ours.has(now.color.toUpperCase())) return 'keep';
      return isNoFill(item) ? 'clear' : `color:${item.color}`;
    };
    const writes = runs.flatMap((run) =>
      splitRun(run, action)
        .filter(({ key }) => key !== 'keep')
        .map(({ key, run: stretch }): Write => ({
          bytes: RANGE_ACTION_BYTES + 20,
          queue: () => {
            const fill = sheets.get(stretch.sheet).getRange(runAddress(stretch)).format.fill;
            if (key === 'clear') fill.clear();
            else fill.color = key.slice('color:'.length);
          },
        })),
    );
    // The parts go last, with the final restores: if a sync fails before, a new clear finishes the job.
    await syncWrites(context, [...writes, { bytes: 200, queue: () => store.parts.forEach((p) => p.delete()) }]);
  });
}
