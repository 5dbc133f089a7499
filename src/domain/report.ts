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
}

export interface ActionFunding {
  readonly action: string;
  readonly title: string;
  readonly budgetCents: number | null;
  readonly committedCents: number;
  /** Budget minus committed; null without a budget. Negative when overfunded. */
  readonly remainingCents: number | null;
}

export interface CoordinationYear {
  readonly year: number;
  readonly arsCents: number;
  readonly othersCents: number;
  /** 25 000 € × ETP (seed 004:308, 000:1323). */
  readonly capCents: number;
  /** 50 % of the annual post cost (seed 004:308), null when the cost is unknown. */
  readonly shareCapCents: number | null;
}

/** Totals over Financier commitments with status Acquis or Sollicité, exact in cents. */
export interface FundingTotals {
  readonly committedCents: number;
  readonly byFunderCents: Readonly<Record<string, number>>;
  readonly byYearCents: Readonly<Record<string, number>>;
  /** funder → year → cents. */
  readonly byFunderYearCents: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly byAction: readonly ActionFunding[];
  readonly coordination: readonly CoordinationYear[];
  /** Prévisionnel and valorised (human, material) commitments, shown apart. */
  readonly forecastCents: number;
  readonly valuedCents: number;
}

export interface AxisProgress {
  readonly axisNumber: string;
  readonly axis: string;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly total: number;
}

export interface Synthesis {
  readonly actions: number;
  readonly byAxis: readonly AxisProgress[];
  readonly indicators: number;
  /** Indicators with at least one `Réalisé année n` filled. */
  readonly indicatorsMeasured: number;
  readonly actionsWithIndicator: number;
  readonly budgetCents: number;
  readonly coverageRate: number | null;
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
