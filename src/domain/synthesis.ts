/** The figures of the `Synthèse` view: status by axis, indicators filled, coverage. */
import type { WorkbookModel } from './model';
import type { AxisProgress, Finding, FundingTotals, Synthesis, SynthesisItem } from './report';
import { actionKey } from './totals';
import { isEmptyValue } from './values/cells';

const place = (ref: { readonly sheet: string; readonly address: string }): { sheet: string; cell?: string } => ({ sheet: ref.sheet, ...(ref.address === '' ? {} : { cell: ref.address }) });

/** Late actions as the rule found them (one truth): its findings, with the action's number and title. */
function lateActions(model: WorkbookModel, findings: readonly Finding[]): SynthesisItem[] {
  const byRow = new Map(model.actions.map((a) => [a.row, a]));
  return findings.flatMap((f) => {
    if (f.rule !== 'action.late') return [];
    const a = f.row === undefined ? undefined : byRow.get(f.row);
    return [{ action: a?.number.value ?? '', title: a?.title.value ?? '', sheet: f.sheet, ...(f.cell === undefined ? {} : { cell: f.cell }), end: String(f.params['end'] ?? '') }];
  });
}

/** Indicators whose « Quand ? » is empty: nobody knows when to measure them. */
const undatedIndicators = (model: WorkbookModel): SynthesisItem[] =>
  model.indicators
    .filter((i) => i.indicator.value !== null && (i.when.value === null || isEmptyValue(i.when.value)))
    .map((i) => ({ action: i.actionNumber.value ?? '', title: i.indicator.value ?? '', ...place(i.when.ref) }));

/** Actions no partner commits a cent to (acquis or sollicité), as the partner matrix counts them. */
function unfundedActions(model: WorkbookModel, totals: FundingTotals): SynthesisItem[] {
  const rows = new Map(model.actions.filter((a) => a.number.value !== null).map((a) => [actionKey(a.number.value), a]));
  return totals.byAction.flatMap((t) => {
    const a = rows.get(actionKey(t.action));
    if (t.committedCents !== 0 || !a) return [];
    return [{ action: t.action, title: t.title, ...place(a.number.ref), budgetCents: t.budgetCents }];
  });
}

export function computeSynthesis(model: WorkbookModel, totals: FundingTotals, findings: readonly Finding[] = []): Synthesis {
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
    lateActions: lateActions(model, findings),
    undatedIndicators: undatedIndicators(model),
    unfundedActions: unfundedActions(model, totals),
  };
}
