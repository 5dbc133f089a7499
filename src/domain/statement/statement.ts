/**
 * The partner statement (« relevé partenaire »): one partner's commitments by action and year, nature and status,
 * its share of each action's budget and of the whole CLS, and for the ARS the coordination-post rules. Every
 * figure is `computeTotals` over the partner's lines, so it is the partner's column of the live matrix.
 */
import type { FundingRow, WorkbookModel } from '../model';
import { excelTextEquals } from '../partners/excel-text';
import { matchFunder, resolvePartner } from '../partners/match';
import type { FundingTotals, ProfileId, StatusCents, ValidationReport } from '../report';
import type { CountedStatus } from '../totals';
import { computeTotals, countedStatus, criterionText, partnerColumns } from '../totals';
import { FUNDING_OBJECTS } from '../workbook/lists';
import type { CoordinationVerdict } from './coordination';
import { coordinationVerdicts } from './coordination';

export interface StatementMoney extends StatusCents {
  /** securedCents + requestedCents: what the matrix counts. */
  readonly committedCents: number;
  /** Humain valorisé and Matériel valorisé, outside the committed total. */
  readonly valuedCents: number;
}

/** One action, or one other objet (Coordination, Diagnostic…), with the partner's money on it. */
export interface StatementRow {
  readonly object: string;
  /** N° action for an action; null for another objet. */
  readonly action: string | null;
  /** The action's title, or the objet. */
  readonly title: string;
  readonly money: StatementMoney;
  /** The action's budget (whole contract); for Coordination, the post's cost over the period shown. */
  readonly budgetCents: number | null;
  /** Every partner's committed money on it, over the period shown. */
  readonly allPartnersCents: number;
  /** The partner's committed money / the budget. */
  readonly shareOfBudget: number | null;
}

/** How a line of the partner counts. */
export type LineBasis = 'committed' | 'forecast' | 'valued' | 'not-counted';

export interface StatementLine {
  readonly row: number;
  /** A1 address of the amount. */
  readonly cell: string;
  readonly sheet: string;
  readonly object: string;
  readonly action: string | null;
  readonly year: number | null;
  readonly nature: string;
  readonly status: string;
  /** The amount as read; null when it is not a number. */
  readonly amountCents: number | null;
  readonly basis: LineBasis;
  /** The Financeur as typed. */
  readonly funder: string;
}

export interface StatementYear {
  /** `2026`, or `?` for lines without a year. */
  readonly year: string;
  readonly money: StatusCents & { readonly committedCents: number };
}

export interface PartnerStatement {
  /** The entry of the partner list, as written there. */
  readonly partner: string;
  /** The catalogue's name for it (`CPAM`), when known. */
  readonly catalogueName: string | null;
  readonly clsName: string | null;
  readonly territory: string | null;
  readonly profile: ProfileId;
  readonly asOf: string;
  readonly contractYears: readonly number[];
  /** The year asked for, or null for the whole contract. */
  readonly year: number | null;
  readonly money: StatementMoney;
  /** The whole CLS's committed money over the same period. */
  readonly clsCommittedCents: number;
  readonly shareOfCls: number | null;
  readonly byYear: readonly StatementYear[];
  readonly rows: readonly StatementRow[];
  /** The partner's lines, as the matrix reads them. */
  readonly lines: readonly StatementLine[];
  /** Lines meant for the partner but written otherwise (`cpam `): in no column of the matrix, so not in this statement's totals. */
  readonly otherSpellings: readonly StatementLine[];
  /** For the ARS: the coordination-post rules per year; null for other partners. */
  readonly coordination: readonly CoordinationVerdict[] | null;
}

export interface StatementOptions {
  /** An entry of the partner list (see `choosePartner`). */
  readonly partner: string;
  readonly year?: number | null;
}

const OTHER_OBJECTS = FUNDING_OBJECTS.filter((o) => o !== 'Action');

const moneyOf = (totals: FundingTotals): StatementMoney => ({
  securedCents: totals.securedCents,
  requestedCents: totals.requestedCents,
  forecastCents: totals.forecastCents,
  committedCents: totals.committedCents,
  valuedCents: totals.valuedCents,
});

const BASIS: Readonly<Record<CountedStatus, LineBasis>> = { Acquis: 'committed', Sollicité: 'committed', Prévisionnel: 'forecast' };

function basisOf(f: FundingRow): LineBasis {
  const status = countedStatus(f);
  if (status !== null) return BASIS[status];
  const valued = typeof f.amountCents.ref.raw === 'number' && ['Humain valorisé', 'Matériel valorisé'].some((n) => excelTextEquals(n, f.nature.ref.raw));
  return valued ? 'valued' : 'not-counted';
}

function lineOf(f: FundingRow): StatementLine {
  return {
    row: f.row,
    cell: f.amountCents.ref.address,
    sheet: f.amountCents.ref.sheet,
    object: criterionText(f.object.ref.raw),
    action: f.actionNumber.value,
    year: f.year.value,
    nature: criterionText(f.nature.ref.raw),
    status: criterionText(f.status.ref.raw),
    amountCents: typeof f.amountCents.ref.raw === 'number' ? f.amountCents.value : null,
    basis: basisOf(f),
    funder: criterionText(f.funder.ref.raw),
  };
}

/** Which row of the statement a line belongs to, as the matrix's rows read it: the action, the objet, or the objet as typed. */
function rowKey(f: FundingRow): { object: string; action: string | null } {
  if (excelTextEquals('Action', f.object.ref.raw)) return { object: 'Action', action: criterionText(f.actionNumber.ref.raw) };
  const object = OTHER_OBJECTS.find((o) => excelTextEquals(o, f.object.ref.raw));
  return { object: object ?? criterionText(f.object.ref.raw), action: null };
}

/**
 * The statement of one partner of the list over the whole contract or one year.
 * @throws Error when `partner` is no entry of the workbook's partner list (programmer misuse: see choosePartner).
 */
export function partnerStatement(model: WorkbookModel, report: ValidationReport, options: StatementOptions): PartnerStatement {
  const { partner } = options;
  if (!partnerColumns(model).includes(partner)) throw new Error(`"${partner}" is no entry of the partner list`);
  const year = options.year ?? null;
  const profile = report.profile;
  const inPeriod = (f: FundingRow): boolean => year === null || f.year.value === year;
  const totalsOf = (fundings: readonly FundingRow[]): FundingTotals => computeTotals({ ...model, fundings }, profile);
  // The partner's column of the matrix: SUMIFS on the Financeur as written in the list.
  const own = model.fundings.filter((f) => excelTextEquals(partner, f.funder.ref.raw) && inPeriod(f));
  const ownTotals = totalsOf(own);
  const period = year === null ? report.totals : totalsOf(model.fundings.filter(inPeriod));

  const rows = statementRows(model, own, inPeriod, year, totalsOf);
  const list = partnerColumns(model);
  const otherSpellings = model.fundings
    .filter((f) => inPeriod(f) && !excelTextEquals(partner, f.funder.ref.raw) && criterionText(f.funder.ref.raw).trim() !== '')
    .filter((f) => {
      const match = matchFunder(criterionText(f.funder.ref.raw), list, profile);
      return match.kind === 'variant' && match.suggestions.includes(partner);
    })
    .map(lineOf);
  const isArs = resolvePartner(partner, profile)?.id === 'ars';
  const coordinationYears = report.totals.coordination.filter((y) => year === null || y.year === year);
  return {
    partner,
    catalogueName: resolvePartner(partner, profile)?.name ?? null,
    clsName: model.parameters.name,
    territory: model.parameters.territory,
    profile,
    asOf: report.asOf,
    contractYears: report.contractYears,
    year,
    money: moneyOf(ownTotals),
    clsCommittedCents: period.committedCents,
    shareOfCls: period.committedCents > 0 ? ownTotals.committedCents / period.committedCents : null,
    byYear: Object.entries(ownTotals.byYearStatusCents).map(([y, s]) => ({ year: y, money: { ...s, committedCents: s.securedCents + s.requestedCents } })),
    rows,
    lines: own.map(lineOf),
    otherSpellings,
    coordination: isArs ? coordinationVerdicts(coordinationYears, report.findings, profile) : null,
  };
}

/** Actions in the plan's order, then the other objets in the list's order, then anything typed otherwise. */
function statementRows(
  model: WorkbookModel,
  own: readonly FundingRow[],
  inPeriod: (f: FundingRow) => boolean,
  year: number | null,
  totalsOf: (fundings: readonly FundingRow[]) => FundingTotals,
): StatementRow[] {
  const idOf = (f: FundingRow): string => {
    const key = rowKey(f);
    return `${key.object}\u0000${key.action ?? ''}`;
  };
  const everyone = new Map<string, FundingRow[]>();
  for (const f of model.fundings.filter(inPeriod)) {
    const id = idOf(f);
    (everyone.get(id) ?? everyone.set(id, []).get(id)!).push(f);
  }
  const groups = new Map<string, { object: string; action: string | null; lines: FundingRow[] }>();
  for (const f of own) {
    const id = idOf(f);
    const group = groups.get(id) ?? groups.set(id, { ...rowKey(f), lines: [] }).get(id)!;
    group.lines.push(f);
  }
  const planIndex = (action: string): number => model.actions.findIndex((a) => a.number.value !== null && excelTextEquals(criterionText(a.number.ref.raw), action));
  const order = (g: { object: string; action: string | null }): number => {
    if (g.action !== null) {
      const index = planIndex(g.action);
      return index < 0 ? model.actions.length : index;
    }
    const index = OTHER_OBJECTS.indexOf(g.object as (typeof OTHER_OBJECTS)[number]);
    return model.actions.length + 1 + (index < 0 ? OTHER_OBJECTS.length : index);
  };
  const { coordinationPostCostCents: cost, durationYears } = model.parameters;
  const coordinationBudget = cost === null ? null : year !== null ? cost : durationYears === null ? null : cost * durationYears;
  return [...groups.entries()]
    .sort(([, a], [, b]) => order(a) - order(b) || (a.action ?? a.object).localeCompare(b.action ?? b.object, 'fr', { numeric: true }))
    .map(([id, g]) => {
      const money = moneyOf(totalsOf(g.lines));
      const planned = g.action === null ? undefined : model.actions[planIndex(g.action)];
      const budgetCents = planned ? planned.budgetCents.value : g.object === 'Coordination' ? coordinationBudget : null;
      return {
        object: g.object,
        action: g.action,
        title: g.action === null ? g.object : (planned?.title.value ?? ''),
        money,
        budgetCents,
        allPartnersCents: totalsOf(everyone.get(id) ?? []).committedCents,
        shareOfBudget: budgetCents !== null && budgetCents > 0 ? money.committedCents / budgetCents : null,
      };
    });
}
