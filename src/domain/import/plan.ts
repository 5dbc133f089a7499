/** The new workbook of an import: the generator's empty workbook, its contract tables filled with the imported rows. */
import type { Row } from '../generate/input-sheets';
import { actionsSheet, evaluationSheet, fundingRow, fundingsSheet } from '../generate/input-sheets';
import { engagementsSheet } from '../generate/engagements';
import type { PlanCell, SheetPlan, TablePlan, WorkbookPlan } from '../generate/plan';
import { planWorkbook } from '../generate/plan-workbook';
import { tableColumns } from '../generate/refs';
import type { SampleAction, SampleFunding } from '../generate/sample';
import { profileLabel } from '../generate/sample';
import type { ProfileId } from '../report';
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDERS_TABLE, FUNDINGS_TABLE, MAX_DURATION_YEARS, MIN_DURATION_YEARS, OWNED_SHEETS, PARAMETERS, PARAMETERS_TABLE } from '../workbook/contract';
import type { TableSpec } from '../workbook/contract';
import { DEFAULT_FUNDERS, FUNDING_NATURES, FUNDING_OBJECTS, FUNDING_STATUSES } from '../workbook/lists';
import type { FundingNature, FundingObject, FundingStatus } from '../workbook/lists';
import { actionRow, evaluationRows, extraFunderRows } from './contract-rows';
import type { ImportResult } from './result';

export interface ImportPlanOptions {
  readonly profile: ProfileId;
  /** First contract year, when known (the `Date de signature` is never invented). */
  readonly signatureSerial?: number;
}

/** Contract years an import needs: the span of its years, 3 to 5. */
export function importDuration(result: ImportResult): 3 | 4 | 5 {
  const years = result.fundings.flatMap((f) => (f.year === null ? [] : [f.year]));
  const span = years.length === 0 ? MIN_DURATION_YEARS : Math.max(...years) - Math.min(...years) + 1;
  return Math.min(MAX_DURATION_YEARS, Math.max(MIN_DURATION_YEARS, span)) as 3 | 4 | 5;
}

function withRows(sheet: SheetPlan, spec: TableSpec, years: number, rows: readonly Row[]): SheetPlan {
  const columns = tableColumns(spec, years);
  return {
    ...sheet,
    blocks: sheet.blocks.map((block) =>
      block.kind === 'table' && block.name === spec.name ? ({ ...block, rows: rows.map((row) => columns.map((c) => row[c.key] ?? null)) } satisfies TablePlan) : block,
    ),
  };
}

const inList = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The engagement matrix's cached results need the generator's own types: only contract values count there. */
function engagementInputs(result: ImportResult): { actions: SampleAction[]; fundings: SampleFunding[] } {
  const actions = result.actions.map(
    (a): SampleAction => ({
      axisNumber: a.axisNumber ?? '',
      axis: a.axis ?? '',
      goalNumber: '',
      goal: '',
      objectiveNumber: '',
      objective: '',
      number: a.number,
      title: a.title ?? '',
      theme: '',
      type: 'Nouvelle',
      context: '',
      actionObjective: '',
      description: '',
      pilot: '',
      coPilot: '',
      partners: '',
      territory: '',
      audience: '',
      start: 0,
      end: 0,
      status: 'En cours',
      progress: 0,
      budgetCents: a.budgetCents ?? 0,
      comments: '',
      updatedOn: 0,
    }),
  );
  const fundings = result.fundings.flatMap((f): SampleFunding[] =>
    inList<FundingObject>(FUNDING_OBJECTS, f.object) && inList<FundingNature>(FUNDING_NATURES, f.nature) && inList<FundingStatus>(FUNDING_STATUSES, f.status) && f.year !== null
      ? [{ object: f.object, action: f.action, funder: f.funder, nature: f.nature, year: f.year, amountCents: f.amountCents, status: f.status, paidCents: f.paidCents, comment: f.comment ?? '' }]
      : [],
  );
  return { actions, fundings };
}

/** Plans the new workbook of an import, through the generator (so it has every table, list and formula of the contract). */
export function planImportedWorkbook(result: ImportResult, options: ImportPlanOptions): WorkbookPlan {
  const years = importDuration(result);
  const base = planWorkbook({ profile: options.profile, years, sample: false });
  const funders = [...DEFAULT_FUNDERS.map((f) => f.name), ...result.extraFunders];
  const parameterValues: Record<string, PlanCell> = {
    regionalProfile: profileLabel(options.profile),
    durationYears: years,
    coordinationFte: 1,
    ...(options.signatureSerial === undefined ? {} : { signatureDate: { date: options.signatureSerial } }),
  };
  const parameterRows = PARAMETERS.map((p) => ({ name: p.label, value: parameterValues[p.key] ?? null }));
  const funderRows = [
    ...DEFAULT_FUNDERS.map((f) => ({ funder: f.name, category: f.category, signatory: f.signatory })),
    ...extraFunderRows(result),
  ];
  const engagement = engagementInputs(result);
  const sheets = base.sheets.map((sheet) => {
    if (sheet.name === PARAMETERS_TABLE.sheet) return withRows(withRows(sheet, PARAMETERS_TABLE, years, parameterRows), FUNDERS_TABLE, years, funderRows);
    // The generator's own sheets, with the imported rows: formats, validations and highlights cover every row.
    if (sheet.name === ACTIONS_TABLE.sheet) return actionsSheet(years, result.actions.map(actionRow));
    if (sheet.name === FUNDINGS_TABLE.sheet) return fundingsSheet(years, result.fundings.map(fundingRow));
    if (sheet.name === EVALUATION_TABLE.sheet) return evaluationSheet(years, evaluationRows(result));
    if (sheet.name === OWNED_SHEETS.engagements) {
      const coordinationBudgetCents = null;
      return { ...engagementsSheet({ funders, actions: engagement.actions, fundings: engagement.fundings, coordinationBudgetCents }), name: sheet.name };
    }
    return sheet;
  });
  return { ...base, sheets, properties: { title: 'Contrat local de santé — tableaux importés', creator: 'Tableaux CLS' } };
}
