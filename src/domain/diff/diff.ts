/**
 * What changed between two versions of a CLS workbook: commitments, actions, indicator measures and partners, matched
 * by their content (objet, N° action, financeur, nature, année; N° action; action and indicator), never by row, and
 * the committed money per partner before and after, to the cent (the validation's totals of each version).
 */
import type { FundingRow, IndicatorRow, WorkbookModel } from '../model';
import type { ValidationReport } from '../report';
import { reviewPartnerName } from '../review/summary';
import { criterionText, partnerColumns } from '../totals';
import { isEmptyValue } from '../values/cells';
import { serialToIso } from '../values/dates';
import { fold } from '../values/text';
import type { CellValue } from '../workbook/snapshot';

export interface Commitment {
  readonly row: number;
  /** A1 address of the amount. */
  readonly cell: string;
  readonly object: string;
  readonly action: string | null;
  readonly funder: string;
  readonly nature: string;
  readonly year: number | null;
  /** null when the amount is not a number. */
  readonly amountCents: number | null;
  readonly status: string;
}

export type CommitmentField = 'amount' | 'status' | 'year';

export type CommitmentChange =
  | { readonly kind: 'added'; readonly after: Commitment }
  | { readonly kind: 'removed'; readonly before: Commitment }
  | { readonly kind: 'changed'; readonly before: Commitment; readonly after: Commitment; readonly fields: readonly CommitmentField[] };

export type ActionField = 'title' | 'status' | 'start' | 'end' | 'progress' | 'budget';

/** A value as the diff shows it: text, an ISO date, a fraction, cents. */
export type DiffValue = string | number | null;

export interface ActionChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly action: string;
  readonly title: string;
  readonly changes: readonly { readonly field: ActionField; readonly before: DiffValue; readonly after: DiffValue }[];
}

export interface MeasureChange {
  /** `measured` when the cell was empty before. */
  readonly kind: 'measured' | 'changed';
  readonly action: string;
  readonly indicator: string;
  /** Contract year index (`Réalisé année 2` → 2). */
  readonly year: number;
  readonly before: DiffValue;
  readonly after: DiffValue;
}

export interface PartnerDelta {
  readonly partner: string;
  readonly beforeCents: number;
  readonly afterCents: number;
}

export interface WorkbookDiff {
  readonly name: string | null;
  readonly territory: string | null;
  readonly commitments: readonly CommitmentChange[];
  readonly actions: readonly ActionChange[];
  readonly measures: readonly MeasureChange[];
  readonly partnersAdded: readonly string[];
  readonly partnersRemoved: readonly string[];
  /** Partners whose committed money moved, by the catalogue's name. */
  readonly money: readonly PartnerDelta[];
  readonly unlisted: { readonly beforeCents: number; readonly afterCents: number };
  readonly committed: { readonly beforeCents: number; readonly afterCents: number };
}

export interface Version {
  readonly model: WorkbookModel;
  readonly report: ValidationReport;
}

const text = (raw: CellValue): string => criterionText(raw).trim();

function commitmentOf(f: FundingRow): Commitment {
  return {
    row: f.row,
    cell: f.amountCents.ref.address,
    object: text(f.object.ref.raw),
    action: f.actionNumber.value,
    funder: text(f.funder.ref.raw),
    nature: text(f.nature.ref.raw),
    year: f.year.value,
    amountCents: f.amountCents.value,
    status: text(f.status.ref.raw),
  };
}

/** What identifies a commitment, the year aside: objet, N° action, financeur, nature. */
const lineKey = (c: Commitment): string => [c.object, c.action ?? '', c.funder, c.nature].map(fold).join('\u0000');
const yearKey = (c: Commitment): string => `${lineKey(c)}\u0000${c.year ?? ''}`;

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(key(item)) ?? groups.set(key(item), []).get(key(item))!).push(item);
  return groups;
}

const changedFields = (a: Commitment, b: Commitment): CommitmentField[] => [
  ...(a.amountCents !== b.amountCents ? (['amount'] as const) : []),
  ...(fold(a.status) !== fold(b.status) ? (['status'] as const) : []),
  ...(a.year !== b.year ? (['year'] as const) : []),
];

/** Pairs the lines of both versions: same line and year first (identical, then changed), then same line another year. */
export function diffCommitments(before: readonly Commitment[], after: readonly Commitment[]): CommitmentChange[] {
  const changes: CommitmentChange[] = [];
  const unmatchedBefore: Commitment[] = [];
  const unmatchedAfter: Commitment[] = [];
  const afterByYear = group(after, yearKey);
  for (const [key, olds] of group(before, yearKey)) {
    const news = [...(afterByYear.get(key) ?? [])];
    afterByYear.delete(key);
    const left: Commitment[] = [];
    for (const old of olds) {
      const same = news.findIndex((n) => changedFields(old, n).length === 0);
      if (same >= 0) news.splice(same, 1);
      else left.push(old);
    }
    for (const old of left) {
      const next = news.shift();
      if (next) changes.push({ kind: 'changed', before: old, after: next, fields: changedFields(old, next) });
      else unmatchedBefore.push(old);
    }
    unmatchedAfter.push(...news);
  }
  for (const news of afterByYear.values()) unmatchedAfter.push(...news);
  const addedByLine = group(unmatchedAfter, lineKey);
  for (const old of unmatchedBefore) {
    const next = addedByLine.get(lineKey(old))?.shift();
    changes.push(next ? { kind: 'changed', before: old, after: next, fields: changedFields(old, next) } : { kind: 'removed', before: old });
  }
  for (const news of addedByLine.values()) for (const next of news) changes.push({ kind: 'added', after: next });
  const rowOf = (c: CommitmentChange): number => (c.kind === 'removed' ? c.before.row : c.after.row);
  return changes.sort((a, b) => rowOf(a) - rowOf(b) || (a.kind === 'removed' ? -1 : 1));
}

type ActionRowOf = WorkbookModel['actions'][number];

const actionValues = (a: ActionRowOf): Record<ActionField, DiffValue> => ({
  title: a.title.value,
  status: a.status.value,
  start: a.start.value === null ? null : serialToIso(a.start.value),
  end: a.end.value === null ? null : serialToIso(a.end.value),
  progress: a.progress.value,
  budget: a.budgetCents.value,
});

const ACTION_FIELDS: readonly ActionField[] = ['title', 'status', 'start', 'end', 'progress', 'budget'];

function diffActions(before: WorkbookModel, after: WorkbookModel): ActionChange[] {
  const key = (a: ActionRowOf): string => fold(a.number.value ?? '');
  const olds = new Map(before.actions.filter((a) => a.number.value !== null).map((a) => [key(a), a]));
  const changes: ActionChange[] = [];
  const seen = new Set<string>();
  for (const a of after.actions.filter((x) => x.number.value !== null)) {
    seen.add(key(a));
    const old = olds.get(key(a));
    if (!old) {
      changes.push({ kind: 'added', action: a.number.value ?? '', title: a.title.value ?? '', changes: [] });
      continue;
    }
    const [was, is] = [actionValues(old), actionValues(a)];
    const fields = ACTION_FIELDS.filter((f) => (typeof was[f] === 'string' && typeof is[f] === 'string' ? fold(String(was[f])) !== fold(String(is[f])) : was[f] !== is[f]));
    if (fields.length > 0) changes.push({ kind: 'changed', action: a.number.value ?? '', title: a.title.value ?? '', changes: fields.map((f) => ({ field: f, before: was[f], after: is[f] })) });
  }
  for (const [k, old] of olds) if (!seen.has(k)) changes.push({ kind: 'removed', action: old.number.value ?? '', title: old.title.value ?? '', changes: [] });
  return changes;
}

const measureValue = (v: CellValue | null): DiffValue => {
  if (v === null || isEmptyValue(v)) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return typeof v === 'boolean' ? String(v) : v.code;
};

function diffMeasures(before: WorkbookModel, after: WorkbookModel): MeasureChange[] {
  const key = (i: IndicatorRow): string => `${fold(i.actionNumber.value ?? '')}\u0000${fold(i.indicator.value ?? '')}`;
  const olds = group(before.indicators, key);
  const changes: MeasureChange[] = [];
  for (const i of after.indicators) {
    const old = olds.get(key(i))?.shift();
    for (const m of i.measures) {
      const now = measureValue(m.field.value);
      const was = measureValue(old?.measures.find((x) => x.year === m.year)?.field.value ?? null);
      if (now === was || now === null) continue;
      changes.push({ kind: was === null ? 'measured' : 'changed', action: i.actionNumber.value ?? '', indicator: i.indicator.value ?? '', year: m.year, before: was, after: now });
    }
  }
  return changes;
}

/** Committed cents by partner, by the catalogue's name so that a list entry renamed `CPAM de la Manche` stays the CPAM. */
function byPartner(v: Version): Map<string, number> {
  const money = new Map<string, number>();
  for (const [entry, cents] of Object.entries(v.report.totals.byFunderCents)) {
    const name = reviewPartnerName(entry, v.report.profile);
    money.set(name, (money.get(name) ?? 0) + cents);
  }
  return money;
}

const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);

/** True when both versions name the same CLS: same name and territory (case, accents, spaces aside; a missing one matches). */
export function sameCls(before: WorkbookModel, after: WorkbookModel): boolean {
  const same = (a: string | null, b: string | null): boolean => a === null || b === null || fold(a) === fold(b);
  return same(before.parameters.name, after.parameters.name) && same(before.parameters.territory, after.parameters.territory);
}

/** The changes from `before` to `after` (two versions of the same CLS: see sameCls). */
export function diffVersions(before: Version, after: Version): WorkbookDiff {
  const [listBefore, listAfter] = [partnerColumns(before.model), partnerColumns(after.model)];
  const hasFolded = (list: readonly string[], name: string): boolean => list.some((x) => fold(x) === fold(name));
  const [moneyBefore, moneyAfter] = [byPartner(before), byPartner(after)];
  const partners = [...new Set([...moneyBefore.keys(), ...moneyAfter.keys()])];
  return {
    name: after.model.parameters.name ?? before.model.parameters.name,
    territory: after.model.parameters.territory ?? before.model.parameters.territory,
    commitments: diffCommitments(before.model.fundings.map(commitmentOf), after.model.fundings.map(commitmentOf)),
    actions: diffActions(before.model, after.model),
    measures: diffMeasures(before.model, after.model),
    partnersAdded: listAfter.filter((p) => !hasFolded(listBefore, p)),
    partnersRemoved: listBefore.filter((p) => !hasFolded(listAfter, p)),
    money: partners
      .map((partner) => ({ partner, beforeCents: moneyBefore.get(partner) ?? 0, afterCents: moneyAfter.get(partner) ?? 0 }))
      .filter((d) => d.beforeCents !== d.afterCents),
    unlisted: { beforeCents: sum(Object.values(before.report.totals.unlistedFunderCents)), afterCents: sum(Object.values(after.report.totals.unlistedFunderCents)) },
    committed: { beforeCents: before.report.totals.committedCents, afterCents: after.report.totals.committedCents },
  };
}
