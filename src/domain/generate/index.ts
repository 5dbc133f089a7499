/** The workbook generator's public surface: plan a workbook, summarise a plan. */
export { planWorkbook } from './plan-workbook';
export type { PlanOptions } from './plan-workbook';
export { summarizePlan } from './summary';
export type { PlanSummary } from './summary';
export type * from './plan';
