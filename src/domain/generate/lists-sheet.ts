/** The `Listes` sheet: every static list in its own column, and the defined names that feed the drop-downs. */
import { ACTIONS_TABLE, FUNDERS_TABLE, MAX_DURATION_YEARS, OWNED_SHEETS } from '../workbook/contract';
import { DYNAMIC_LIST_NAMES, LISTS } from '../workbook/lists';
import type { StaticListId } from '../workbook/lists';
import { columnLetter } from '../values/a1';
import { quoteSheet } from '../values/a1';
import type { NamePlan, PlanCell, SheetPlan } from './plan';
import { colRef, contractYearFormula } from './refs';

/** The year selector of the matrix: `Toutes` then the contract years. */
export const YEAR_SELECTOR_LIST_NAME = 'Liste_Annees_Selection';
export const ALL_YEARS = 'Toutes';

const LIST_TITLES: Readonly<Record<StaticListId, string>> = {
  themes: 'Thématiques',
  actionStatuses: 'Statuts des actions',
  actionTypes: 'Types d’action',
  fundingObjects: 'Objets de financement',
  fundingNatures: 'Natures d’engagement',
  fundingStatuses: 'Statuts des engagements',
  indicatorTypes: 'Types d’indicateur',
  indicatorNatures: 'Natures d’indicateur',
  evaluationTools: 'Outils d’évaluation',
  yesNo: 'Oui / Non',
  territoryTypes: 'Types de territoire',
  regionalProfiles: 'Profils régionaux',
  diagnosticBy: 'Diagnostic réalisé par',
  finalEvaluationBy: 'Évaluation finale réalisée par',
  instanceTypes: 'Instances de gouvernance',
};

const STATIC_LIST_IDS = Object.keys(LISTS) as StaticListId[];

/** Each column: a title then the values; the year list holds formulas over the parameters. */
function listColumns(): { title: string; name: string; cells: PlanCell[] }[] {
  const statics = STATIC_LIST_IDS.map((id) => ({ title: LIST_TITLES[id], name: LISTS[id].name, cells: [...LISTS[id].values] as PlanCell[] }));
  const years: PlanCell[] = [ALL_YEARS, ...Array.from({ length: MAX_DURATION_YEARS }, (_, i) => ({ formula: contractYearFormula(i) }))];
  return [...statics, { title: 'Années du contrat', name: YEAR_SELECTOR_LIST_NAME, cells: years }];
}

export function listsSheet(yearResults: readonly number[]): SheetPlan {
  const columns = listColumns();
  const height = Math.max(...columns.map((c) => c.cells.length)) + 1;
  const values: PlanCell[][] = Array.from({ length: height }, (_, r) =>
    columns.map((c, i) => {
      if (r === 0) return c.title;
      const cell = c.cells[r - 1] ?? null;
      // Cached contract years, for readers without a calculation engine.
      if (i === columns.length - 1 && cell !== null && typeof cell === 'object' && 'formula' in cell) {
        const result = yearResults[r - 2];
        return result === undefined ? cell : { formula: cell.formula, result };
      }
      return cell;
    }),
  );
  const columnWidths: Record<string, number> = {};
  columns.forEach((c, i) => {
    const longest = Math.max(c.title.length, ...c.cells.map((v) => (typeof v === 'string' ? v.length : 6)));
    columnWidths[columnLetter(i + 1)] = Math.min(Math.max(longest + 2, 10), 44);
  });
  return {
    name: OWNED_SHEETS.lists,
    owned: true,
    blocks: [
      {
        kind: 'range',
        anchor: 'A1',
        values,
        style: { fontColor: '#404040' },
        rowStyles: { 0: { bold: true, fill: '#D9D9D9', wrap: true } },
      },
    ],
    columnWidths,
    freezeRows: 1,
    tabColor: '#A6A6A6',
  };
}

export function listNames(): NamePlan[] {
  const sheet = quoteSheet(OWNED_SHEETS.lists);
  const ranged = listColumns().map((c, i) => {
    const letter = columnLetter(i + 1);
    return { name: c.name, ref: `${sheet}!$${letter}$2:$${letter}$${c.cells.length + 1}` };
  });
  return [
    ...ranged,
    // Structured references follow the table as rows are added (Excel and LibreOffice both resolve them).
    { name: DYNAMIC_LIST_NAMES.funders, ref: colRef(FUNDERS_TABLE, 'funder'), comment: 'Financeurs du tableau CLS_Financeurs' },
    { name: DYNAMIC_LIST_NAMES.actions, ref: colRef(ACTIONS_TABLE, 'actionNumber'), comment: 'N° des actions du tableau CLS_Actions' },
  ];
}
