/** One CLS of a regional review in one row: who, how well kept, how much money, the coordination post, the mandatory themes. */
import type { WorkbookModel } from '../model';
import { resolvePartner } from '../partners/match';
import { profileById } from '../profiles/profiles';
import type { Finding, ProfileId, StatusCents, ValidationReport } from '../report';
import type { Severity } from '../rules/ids';
import type { CoordinationVerdict } from '../statement/coordination';
import { coordinationVerdicts } from '../statement/coordination';
import { fold } from '../values/text';

export type ThemeStatus = 'present' | 'missing' | 'not-required';

export interface ClsMoney extends StatusCents {
  readonly committedCents: number;
  readonly valuedCents: number;
}

export interface ClsSummary {
  /** The file as the user named it. */
  readonly file: string;
  /** When the file was last modified (ms since 1970), to keep the newest of two versions; null when unknown. */
  readonly modifiedMs: number | null;
  readonly name: string | null;
  readonly territory: string | null;
  readonly profile: ProfileId;
  readonly findings: Readonly<Record<Severity, number>>;
  readonly money: ClsMoney;
  /** The plan's action budgets, summed. */
  readonly budgetCents: number;
  /** Money still to find: each underfunded action's budget minus its commitments, summed (an overfunded action offsets nothing). */
  readonly remainingCents: number;
  /** Committed by the partner-list entries the catalogue recognises as the ARS. */
  readonly arsCents: number;
  readonly arsShare: number | null;
  readonly coordination: readonly CoordinationVerdict[];
  readonly themes: readonly { readonly theme: string; readonly status: ThemeStatus }[];
  readonly lateActions: number;
  /** Indicators whose `Quand évaluer` gives no month and year, or is empty. */
  readonly undatedIndicators: number;
  /** Money by partner, named as the catalogue names it (`CPAM` whatever the spelling of the list), else as written. */
  readonly byPartner: Readonly<Record<string, ClsMoney>>;
  /** Committed under a Financeur written as no entry of the list: in the total, in no partner column. */
  readonly unlistedCents: number;
}

export const NO_MONEY: ClsMoney = { securedCents: 0, requestedCents: 0, forecastCents: 0, committedCents: 0, valuedCents: 0 };

/** The sum of two amounts of money, status by status. */
export const addMoney = (a: ClsMoney, b: ClsMoney): ClsMoney => ({
  securedCents: a.securedCents + b.securedCents,
  requestedCents: a.requestedCents + b.requestedCents,
  forecastCents: a.forecastCents + b.forecastCents,
  committedCents: a.committedCents + b.committedCents,
  valuedCents: a.valuedCents + b.valuedCents,
});

const count = (findings: readonly Finding[], keep: (f: Finding) => boolean): number => findings.filter(keep).length;

const isUndated = (f: Finding): boolean =>
  f.rule === 'evaluation.when-imprecise' || (f.rule === 'cell.required-missing' && f.table === 'CLS_Evaluation' && fold(f.column ?? '') === fold('Quand évaluer'));

/** The name a partner-list entry goes by across CLS. */
export const reviewPartnerName = (entry: string, profile: ProfileId): string => resolvePartner(entry, profile)?.name ?? entry.trim();

/** Summarises one validated workbook; `model` is the same workbook's model (territory, themes). */
export function summarizeCls(file: string, modifiedMs: number | null, report: ValidationReport, model: WorkbookModel): ClsSummary {
  const { totals, findings, profile } = report;
  const byPartner: Record<string, ClsMoney> = {};
  let arsCents = 0;
  for (const [entry, status] of Object.entries(totals.byFunderStatusCents)) {
    const name = reviewPartnerName(entry, profile);
    byPartner[name] = addMoney(byPartner[name] ?? NO_MONEY, { ...status, committedCents: status.securedCents + status.requestedCents, valuedCents: 0 });
    if (resolvePartner(entry, profile)?.id === 'ars') arsCents += status.securedCents + status.requestedCents;
  }
  const missingThemes = new Set(findings.filter((f) => f.rule === 'plan.theme-missing').map((f) => String(f.params.theme)));
  const presentThemes = new Set(model.actions.map((a) => a.theme.value));
  return {
    file,
    modifiedMs,
    name: model.parameters.name,
    territory: model.parameters.territory,
    profile,
    findings: report.summary,
    money: {
      securedCents: totals.securedCents,
      requestedCents: totals.requestedCents,
      forecastCents: totals.forecastCents,
      committedCents: totals.committedCents,
      valuedCents: totals.valuedCents,
    },
    budgetCents: report.synthesis.budgetCents,
    remainingCents: totals.byAction.reduce((sum, a) => sum + Math.max(0, a.remainingCents ?? 0), 0),
    arsCents,
    arsShare: totals.committedCents > 0 ? arsCents / totals.committedCents : null,
    coordination: coordinationVerdicts(totals.coordination, findings, profile),
    themes: profileById(profile).mandatoryThemes.map(({ theme }) => ({
      theme,
      status: missingThemes.has(theme) ? 'missing' : presentThemes.has(theme) ? 'present' : 'not-required',
    })),
    lateActions: count(findings, (f) => f.rule === 'action.late'),
    undatedIndicators: count(findings, isUndated),
    byPartner,
    unlistedCents: Object.values(totals.unlistedFunderCents).reduce((a, b) => a + b, 0),
  };
}
