/** Funding totals in integer cents, on the CONTRACT §3 basis: Financier commitments, Acquis or Sollicité. */
import type { FundingRow, WorkbookModel } from './model';
import type { ActionFunding, CoordinationYear, FundingTotals } from './report';
import { fold } from './values/text';

/** 25 000 € per FTE and per year (seed 004_6c4d6d0ed7a0af23.txt:308; 000_afa51b918c030d0f.txt:1323). */
export const ARS_COORDINATION_CAP_CENTS_PER_FTE = 2_500_000;
/** The ARS funds at most 50 % of the post (seed 004_6c4d6d0ed7a0af23.txt:308). */
export const ARS_COORDINATION_SHARE = 0.5;

export const isArs = (funder: string): boolean => {
  const f = fold(funder);
  return f === 'ars' || f.startsWith('ars ') || f.startsWith('agence regionale de sante');
};

/** Counts in the committed totals (and in the matrix formulas). */
export const isCommitted = (f: FundingRow): boolean =>
  f.nature.value === 'Financier' && (f.status.value === 'Acquis' || f.status.value === 'Sollicité') && f.amountCents.value !== null;

/** Money actually planned for the coordination post: Financier, whatever the status, so a planned excess is caught too. */
export const isCoordinationMoney = (f: FundingRow): boolean =>
  f.object.value === 'Coordination' && f.nature.value === 'Financier' && f.amountCents.value !== null && f.year.value !== null;

export const actionKey = (n: string | null): string => (n === null ? '' : fold(n));

const add = (record: Record<string, number>, key: string, cents: number): void => {
  record[key] = (record[key] ?? 0) + cents;
};

export function computeTotals(model: WorkbookModel): FundingTotals {
  let committedCents = 0;
  let forecastCents = 0;
  let valuedCents = 0;
  const byFunderCents: Record<string, number> = {};
  const byYearCents: Record<string, number> = {};
  const byFunderYearCents: Record<string, Record<string, number>> = {};
  const byActionCents = new Map<string, number>();

  // A funder written `caf` is the list's `CAF`: one partner in the totals, as in the matrix's SUMIFS.
  const canonical = new Map(model.funders.flatMap((r) => (r.name.value === null ? [] : [[fold(r.name.value), r.name.value] as const])));
  for (const f of model.fundings) {
    const cents = f.amountCents.value;
    if (cents === null) continue;
    if (f.nature.value !== null && f.nature.value !== 'Financier') valuedCents += cents;
    else if (f.nature.value === 'Financier' && f.status.value === 'Prévisionnel') forecastCents += cents;
    if (!isCommitted(f)) continue;
    committedCents += cents;
    const funder = f.funder.value === null ? '?' : (canonical.get(fold(f.funder.value)) ?? f.funder.value);
    const year = f.year.value === null ? '?' : String(f.year.value);
    add(byFunderCents, funder, cents);
    add(byYearCents, year, cents);
    add((byFunderYearCents[funder] ??= {}), year, cents);
    if (f.object.value === 'Action') {
      const key = actionKey(f.actionNumber.value);
      byActionCents.set(key, (byActionCents.get(key) ?? 0) + cents);
    }
  }

  const byAction: ActionFunding[] = model.actions
    .filter((a) => a.number.value !== null)
    .map((a) => {
      const committed = byActionCents.get(actionKey(a.number.value)) ?? 0;
      const budget = a.budgetCents.value;
      return {
        action: a.number.value ?? '',
        title: a.title.value ?? '',
        budgetCents: budget,
        committedCents: committed,
        remainingCents: budget === null ? null : budget - committed,
      };
    });

  // Partners in the order of the workbook's partner list, then any unknown funder by name; years ascending.
  const listed = model.funders.map((f) => f.name.value).filter((n): n is string => n !== null);
  const rank = (name: string): number => {
    const i = listed.findIndex((n) => fold(n) === fold(name));
    return i < 0 ? listed.length : i;
  };
  const funderOrder = Object.keys(byFunderCents).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'fr'));
  const ordered = <T>(record: Record<string, T>, keys: string[]): Record<string, T> =>
    Object.fromEntries(keys.map((k) => [k, record[k] as T]));
  return {
    committedCents,
    byFunderCents: ordered(byFunderCents, funderOrder),
    byYearCents: ordered(byYearCents, Object.keys(byYearCents).sort()),
    byFunderYearCents: ordered(byFunderYearCents, funderOrder),
    byAction,
    coordination: coordinationYears(model),
    forecastCents,
    valuedCents,
  };
}

function coordinationYears(model: WorkbookModel): CoordinationYear[] {
  const years = new Map<number, { ars: number; others: number }>();
  for (const f of model.fundings) {
    if (!isCoordinationMoney(f)) continue;
    const y = years.get(f.year.value ?? 0) ?? { ars: 0, others: 0 };
    if (isArs(f.funder.value ?? '')) y.ars += f.amountCents.value ?? 0;
    else y.others += f.amountCents.value ?? 0;
    years.set(f.year.value ?? 0, y);
  }
  const { coordinationFte, coordinationPostCostCents } = model.parameters;
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({
      year,
      arsCents: y.ars,
      othersCents: y.others,
      capCents: Math.round(ARS_COORDINATION_CAP_CENTS_PER_FTE * coordinationFte),
      shareCapCents: coordinationPostCostCents === null ? null : Math.round(coordinationPostCostCents * ARS_COORDINATION_SHARE),
    }));
}
