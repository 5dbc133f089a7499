/** Applies a mapping to a workbook snapshot: contract rows, and every number, action and indicator accounted for. */
import { parseDateText } from '../values/cells';
import { serialToYmd, validYmdToSerial } from '../values/dates';
import { parseMonthYear } from '../values/month-year';
import { parsePercentCell } from '../values/cells';
import type { ProfileId } from '../report';
import type { CellValue, WorkbookSnapshot } from '../workbook/snapshot';
import { cleanName, DEFAULT_FUNDER_NAMES, funderFor } from './funders';
import type { Grid } from './grid';
import { cellAddress, gridOf, isBlankRow, tooLargeToScan } from './grid';
import type { ActionFicheArea, ActionListArea, EvaluationGridArea, FundingListArea, ImportMapping, MappingArea, PartnerMatrixArea } from './mapping';
import { columnNumber } from './detect';
import { readMoney } from './money-cells';
import type {
  AreaConservation,
  ImportedAction,
  ImportedFunding,
  ImportedIndicator,
  ImportedValue,
  ImportNote,
  ImportResult,
  SkippedCell,
  SkippedRow,
  SkipReason,
} from './result';
import {
  ACTION_NUMBER,
  ACTION_STATUS_MAP,
  AXIS_LABEL,
  EVALUATION_TOOL_MAP,
  FUNDING_NATURE_MAP,
  FUNDING_OBJECT_MAP,
  FUNDING_STATUS_MAP,
  MATRIX_COLUMN_ROLES,
  OBJECTIVE_LABEL,
  TOTAL_LABEL,
  YEAR_TITLE,
  headerKey,
} from './vocabulary';

export interface ExtractOptions {
  readonly profile: ProfileId;
  /** Where the mapping's year came from, for the note shown when it is used. */
  readonly yearFrom?: 'option' | 'contract' | null;
}

/** Mutable state of one import run. */
class Run {
  readonly actions = new Map<string, ImportedAction>();
  readonly fundings: ImportedFunding[] = [];
  readonly indicators: ImportedIndicator[] = [];
  readonly skippedCells: SkippedCell[] = [];
  readonly skippedRows: SkippedRow[] = [];
  readonly conservation: AreaConservation[] = [];
  readonly notes: ImportNote[] = [];
  readonly missingYear = new Set<string>();
  readonly kept = new Map<string, number>();
  constructor(
    readonly mapping: ImportMapping,
    readonly profile: ProfileId,
    readonly yearFrom: 'option' | 'contract',
  ) {}

  funder(typed: string): string {
    const name = cleanName(typed);
    return this.mapping.funders[name] ?? funderFor(name, this.profile);
  }

  /** A source value through the mapping's value map, then the vocabulary; kept as typed (and noted) when neither knows it. */
  mapped<T extends string>(field: string, own: Readonly<Record<string, T>>, vocabulary: Readonly<Record<string, T>>, typed: string): T | string {
    const text = cleanName(typed);
    const value = own[text] ?? vocabulary[headerKey(text)];
    if (value !== undefined) return value;
    const key = `${field}\u0000${text}`;
    this.kept.set(key, (this.kept.get(key) ?? 0) + 1);
    return text;
  }

  actionByTitle(title: string): string | null {
    const key = headerKey(title);
    for (const a of this.actions.values()) if (a.title !== null && headerKey(a.title) === key) return a.number;
    return null;
  }

  addAction(action: ImportedAction): void {
    const existing = this.actions.get(action.number);
    if (!existing) {
      this.actions.set(action.number, action);
      return;
    }
    // The same action seen again (a second year block, or the dashboard after the matrix): fill what is missing.
    this.actions.set(action.number, {
      ...existing,
      title: existing.title ?? action.title,
      axisNumber: existing.axisNumber ?? action.axisNumber,
      axis: existing.axis ?? action.axis,
      status: existing.status ?? action.status,
      budgetCents: existing.budgetCents === null ? action.budgetCents : action.budgetCents === null ? existing.budgetCents : existing.budgetCents + action.budgetCents,
      fields: { ...action.fields, ...existing.fields },
      numberAssigned: existing.numberAssigned && action.numberAssigned,
    });
  }

  skipCell(area: MappingArea, grid: Grid, row: number, column: number, reason: SkipReason): number {
    const value = grid.raw(row, column);
    if (value === null) return 0;
    const money = readMoney(value);
    if (money.kind === 'empty') return 0;
    const cents = money.kind === 'amount' ? money.cents : null;
    const shown = money.kind === 'amount' ? money.value : money.value;
    this.skippedCells.push({ area: area.id, sheet: area.sheet, cell: cellAddress(row, column), value: shown, cents, reason: money.kind === 'not-a-number' && reason !== 'total' && reason !== 'total-column' ? (money.error ? 'excel-error' : 'not-a-number') : reason });
    return cents ?? 0;
  }

  skipRow(area: MappingArea, grid: Grid, row: number, reason: SkipReason): void {
    const cells: (string | number | boolean)[] = [];
    let length = 0;
    for (let c = grid.left; c <= grid.right && length < 60; c++) {
      const value = grid.raw(row, c);
      if (value === null || typeof value === 'object') continue;
      const kept = typeof value === 'string' ? value.trim() : value;
      if (kept === '') continue;
      cells.push(kept);
      length += String(kept).length + 1;
    }
    this.skippedRows.push({ area: area.id, sheet: area.sheet, row, cells, reason });
  }
}

const text = (value: CellValue): string | null => {
  if (value === null || typeof value === 'object') return null;
  const t = String(value).trim();
  return t === '' ? null : t;
};

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** `Axe 2 : Nutrition` → number 2 and title `Nutrition`. */
function axisOf(label: string): { number: string | null; title: string } | null {
  const match = AXIS_LABEL.exec(headerKey(label));
  if (!match) return null;
  const raw = match[1] ?? null;
  const number = raw === null ? null : /^\d+$/.test(raw) ? raw : ROMAN[raw] !== undefined ? String(ROMAN[raw]) : null;
  const cut = /^axe\s*(?:strat[ée]gique\s*)?(?:n[°º]\s*)?(?:[0-9]+|[ivxIVX]+)?\s*[:.\-–]?\s*/i.exec(label.trim());
  const title = cut ? label.trim().slice(cut[0].length).trim() : label.trim();
  return { number, title: title === '' ? label.trim() : title };
}

/** `1.2.3 Ateliers` → number `1.2.3`, title `Ateliers`. */
function actionNumberOf(label: string): { number: string; rest: string } | null {
  const match = ACTION_NUMBER.exec(label.trim());
  return match ? { number: match[1] ?? '', rest: (match[2] ?? '').trim() } : null;
}

/** Assigns `axe.1.k` to actions the source gives no number, never reusing a number of the source. */
class Numberer {
  private readonly counters = new Map<string, number>();
  constructor(private readonly taken: (n: string) => boolean) {}
  next(axis: string | null): string {
    const prefix = axis ?? '0';
    let k = this.counters.get(prefix) ?? 0;
    let number: string;
    do {
      k += 1;
      number = `${prefix}.1.${k}`;
    } while (this.taken(number));
    this.counters.set(prefix, k);
    return number;
  }
}

function yearCell(value: CellValue): number | null {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) return value;
    if (value > 3000 && value < 2_958_465) return serialToYmd(value).year;
    return null;
  }
  if (typeof value !== 'string') return null;
  const years = value.match(/\b(19[9]\d|20\d\d)\b/g) ?? [];
  return years.length === 1 ? Number(years[0]) : null;
}

/** A date for Début (first day) or Fin (last day): a serial, `dd/mm/yyyy`, `06/2026`, `juin 2026`, `2026`; else the text as typed. */
function dateValue(value: CellValue, end: boolean): ImportedValue | null {
  if (value === null || typeof value === 'boolean' || typeof value === 'object') return null;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) return { date: end ? (validYmdToSerial(value, 12, 31) ?? value) : (validYmdToSerial(value, 1, 1) ?? value) };
    return { date: Math.floor(value) };
  }
  const t = value.trim();
  if (t === '') return null;
  const serial = parseDateText(t);
  if (serial !== null) return { date: serial };
  const my = parseMonthYear(t);
  if (my) {
    const last = end ? new Date(Date.UTC(my.year, my.month, 0)).getUTCDate() : 1;
    const date = validYmdToSerial(my.year, my.month, last);
    if (date !== null) return { date };
  }
  const year = /^(19[9]\d|20\d\d)$/.exec(t);
  if (year) {
    const date = validYmdToSerial(Number(year[1]), end ? 12 : 1, end ? 31 : 1);
    if (date !== null) return { date };
  }
  return t;
}

const cellRef = (area: MappingArea, row: number, column: number) => ({ sheet: area.sheet, cell: cellAddress(row, column) });

function matrix(run: Run, grid: Grid, area: PartnerMatrixArea): void {
  const labels = area.labelColumns.map(columnNumber);
  const partners = area.partnerColumns.map((p) => ({ ...p, index: columnNumber(p.column) }));
  const others = area.otherColumns.filter((o) => o.role !== 'ratio').map((o) => ({ ...o, index: columnNumber(o.column) }));
  const moneyColumns = [...partners.map((p) => p.index), ...others.map((o) => o.index)];
  const partnerHeaderKeys = new Set(area.partnerColumns.map((p) => headerKey(p.header)));
  let source = 0;
  let imported = 0;
  let budget = 0;
  let skipped = 0;
  let numbers = 0;
  // Independent count of the source: every number of the money columns.
  for (let r = area.firstRow; r <= area.lastRow; r++) {
    for (const c of moneyColumns) {
      const money = readMoney(grid.raw(r, c));
      if (money.kind === 'amount') {
        source += money.cents;
        numbers += 1;
      }
    }
  }
  const skipAll = (r: number, reason: SkipReason): void => {
    for (const c of moneyColumns) skipped += run.skipCell(area, grid, r, c, reason);
  };
  const numberer = new Numberer((n) => run.actions.has(n));
  let axisNumber: string | null = null;
  let axisTitle: string | null = null;
  let axisCount = 0;
  for (let r = area.firstRow; r <= area.lastRow; r++) {
    if (!area.include) {
      skipAll(r, 'area-excluded');
      continue;
    }
    const labelTexts = labels.map((c) => text(grid.raw(r, c))).filter((t): t is string => t !== null);
    const label = labelTexts[0] ?? null;
    const hasMoney = moneyColumns.some((c) => readMoney(grid.raw(r, c)).kind !== 'empty');
    if (label === null && !hasMoney) {
      if (!isBlankRow(grid, r)) run.skipRow(area, grid, r, 'blank');
      continue;
    }
    if (label === null) {
      run.skipRow(area, grid, r, 'no-label');
      skipAll(r, 'no-label');
      continue;
    }
    const key = headerKey(label);
    const partnerCells = partners.filter((p) => partnerHeaderKeys.has(headerKey(text(grid.raw(r, p.index)) ?? ''))).length;
    const reason: SkipReason | null = TOTAL_LABEL.test(key)
      ? 'total'
      : YEAR_TITLE.test(key)
        ? 'year-title'
        : partnerCells >= 3
          ? 'header-repeat'
          : OBJECTIVE_LABEL.test(key)
            ? 'objective-title'
            : null;
    if (reason !== null) {
      run.skipRow(area, grid, r, reason);
      skipAll(r, reason);
      continue;
    }
    const object = FUNDING_OBJECT_MAP[key] ?? run.mapping.values.fundingObject[cleanName(label)];
    const numbered = actionNumberOf(labelTexts.join(' '));
    const axis = numbered === null && object === undefined ? axisOf(label) : null;
    const merge = grid.mergeOf(r, labels[0] ?? grid.left);
    const mergedAcross = merge !== null && merge.right > merge.left && merge.top === r;
    if (axis !== null || (numbered === null && object === undefined && !hasMoney && mergedAcross)) {
      axisCount += 1;
      axisNumber = axis?.number ?? String(axisCount);
      axisTitle = axis?.title ?? label;
      run.skipRow(area, grid, r, 'axis-title');
      skipAll(r, 'axis-title');
      continue;
    }
    let actionNumber: string | null = null;
    if (object === undefined || object === 'Action') {
      // A row without a number is the action of the same title when another area numbered it.
      const sameTitle = numbered === null ? run.actionByTitle(labelTexts.join(' ')) : null;
      const assigned = numbered === null && sameTitle === null;
      actionNumber = numbered?.number ?? sameTitle ?? numberer.next(axisNumber);
      const title = numbered ? (numbered.rest !== '' ? numbered.rest : (labelTexts[1] ?? null)) : labelTexts.join(' – ');
      if (assigned) run.notes.push({ kind: 'number-assigned', sheet: area.sheet, cell: cellAddress(r, labels[0] ?? grid.left), number: actionNumber, title: title ?? '' });
      let budgetCents: number | null = null;
      for (const o of others.filter((x) => x.role === 'budget')) {
        const money = readMoney(grid.raw(r, o.index));
        if (money.kind === 'amount') {
          budgetCents = (budgetCents ?? 0) + money.cents;
          budget += money.cents;
        }
      }
      run.addAction({
        number: actionNumber,
        numberAssigned: assigned,
        title,
        axisNumber,
        axis: axisTitle,
        status: null,
        budgetCents,
        fields: {},
        source: cellRef(area, r, labels[0] ?? grid.left),
      });
    }
    for (const o of others) {
      if (o.role === 'budget' && actionNumber !== null && readMoney(grid.raw(r, o.index)).kind === 'amount') continue;
      const why: SkipReason = o.role === 'remaining' ? 'remaining' : o.role === 'budget' ? 'budget-not-action' : o.role === 'total' ? 'total-column' : 'no-label';
      skipped += run.skipCell(area, grid, r, o.index, why);
    }
    for (const p of partners) {
      const money = readMoney(grid.raw(r, p.index));
      if (money.kind === 'empty') continue;
      if (money.kind === 'not-a-number' || money.cents === 0) {
        skipped += run.skipCell(area, grid, r, p.index, 'zero');
        continue;
      }
      const year = p.year ?? run.mapping.year;
      if (year === null) run.missingYear.add(area.id);
      run.fundings.push({
        object: object ?? 'Action',
        action: actionNumber,
        funder: run.funder(p.funder),
        nature: area.nature,
        year,
        amountCents: money.cents,
        status: area.status,
        paidCents: null,
        comment: null,
        source: cellRef(area, r, p.index),
      });
      imported += money.cents;
    }
  }
  if (area.partnerColumns.some((p) => p.year === null) && run.mapping.year !== null) {
    run.notes.push({ kind: 'year-assumed', area: area.id, year: run.mapping.year, from: run.yearFrom });
  }
  run.conservation.push({ area: area.id, kind: area.kind, sourceCents: source, importedCents: imported, budgetCents: budget, skippedCents: skipped, numbers, balanced: source === imported + budget + skipped });
}

/** Column numbers of a named area's fields. */
const fieldColumns = (columns: Readonly<Partial<Record<string, string>>>): Map<string, number> =>
  new Map(Object.entries(columns).flatMap(([field, col]) => (col === undefined ? [] : [[field, columnNumber(col)] as const])));

/** The first texts of a row, to tell a total or an axis line. */
function firstText(grid: Grid, row: number, columns: readonly number[]): string | null {
  for (const c of [...columns].sort((a, b) => a - b)) {
    const t = text(grid.raw(row, c));
    if (t !== null) return t;
  }
  return null;
}

function fundingList(run: Run, grid: Grid, area: FundingListArea): void {
  const cols = fieldColumns(area.columns);
  const at = (field: string, r: number): CellValue => {
    const c = cols.get(field);
    return c === undefined ? null : grid.raw(r, c);
  };
  const amountColumn = cols.get('amount');
  let source = 0;
  let numbers = 0;
  for (let r = area.firstRow; r <= area.lastRow; r++) {
    const money = amountColumn === undefined ? ({ kind: 'empty' } as const) : readMoney(grid.raw(r, amountColumn));
    if (money.kind === 'amount') {
      source += money.cents;
      numbers += 1;
    }
  }
  let imported = 0;
  let skipped = 0;
  let statusAssumed = false;
  for (let r = area.firstRow; r <= area.lastRow; r++) {
    if (amountColumn === undefined) break;
    if (isBlankRow(grid, r)) continue;
    const skip = (reason: SkipReason): void => {
      run.skipRow(area, grid, r, reason);
      skipped += run.skipCell(area, grid, r, amountColumn, reason);
    };
    if (!area.include) {
      skip('area-excluded');
      continue;
    }
    const funderText = text(at('funder', r));
    const label = firstText(grid, r, [...cols.values()]) ?? '';
    if (TOTAL_LABEL.test(headerKey(label)) || (funderText !== null && TOTAL_LABEL.test(headerKey(funderText)))) {
      skip('total');
      continue;
    }
    if (funderText !== null && MATRIX_COLUMN_ROLES.some((x) => x.role === 'remaining' && x.pattern.test(headerKey(funderText)))) {
      skip('remaining');
      continue;
    }
    const money = readMoney(grid.raw(r, amountColumn));
    if (money.kind === 'empty') {
      skip('no-amount');
      continue;
    }
    if (money.kind === 'not-a-number') {
      skip('not-a-number');
      continue;
    }
    if (money.cents === 0) {
      skip('zero');
      continue;
    }
    const actionText = text(at('actionNumber', r));
    const objectText = text(at('object', r));
    const actionAsObject = actionText !== null && actionNumberOf(actionText) === null ? FUNDING_OBJECT_MAP[headerKey(actionText)] : undefined;
    const numbered = actionText === null ? null : actionNumberOf(actionText);
    const action = actionAsObject !== undefined ? null : (numbered?.number ?? actionText);
    const object = objectText !== null ? run.mapped('Objet', run.mapping.values.fundingObject, FUNDING_OBJECT_MAP, objectText) : (actionAsObject ?? (action !== null ? 'Action' : 'Autre'));
    const natureText = text(at('nature', r));
    const statusText = text(at('status', r));
    if (statusText === null) statusAssumed = true;
    const yearValue = at('year', r);
    const year = yearCell(yearValue) ?? run.mapping.year;
    if (year === null) run.missingYear.add(area.id);
    const paid = cols.has('paid') ? readMoney(at('paid', r)) : null;
    run.fundings.push({
      object,
      action,
      funder: funderText === null ? '' : run.funder(funderText),
      nature: natureText === null ? 'Financier' : run.mapped('Nature', run.mapping.values.fundingNature, FUNDING_NATURE_MAP, natureText),
      year,
      amountCents: money.cents,
      status: statusText === null ? 'Acquis' : run.mapped('Statut', run.mapping.values.fundingStatus, FUNDING_STATUS_MAP, statusText),
      paidCents: paid?.kind === 'amount' ? paid.cents : null,
      comment: text(at('comment', r)),
      source: cellRef(area, r, amountColumn),
    });
    imported += money.cents;
  }
  if (statusAssumed) run.notes.push({ kind: 'status-assumed', area: area.id, status: 'Acquis' });
  run.conservation.push({ area: area.id, kind: area.kind, sourceCents: source, importedCents: imported, budgetCents: 0, skippedCents: skipped, numbers, balanced: source === imported + skipped });
}

const ACTION_TEXT_FIELDS = ['theme', 'pilot', 'coPilot', 'partners', 'audience', 'territory', 'comments'] as const;

function actionList(run: Run, grid: Grid, area: ActionListArea): void {
  const cols = fieldColumns(area.columns);
  const at = (field: string, r: number): CellValue => {
    const c = cols.get(field);
    return c === undefined ? null : grid.shown(r, c);
  };
  const budgetColumn = cols.get('budget');
  let source = 0;
  let numbers = 0;
  if (budgetColumn !== undefined) {
    for (let r = area.firstRow; r <= area.lastRow; r++) {
      const money = readMoney(grid.raw(r, budgetColumn));
      if (money.kind === 'amount') {
        source += money.cents;
        numbers += 1;
      }
    }
  }
  let budget = 0;
  let skipped = 0;
  const numberer = new Numberer((n) => run.actions.has(n));
  let axisNumber: string | null = null;
  let axisTitle: string | null = null;
  for (let r = area.firstRow; r <= area.lastRow; r++) {
    if (isBlankRow(grid, r)) continue;
    const skip = (reason: SkipReason): void => {
      run.skipRow(area, grid, r, reason);
      if (budgetColumn !== undefined) skipped += run.skipCell(area, grid, r, budgetColumn, reason);
    };
    if (!area.include) {
      skip('area-excluded');
      continue;
    }
    const numberText = text(at('actionNumber', r));
    const title = text(at('title', r));
    const label = firstText(grid, r, [...cols.values()]) ?? '';
    const key = headerKey(label);
    if (TOTAL_LABEL.test(key)) {
      skip('total');
      continue;
    }
    const axisCell = text(at('axis', r));
    const axis = numberText === null || actionNumberOf(numberText) === null ? axisOf(label) : null;
    if (axis !== null && (title === null || title === label)) {
      axisNumber = axis.number;
      axisTitle = axis.title;
      skip('axis-title');
      continue;
    }
    if (numberText === null && title === null) {
      skip('no-action');
      continue;
    }
    const numbered = numberText === null ? null : actionNumberOf(numberText);
    const axisNo = text(at('axisNumber', r)) ?? (axisCell !== null ? (axisOf(axisCell)?.number ?? null) : null) ?? axisNumber;
    const number = numbered?.number ?? numberText ?? numberer.next(axisNo);
    if (numberText === null) run.notes.push({ kind: 'number-assigned', sheet: area.sheet, cell: cellAddress(r, cols.get('title') ?? grid.left), number, title: title ?? '' });
    const fields: Record<string, ImportedValue> = {};
    for (const f of ACTION_TEXT_FIELDS) {
      const t = text(at(f, r));
      if (t !== null) fields[f] = t;
    }
    const start = dateValue(at('start', r), false);
    const end = dateValue(at('end', r), true);
    if (start !== null) fields.start = start;
    if (end !== null) fields.end = end;
    const progressCell = at('progress', r);
    const progressColumn = cols.get('progress');
    if (progressCell !== null && progressColumn !== undefined) {
      const progress = parsePercentCell(progressCell, grid.format(r, progressColumn));
      const kept = text(progressCell);
      if (progress.value !== null) fields.progress = progress.value;
      else if (kept !== null) fields.progress = kept;
    }
    let budgetCents: number | null = null;
    if (budgetColumn !== undefined) {
      const money = readMoney(grid.raw(r, budgetColumn));
      if (money.kind === 'amount') {
        budgetCents = money.cents;
        budget += money.cents;
      } else if (money.kind === 'not-a-number') {
        skipped += run.skipCell(area, grid, r, budgetColumn, 'not-a-number');
      }
    }
    const statusText = text(at('status', r));
    const axisTitleHere = axisCell !== null ? (axisOf(axisCell)?.title ?? axisCell) : axisTitle;
    run.addAction({
      number,
      numberAssigned: numberText === null,
      title: title ?? numbered?.rest ?? null,
      axisNumber: axisNo,
      axis: axisTitleHere,
      status: statusText === null ? null : run.mapped('Statut', run.mapping.values.actionStatus, ACTION_STATUS_MAP, statusText),
      budgetCents,
      fields,
      source: cellRef(area, r, cols.get('actionNumber') ?? cols.get('title') ?? grid.left),
    });
  }
  run.conservation.push({ area: area.id, kind: area.kind, sourceCents: source, importedCents: 0, budgetCents: budget, skippedCents: skipped, numbers, balanced: source === budget + skipped });
}

const FICHE_TEXT_FIELDS = ['goal', 'objective', 'context', 'actionObjective', 'description', 'pilot', 'coPilot', 'partners', 'territory', 'audience'] as const;

/**
 * One fiche action → one CLS_Actions row. Fiches are read after the dashboards: an action a dashboard
 * already holds (same N° action) stays one row, and the dashboard's values win where both give one (it is
 * the follow-up kept up to date; the fiche is written once, at signature); the fiche fills what the
 * dashboard lacks (Contexte, Descriptif, Objectif…). Its Budget is counted as the action's budget, or,
 * when the dashboard already gives one, listed as skipped (`budget-duplicate`): the line balances either way.
 */
function actionFiche(run: Run, grid: Grid, area: ActionFicheArea): void {
  const lineOf = (field: keyof ActionFicheArea['lines']): { row: number; index: number } | null => {
    const line = area.lines[field];
    return line === undefined ? null : { row: line.row, index: columnNumber(line.column) };
  };
  const value = (field: keyof ActionFicheArea['lines']): CellValue => {
    const line = lineOf(field);
    return line === null ? null : grid.shown(line.row, line.index);
  };
  const budgetLine = lineOf('budget');
  const budgetMoney = budgetLine === null ? ({ kind: 'empty' } as const) : readMoney(grid.raw(budgetLine.row, budgetLine.index));
  const source = budgetMoney.kind === 'amount' ? budgetMoney.cents : 0;
  const numbers = budgetMoney.kind === 'amount' ? 1 : 0;
  let budget = 0;
  let skipped = 0;
  const skipBudget = (reason: SkipReason): void => {
    if (budgetLine !== null) skipped += run.skipCell(area, grid, budgetLine.row, budgetLine.index, reason);
  };
  const conserve = (): void => {
    if (budgetLine === null) return;
    run.conservation.push({ area: area.id, kind: area.kind, sourceCents: source, importedCents: 0, budgetCents: budget, skippedCents: skipped, numbers, balanced: source === budget + skipped });
  };
  if (!area.include) {
    run.skipRow(area, grid, area.firstRow, 'area-excluded');
    skipBudget('area-excluded');
    return conserve();
  }
  // « Fiche action n° 1.1.1 » in one cell: the number is in the label itself.
  const numberText = text(value('actionNumber')) ?? /\b(\d+(?:\.\d+)+)\b/.exec(area.lines.actionNumber?.label ?? '')?.[1] ?? null;
  const titleText = text(value('title'));
  const fromNumber = numberText === null ? null : actionNumberOf(numberText);
  const fromTitle = titleText === null ? null : actionNumberOf(titleText);
  const title = fromTitle !== null && fromTitle.rest !== '' ? fromTitle.rest : titleText;
  if (numberText === null && title === null && area.sheetNumber === null) {
    run.skipRow(area, grid, area.firstRow, 'no-action');
    skipBudget('no-action');
    return conserve();
  }
  const sameTitle = title !== null ? run.actionByTitle(title) : null;
  const given = fromNumber?.number ?? numberText ?? fromTitle?.number ?? area.sheetNumber ?? sameTitle;
  const number = given ?? new Numberer((n) => run.actions.has(n)).next(null);
  if (given === null) run.notes.push({ kind: 'number-assigned', sheet: area.sheet, cell: cellAddress(lineOf('title')?.row ?? area.firstRow, lineOf('title')?.index ?? grid.left), number, title: title ?? '' });
  const fields: Record<string, ImportedValue> = {};
  for (const f of FICHE_TEXT_FIELDS) {
    const v = value(f);
    const t = typeof v === 'number' ? String(v) : text(v);
    if (t !== null) fields[f] = t;
  }
  const start = dateValue(value('start'), false);
  const end = dateValue(value('end'), true);
  if (start !== null) fields.start = start;
  if (end !== null) fields.end = end;
  const existing = run.actions.get(number);
  let budgetCents: number | null = null;
  if (budgetMoney.kind === 'amount') {
    if (existing !== undefined && existing.budgetCents !== null) skipBudget('budget-duplicate');
    else {
      budgetCents = budgetMoney.cents;
      budget += budgetMoney.cents;
    }
  } else if (budgetMoney.kind === 'not-a-number') {
    skipBudget('not-a-number');
  }
  const action: ImportedAction = {
    number,
    numberAssigned: given === null,
    title,
    axisNumber: null,
    axis: null,
    status: null,
    budgetCents,
    fields,
    source: cellRef(area, lineOf('actionNumber')?.row ?? lineOf('title')?.row ?? area.firstRow, lineOf('actionNumber')?.index ?? lineOf('title')?.index ?? grid.left),
  };
  if (existing === undefined) run.actions.set(number, action);
  else {
    // Never two rows for one action: what is already there (the dashboard's) wins, the fiche fills the gaps.
    run.actions.set(number, {
      ...existing,
      title: existing.title ?? action.title,
      budgetCents: existing.budgetCents ?? action.budgetCents,
      fields: { ...action.fields, ...existing.fields },
      numberAssigned: existing.numberAssigned && action.numberAssigned,
    });
  }
  conserve();
}

const INDICATOR_TEXT_FIELDS = ['operationalObjective', 'expectedResults', 'indicatorType', 'indicatorNature', 'target', 'evaluator', 'when'] as const;

function evaluationGrid(run: Run, grid: Grid, area: EvaluationGridArea): void {
  const cols = fieldColumns(area.columns);
  const numberColumn = cols.get('actionNumber');
  const indicatorColumn = cols.get('indicator');
  let current: string | null = null;
  for (let r = area.firstRow; r <= area.lastRow; r++) {
    if (isBlankRow(grid, r)) continue;
    if (!area.include) {
      run.skipRow(area, grid, r, 'area-excluded');
      continue;
    }
    // The action number merged down over its indicator rows shows in every covered cell.
    const shownNumber = numberColumn === undefined ? null : text(grid.shown(r, numberColumn));
    const indicator = indicatorColumn === undefined ? null : text(grid.shown(r, indicatorColumn));
    const label = firstText(grid, r, [...cols.values()]) ?? '';
    if (TOTAL_LABEL.test(headerKey(label))) {
      run.skipRow(area, grid, r, 'total');
      continue;
    }
    const across = indicatorColumn === undefined ? null : grid.mergeOf(r, indicatorColumn);
    if (across !== null && across.right > across.left) {
      run.skipRow(area, grid, r, axisOf(label) !== null ? 'axis-title' : 'no-indicator');
      continue;
    }
    if (shownNumber !== null) current = actionNumberOf(shownNumber)?.number ?? shownNumber;
    if (indicator === null) {
      const axis = axisOf(label);
      run.skipRow(area, grid, r, axis !== null ? 'axis-title' : 'no-indicator');
      continue;
    }
    if (shownNumber === null && current !== null && numberColumn !== undefined) {
      run.notes.push({ kind: 'action-filled-down', sheet: area.sheet, cell: cellAddress(r, numberColumn), action: current });
    }
    const fields: Record<string, ImportedValue> = {};
    for (const f of INDICATOR_TEXT_FIELDS) {
      const c = cols.get(f);
      const value = c === undefined ? null : grid.shown(r, c);
      if (typeof value === 'number') fields[f] = value;
      else {
        const t = text(value);
        if (t !== null) fields[f] = t;
      }
    }
    const toolText = text(cols.get('tool') === undefined ? null : grid.shown(r, cols.get('tool') ?? 0));
    if (toolText !== null) fields.tool = run.mapped("Outil d'évaluation", run.mapping.values.evaluationTool, EVALUATION_TOOL_MAP, toolText);
    run.indicators.push({ action: current, indicator, fields, source: cellRef(area, r, indicatorColumn ?? grid.left) });
  }
}

/**
 * Applies the mapping to the snapshot. Pure; never throws on workbook content: whatever is not
 * imported is listed with its reason, and each money area's numbers balance to the cent.
 */
export function applyMapping(snapshot: WorkbookSnapshot, mapping: ImportMapping, options: ExtractOptions): ImportResult {
  const run = new Run(mapping, options.profile, options.yearFrom ?? 'option');
  // A sheet too large to scan is never proposed; a saved mapping naming it is refused before this (importWorkbook).
  const grids = new Map(snapshot.sheets.filter((s) => tooLargeToScan(s) === null).map((s) => [s.name, gridOf(s)]));
  // Actions first (dashboards name them best, then fiches), then money, then indicators.
  // Fiches right after the dashboards, so that a matrix row without a number finds the fiche's action by its title.
  const order: Readonly<Record<MappingArea['kind'], number>> = { 'action-list': 0, 'action-fiche': 1, 'partner-matrix': 2, 'funding-list': 3, 'evaluation-grid': 4 };
  const areas = [...mapping.areas].sort((a, b) => order[a.kind] - order[b.kind]);
  for (const area of areas) {
    const grid = grids.get(area.sheet);
    if (!grid) continue;
    if (area.kind === 'partner-matrix') matrix(run, grid, area);
    else if (area.kind === 'funding-list') fundingList(run, grid, area);
    else if (area.kind === 'action-list') actionList(run, grid, area);
    else if (area.kind === 'action-fiche') actionFiche(run, grid, area);
    else evaluationGrid(run, grid, area);
  }
  for (const [key, count] of run.kept) {
    const [field = '', value = ''] = key.split('\u0000');
    run.notes.push({ kind: 'value-kept', field, value, count });
  }
  const known = new Set(DEFAULT_FUNDER_NAMES);
  const extraFunders = [...new Set(run.fundings.map((f) => f.funder).filter((f) => f !== '' && !known.has(f)))];
  return {
    actions: [...run.actions.values()],
    fundings: run.fundings,
    indicators: run.indicators,
    extraFunders,
    skippedCells: run.skippedCells,
    skippedRows: run.skippedRows,
    conservation: run.conservation,
    notes: run.notes,
    missingYear: [...run.missingYear],
  };
}

/** Missing areas of a mapping against a snapshot: a sheet that is not there. */
export function missingSheets(snapshot: WorkbookSnapshot, mapping: ImportMapping): string[] {
  const names = new Set(snapshot.sheets.map((s) => s.name));
  return [...new Set(mapping.areas.map((a) => a.sheet).filter((s) => !names.has(s)))];
}
