/** The partner statement use case: a workbook snapshot and a partner name in, a statement (or why not) out. */
import { buildModel } from '../model';
import type { ProfileId } from '../report';
import { validateWorkbook } from '../validate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { choosePartner } from './partner';
import type { PartnerStatement } from './statement';
import { partnerStatement } from './statement';

export type { CoordinationCheck, CoordinationVerdict } from './coordination';
export { coordinationVerdicts } from './coordination';
export { choosePartner } from './partner';
export type { LineBasis, PartnerStatement, StatementLine, StatementMoney, StatementRow, StatementYear } from './statement';
export { partnerStatement } from './statement';

export interface StatementRequest {
  /** The partner as the user names it (`CPAM`, `Assurance maladie`). */
  readonly funder: string;
  readonly year?: number | null;
  readonly asOf: string;
  readonly profile?: ProfileId;
}

export type StatementResult =
  | { readonly kind: 'statement'; readonly statement: PartnerStatement }
  | { readonly kind: 'unknown-partner'; readonly available: readonly string[] }
  | { readonly kind: 'ambiguous-partner'; readonly candidates: readonly string[] }
  /** A year neither of the contract nor of any commitment. */
  | { readonly kind: 'unknown-year'; readonly years: readonly number[] };

/**
 * Builds the statement of the partner `request.funder` names.
 * @throws Error when `asOf` is not a `YYYY-MM-DD` date (see validateWorkbook).
 */
export function statementOf(snapshot: WorkbookSnapshot, request: StatementRequest): StatementResult {
  const report = validateWorkbook(snapshot, { asOf: request.asOf, ...(request.profile ? { profile: request.profile } : {}) });
  const model = buildModel(snapshot);
  const choice = choosePartner(model, request.funder, report.profile);
  if (choice.kind === 'unknown') return { kind: 'unknown-partner', available: choice.available };
  if (choice.kind === 'ambiguous') return { kind: 'ambiguous-partner', candidates: choice.candidates };
  const year = request.year ?? null;
  const years = [...new Set([...report.contractYears, ...model.fundings.flatMap((f) => (f.year.value === null ? [] : [f.year.value]))])].sort();
  if (year !== null && !years.includes(year)) return { kind: 'unknown-year', years };
  return { kind: 'statement', statement: partnerStatement(model, report, { partner: choice.partner, year }) };
}
