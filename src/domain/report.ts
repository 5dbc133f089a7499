/** Findings and reports: data only; sentences are rendered at the edge (messages/). */
import type { RuleId, Severity } from './rules/ids';

export type ProfileId = 'normandie' | 'centre-val-de-loire' | 'generic';
export const PROFILE_IDS: readonly ProfileId[] = ['normandie', 'centre-val-de-loire', 'generic'];

export type Lang = 'fr' | 'en';

/** Values a message may interpolate. Amounts are passed in cents under keys ending in `Cents`. */
export type FindingParams = Readonly<Record<string, string | number>>;

export type ReportedValue = string | number | boolean | null;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  readonly table: string;
  /** A1 address, absent for findings about a whole table or workbook. */
  readonly cell?: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: ReportedValue;
  readonly params: FindingParams;
  /** The finding this one follows from (an action without its number makes its commitments « unknown »): shown folded under it. */
  readonly cause?: FindingCause;
}

/** Where the root cause of a finding is. */
export interface FindingCause {
  readonly rule: RuleId;
  readonly sheet: string;
  readonly cell?: string;
}

/** Financier money by status, in cents: engagé (committed) = acquis (secured) + sollicité (requested). */
export interface StatusCents {
  readonly securedCents: number;
  readonly requestedCents: number;
  /** Prévisionnel: shown apart, never in the committed total. */
  readonly forecastCents: number;
}

export interface ActionFunding extends StatusCents {
  readonly action: string;
  readonly title: string;
  readonly budgetCents: number | null;
  /** securedCents + requestedCents. */
  readonly committedCents: number;
  /** Budget minus committed; null without a budget. Negative when overfunded. */
  readonly remainingCents: number | null;
}

export interface CoordinationYear {
  readonly year: number;
  /** ARS Financier money on the post, whatever its status, the ARS recognised by the partner catalogue. */
  readonly arsCents: number;
  /** Other partners' money on the post, financial and valorised (seed 004_6c4d6d0ed7a0af23.txt:310). */
  readonly othersCents: number;
  /** Of othersCents, the valorised part (human, material). */
  readonly othersValuedCents: number;
  /** 25 000 € a year (seed 004:308), for each post in Centre-Val de Loire (seed 000:1323). */
  readonly capCents: number;
  /** 50 % of the annual post cost (seed 004:308), null when the cost is unknown. */
  readonly shareCapCents: number | null;
}

/**
 * Totals on the basis of the live formulas of `Engagements partenaires`: Financier commitments, Acquis or
 * Sollicité, counted as SUMIFS counts them (CONTRACT §3), exact in cents.
 */
export interface FundingTotals extends StatusCents {
  /** securedCents + requestedCents: the matrix's grand total. */
  readonly committedCents: number;
  /** Partner-list entry → committed cents: the matrix's partner columns. */
  readonly byFunderCents: Readonly<Record<string, number>>;
  readonly byYearCents: Readonly<Record<string, number>>;
  /** funder → year → cents. */
  readonly byFunderYearCents: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Partner-list entry → money by status. */
  readonly byFunderStatusCents: Readonly<Record<string, StatusCents>>;
  readonly byYearStatusCents: Readonly<Record<string, StatusCents>>;
  /** Committed money under a Financeur written as no partner of the list: in the total, in no partner column (as typed → cents). */
  readonly unlistedFunderCents: Readonly<Record<string, number>>;
  readonly byAction: readonly ActionFunding[];
  readonly coordination: readonly CoordinationYear[];
  /** Valorised (human, material) commitments, shown apart. */
  readonly valuedCents: number;
}

export interface AxisProgress {
  readonly axisNumber: string;
  readonly axis: string;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly total: number;
}

/** One line of a COPIL list: the action (and the indicator), and the cell to go to. */
export interface SynthesisItem {
  readonly action: string;
  /** The action's title, or the indicator's wording. */
  readonly title: string;
  readonly sheet: string;
  /** Absent when the column is missing. */
  readonly cell?: string;
  /** The planned end (ISO) of a late action; the budget (cents) of an action without funding. */
  readonly end?: string;
  readonly budgetCents?: number | null;
}

export interface Synthesis {
  readonly actions: number;
  readonly byAxis: readonly AxisProgress[];
  readonly indicators: number;
  /** Indicators with at least one `Réalisé année n` filled. */
  readonly indicatorsMeasured: number;
  readonly actionsWithIndicator: number;
  /** Sum of the actions' Budget prévisionnel: coordination, diagnostic and evaluation are not actions. */
  readonly budgetCents: number;
  /** Committed (acquis + sollicité) on actions that have a budget, over that budget. */
  readonly coverageRate: number | null;
  /** What a COPIL asks first: the late actions (the action.late findings), indicators without « Quand ? », actions nobody funds. */
  readonly lateActions: readonly SynthesisItem[];
  readonly undatedIndicators: readonly SynthesisItem[];
  readonly unfundedActions: readonly SynthesisItem[];
}

export interface ValidationReport {
  /** `Nom du CLS` when the workbook gives it. */
  readonly clsName: string | null;
  readonly profile: ProfileId;
  readonly asOf: string;
  readonly contractYears: readonly number[];
  readonly findings: readonly Finding[];
  readonly summary: Readonly<Record<Severity, number>>;
  readonly totals: FundingTotals;
  readonly synthesis: Synthesis;
}
