/**
 * Funding totals in integer cents, counted exactly as the live SUMIFS of `Engagements partenaires` count
 * (CONTRACT §3: Financier commitments, Acquis or Sollicité). What SUMIFS cannot count — a partner written
 * otherwise than in the list, an amount or a year typed as text — is left out here too, and a rule says so at its cell.
 */
import type { FundingRow, WorkbookModel } from './model';
import { excelTextEquals } from './partners/excel-text';
import { isArs } from './partners/match';
import { profileFromParameter } from './profiles/profiles';
import type { ActionFunding, CoordinationYear, FundingTotals, ProfileId, StatusCents } from './report';
import { fold } from './values/text';
import type { CellValue } from './workbook/snapshot';

/** 25 000 € a year (seed 004_6c4d6d0ed7a0af23.txt:308), for each post in Centre-Val de Loire (000_afa51b918c030d0f.txt:1323). */
export const ARS_COORDINATION_CAP_CENTS = 2_500_000;
/** The ARS funds at most 50 % of the post (seed 004_6c4d6d0ed7a0af23.txt:308). */
export const ARS_COORDINATION_SHARE = 0.5;

/** The status of a Financier line as the matrix reads it, or null when SUMIFS would not count it at all. */
export type CountedStatus = 'Acquis' | 'Sollicité' | 'Prévisionnel';

/** Why SUMIFS counts a line: `Financier`, a status of the list, a number in `Montant (€)`, any year but the text `Toutes`. */
export function countedStatus(f: FundingRow): CountedStatus | null {
  if (!excelTextEquals('Financier', f.nature.ref.raw) || typeof f.amountCents.ref.raw !== 'number' || f.amountCents.value === null) return null;
  if (excelTextEquals('Toutes', f.year.ref.raw)) return null;
  const status = f.status.ref.raw;
  return (['Acquis', 'Sollicité', 'Prévisionnel'] as const).find((s) => excelTextEquals(s, status)) ?? null;
}

/** Money actually planned for the coordination post: Financier, whatever the status, so a planned excess is caught too. */
export const isCoordinationMoney = (f: FundingRow): boolean =>
  f.object.value === 'Coordination' && f.nature.value === 'Financier' && f.amountCents.value !== null && f.year.value !== null;

/** Valorised means on the post count as co-financing: the guides ask for « cofinancement », not cash (seed 004_6c4d6d0ed7a0af23.txt:310). */
const isCoordinationMeans = (f: FundingRow): boolean =>
  f.object.value === 'Coordination' && f.nature.value !== null && f.amountCents.value !== null && f.year.value !== null;

export const actionKey = (n: string | null): string => (n === null ? '' : fold(n));

/** The text SUMIFS takes as criterion from a cell (`INDEX(…)&""`). */
export const criterionText = (raw: CellValue): string => (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '');

const YEAR_UNKNOWN = '?';
const yearKey = (f: FundingRow): string => (f.year.value === null ? YEAR_UNKNOWN : String(f.year.value));

const zero = (): { securedCents: number; requestedCents: number; forecastCents: number } => ({ securedCents: 0, requestedCents: 0, forecastCents: 0 });
type MutableStatus = ReturnType<typeof zero>;

const addStatus = (into: MutableStatus, status: CountedStatus, cents: number): void => {
  if (status === 'Acquis') into.securedCents += cents;
  else if (status === 'Sollicité') into.requestedCents += cents;
  else into.forecastCents += cents;
};

const committedOf = (s: StatusCents): number => s.securedCents + s.requestedCents;

/** The matrix's partner columns: the entries of `CLS_Financeurs` as written, once each, in list order. */
export const partnerColumns = (model: WorkbookModel): string[] => [...new Set(model.funders.map((r) => criterionText(r.name.ref.raw)).filter((n) => n !== ''))];

/** Computes every total; `profile` decides how partners are recognised for the coordination rules. */
export function computeTotals(model: WorkbookModel, profile: ProfileId = profileFromParameter(model.parameters.regionalProfile)): FundingTotals {
  const all = zero();
  let valuedCents = 0;
  const byFunder = new Map<string, MutableStatus>();
  const byYear = new Map<string, MutableStatus>();
  const byFunderYear = new Map<string, Map<string, number>>();
  const unlisted = new Map<string, number>();
  // Partners and years with a committed line, even of 0 €, as the former totals listed them.
  const committedKeys = new Set<string>();
  const list = partnerColumns(model);

  for (const f of model.fundings) {
    if (f.amountCents.value !== null && typeof f.amountCents.ref.raw === 'number' && ['Humain valorisé', 'Matériel valorisé'].some((n) => excelTextEquals(n, f.nature.ref.raw))) {
      valuedCents += f.amountCents.value;
    }
    const status = countedStatus(f);
    const cents = f.amountCents.value;
    if (status === null || cents === null) continue;
    addStatus(all, status, cents);
    const year = yearKey(f);
    if (status !== 'Prévisionnel') committedKeys.add(`y:${year}`);
    addStatus(byYear.get(year) ?? byYear.set(year, zero()).get(year)!, status, cents);
    const funder = f.funder.ref.raw;
    const columns = list.filter((name) => excelTextEquals(name, funder));
    for (const name of columns) {
      addStatus(byFunder.get(name) ?? byFunder.set(name, zero()).get(name)!, status, cents);
      if (status !== 'Prévisionnel') {
        committedKeys.add(`f:${name}`);
        const years = byFunderYear.get(name) ?? byFunderYear.set(name, new Map()).get(name)!;
        years.set(year, (years.get(year) ?? 0) + cents);
      }
    }
    if (columns.length === 0 && status !== 'Prévisionnel') {
      const typed = criterionText(funder);
      unlisted.set(typed, (unlisted.get(typed) ?? 0) + cents);
    }
  }

  const funderOrder = list.filter((name) => byFunder.has(name));
  const yearOrder = [...byYear.keys()].sort();
  const committedFunders = funderOrder.filter((name) => committedKeys.has(`f:${name}`));
  return {
    ...all,
    committedCents: committedOf(all),
    valuedCents,
    byFunderCents: Object.fromEntries(committedFunders.map((name) => [name, committedOf(byFunder.get(name)!)])),
    byYearCents: Object.fromEntries(yearOrder.filter((y) => committedKeys.has(`y:${y}`)).map((y) => [y, committedOf(byYear.get(y)!)])),
    byFunderYearCents: Object.fromEntries(committedFunders.map((name) => [name, Object.fromEntries([...(byFunderYear.get(name) ?? new Map<string, number>())].sort(([a], [b]) => a.localeCompare(b)))])),
    byFunderStatusCents: Object.fromEntries(funderOrder.map((name) => [name, { ...byFunder.get(name)! }])),
    byYearStatusCents: Object.fromEntries(yearOrder.map((y) => [y, { ...byYear.get(y)! }])),
    unlistedFunderCents: Object.fromEntries(unlisted),
    byAction: actionTotals(model),
    coordination: coordinationYears(model, profile),
  };
}

/** One entry per row of `CLS_Actions`, as the matrix's action rows: SUMIFS on Objet `Action` and the N° action as written. */
function actionTotals(model: WorkbookModel): ActionFunding[] {
  const lines = model.fundings.flatMap((f) => {
    const status = countedStatus(f);
    return status !== null && f.amountCents.value !== null && excelTextEquals('Action', f.object.ref.raw) ? [{ f, status, cents: f.amountCents.value }] : [];
  });
  // A criterion without wildcards matches exactly the cells equal to it case aside: found by key, not by scanning
  // every line for every action (1 000 actions × 5 000 lines took seconds).
  const byKey = new Map<string, typeof lines>();
  for (const line of lines) {
    const raw = line.f.actionNumber.ref.raw;
    if (typeof raw !== 'string') continue;
    const key = raw.toLocaleUpperCase('fr');
    (byKey.get(key) ?? byKey.set(key, []).get(key) ?? []).push(line);
  }
  const matching = (criterion: string): typeof lines =>
    /[*?~]/.test(criterion) ? lines.filter(({ f }) => excelTextEquals(criterion, f.actionNumber.ref.raw)) : (byKey.get(criterion.toLocaleUpperCase('fr')) ?? []);
  return model.actions
    .filter((a) => a.number.value !== null)
    .map((a) => {
      const criterion = criterionText(a.number.ref.raw);
      const money = zero();
      for (const { status, cents } of matching(criterion)) addStatus(money, status, cents);
      const committed = committedOf(money);
      const budget = a.budgetCents.value;
      return {
        action: a.number.value ?? '',
        title: a.title.value ?? '',
        budgetCents: budget,
        ...money,
        committedCents: committed,
        remainingCents: budget === null ? null : budget - committed,
      };
    });
}

/** Posts for the CVL cap: a half-time post is one post, so the FTE rounded up (at least one). */
export const coordinationPosts = (fte: number): number => Math.max(1, Math.ceil(fte - 1e-9));

function coordinationYears(model: WorkbookModel, profile: ProfileId): CoordinationYear[] {
  const years = new Map<number, { ars: number; others: number; valued: number }>();
  for (const f of model.fundings) {
    if (!isCoordinationMeans(f)) continue;
    const ars = isArs(f.funder.value, profile);
    // The ARS's own share is money; its valorised means are not a co-financing of itself.
    if (ars && !isCoordinationMoney(f)) continue;
    const y = years.get(f.year.value ?? 0) ?? { ars: 0, others: 0, valued: 0 };
    const cents = f.amountCents.value ?? 0;
    if (ars) y.ars += cents;
    else {
      y.others += cents;
      if (f.nature.value !== 'Financier') y.valued += cents;
    }
    years.set(f.year.value ?? 0, y);
  }
  const { coordinationFte, coordinationPostCostCents } = model.parameters;
  const capCents = ARS_COORDINATION_CAP_CENTS * (profile === 'centre-val-de-loire' ? coordinationPosts(coordinationFte) : 1);
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({
      year,
      arsCents: y.ars,
      othersCents: y.others,
      othersValuedCents: y.valued,
      capCents,
      shareCapCents: coordinationPostCostCents === null ? null : Math.round(coordinationPostCostCents * ARS_COORDINATION_SHARE),
    }));
}
