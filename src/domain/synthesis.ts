/** The figures of the `Synthèse` view: status by axis, indicators filled, coverage. */
import type { WorkbookModel } from './model';
import type { AxisProgress, FundingTotals, Synthesis } from './report';
import { actionKey } from './totals';
import { isEmptyValue } from './values/cells';

export function computeSynthesis(model: WorkbookModel, totals: FundingTotals): Synthesis {
  const axes = new Map<string, { axis: string; byStatus: Record<string, number>; total: number }>();
  for (const a of model.actions) {
    const key = a.axisNumber.value ?? '';
    const entry = axes.get(key) ?? { axis: a.axis.value ?? '', byStatus: {}, total: 0 };
    const status = a.status.value ?? '';
    entry.byStatus[status] = (entry.byStatus[status] ?? 0) + 1;
    entry.total += 1;
    axes.set(key, entry);
  }
  const byAxis: AxisProgress[] = [...axes.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fr', { numeric: true }))
    .map(([axisNumber, e]) => ({ axisNumber, axis: e.axis, byStatus: e.byStatus, total: e.total }));
  const evaluated = new Set(model.indicators.map((i) => actionKey(i.actionNumber.value)));
  const budgetCents = totals.byAction.reduce((sum, a) => sum + (a.budgetCents ?? 0), 0);
  const coveredCents = totals.byAction.reduce((sum, a) => sum + (a.budgetCents === null ? 0 : a.committedCents), 0);
  return {
    actions: model.actions.length,
    byAxis,
    indicators: model.indicators.length,
    indicatorsMeasured: model.indicators.filter((i) => i.measures.some((m) => m.field.value !== null && !isEmptyValue(m.field.value))).length,
    actionsWithIndicator: model.actions.filter((a) => a.number.value !== null && evaluated.has(actionKey(a.number.value))).length,
    budgetCents,
    coverageRate: budgetCents > 0 ? coveredCents / budgetCents : null,
  };
}
