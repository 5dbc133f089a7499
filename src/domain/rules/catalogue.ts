/** The rule catalogue of CONTRACT §2, in one list. */
import type { RuleId } from './ids';
import type { Rule } from './rule';
import { structureBlankRow } from './structure/blank-row';
import { structureColumnDuplicate } from './structure/column-duplicate';
import { structureColumnMissing } from './structure/column-missing';
import { structureColumnUnknown } from './structure/column-unknown';
import { structureTableMissing } from './structure/table-missing';
import { cellFormulaError } from './cell/formula-error';
import { cellFormulaUncalculated } from './cell/formula-uncalculated';
import { cellNotDate } from './cell/not-date';
import { cellNotInList } from './cell/not-in-list';
import { cellNotNumber } from './cell/not-number';
import { cellRequiredMissing } from './cell/required-missing';
import { paramsDurationOutOfRange } from './params/duration-out-of-range';
import { paramsPopulationBelowMinimum } from './params/population-below-minimum';
import { actionDatesInverted } from './action/dates-inverted';
import { actionFicheItemMissing } from './action/fiche-item-missing';
import { actionDatesOutsideContract } from './action/dates-outside-contract';
import { actionHierarchyMismatch } from './action/hierarchy-mismatch';
import { actionLate } from './action/late';
import { actionNumberDuplicate } from './action/number-duplicate';
import { actionNumberMalformed } from './action/number-malformed';
import { actionPilotIsCoordinator } from './action/pilot-is-coordinator';
import { actionStatusProgressMismatch } from './action/status-progress-mismatch';
import { planThemeMissing } from './plan/theme-missing';
import { fundingActionOverfunded } from './funding/action-overfunded';
import { fundingActionRequired } from './funding/action-required';
import { fundingActionUnderfunded } from './funding/action-underfunded';
import { fundingActionUnknown } from './funding/action-unknown';
import { fundingAmountNegative } from './funding/amount-negative';
import { fundingArsCoordinationCap } from './funding/ars-coordination-cap';
import { fundingArsCoordinationShare } from './funding/ars-coordination-share';
import { fundingCoordinationCofinancing } from './funding/coordination-cofinancing';
import { fundingDiagnosticCap } from './funding/diagnostic-cap';
import { fundingEvaluationCap } from './funding/evaluation-cap';
import { fundingFunderUnknown } from './funding/funder-unknown';
import { fundingFunderSpelling } from './funding/funder-spelling';
import { fundingAmountNotCounted } from './funding/amount-not-counted';
import { fundingYearNotCounted } from './funding/year-not-counted';
import { fundingValueSpelling } from './funding/value-spelling';
import { fundingLineDuplicate } from './funding/line-duplicate';
import { fundingPaidExceedsAmount } from './funding/paid-exceeds-amount';
import { fundingYearOutsideContract } from './funding/year-outside-contract';
import { evaluationActionUnknown } from './evaluation/action-unknown';
import { evaluationActionWithoutIndicator } from './evaluation/action-without-indicator';
import { evaluationFinalNotInLastYear } from './evaluation/final-not-in-last-year';
import { evaluationMeasureNotNumber } from './evaluation/measure-not-number';
import { evaluationNoResultIndicator } from './evaluation/no-result-indicator';
import { evaluationTargetMissing } from './evaluation/target-missing';
import { evaluationWhenImprecise } from './evaluation/when-imprecise';
import { governanceInstanceFrequency } from './governance/instance-frequency';
import { governanceLogMissing } from './governance/log-missing';

export const RULES: readonly Rule[] = [
  structureBlankRow,
  structureColumnDuplicate,
  structureColumnMissing,
  structureColumnUnknown,
  structureTableMissing,
  cellFormulaError,
  cellFormulaUncalculated,
  cellNotDate,
  cellNotInList,
  cellNotNumber,
  cellRequiredMissing,
  paramsDurationOutOfRange,
  paramsPopulationBelowMinimum,
  actionDatesInverted,
  actionDatesOutsideContract,
  actionFicheItemMissing,
  actionHierarchyMismatch,
  actionLate,
  actionNumberDuplicate,
  actionNumberMalformed,
  actionPilotIsCoordinator,
  actionStatusProgressMismatch,
  planThemeMissing,
  fundingActionOverfunded,
  fundingActionRequired,
  fundingActionUnderfunded,
  fundingActionUnknown,
  fundingAmountNegative,
  fundingArsCoordinationCap,
  fundingArsCoordinationShare,
  fundingCoordinationCofinancing,
  fundingDiagnosticCap,
  fundingEvaluationCap,
  fundingFunderUnknown,
  fundingFunderSpelling,
  fundingAmountNotCounted,
  fundingYearNotCounted,
  fundingValueSpelling,
  fundingLineDuplicate,
  fundingPaidExceedsAmount,
  fundingYearOutsideContract,
  evaluationActionUnknown,
  evaluationActionWithoutIndicator,
  evaluationFinalNotInLastYear,
  evaluationMeasureNotNumber,
  evaluationNoResultIndicator,
  evaluationTargetMissing,
  evaluationWhenImprecise,
  governanceInstanceFrequency,
  governanceLogMissing,
];

/** Rules by id; a test checks that every id of the catalogue has exactly one rule. */
export const RULES_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));
