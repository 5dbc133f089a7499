/**
 * The `Engagements partenaires` sheet: the seeds' "tableau d'engagement des partenaires"
 * (000_afa51b918c030d0f.txt:1440-1470): actions and other objets × partners, with the total committed,
 * the budget, what is left to find and the coverage rate, as live SUMIFS over `CLS_Financements`.
 *
 * Row k of the action block shows the k-th row of `CLS_Actions` (INDEX), so renumbering, retitling and
 * reordering flow through without the add-in; the add-in regenerates the sheet to add rows for new actions,
 * and the totals row counts every commitment already (it does not sum the rows above).
 */
import { ACTIONS_TABLE, FUNDERS_TABLE, FUNDINGS_TABLE, OWNED_SHEETS } from '../workbook/contract';
import { FUNDING_OBJECTS } from '../workbook/lists';
import type { FundingNature, FundingStatus } from '../workbook/lists';
import { columnLetter } from '../values/a1';
import { FORMATS, rowHeight } from './formats';
import { euros, isCommittedLine, ratio, sumCentsWhere } from './funding-math';
import { ALL_YEARS, YEAR_SELECTOR_LIST_NAME } from './lists-sheet';
import type { CellStyle, PlanCell, RangePlan, SheetPlan } from './plan';
import { colRef, parameterValue, str } from './refs';
import type { SampleAction, SampleFunding } from './sample';

export const ENGAGEMENT_HEADERS = {
  actionNumber: 'N° action',
  label: 'Action ou objet',
  unlisted: 'Hors liste des partenaires',
  total: 'Total engagé',
  budget: 'Budget prévisionnel',
  remaining: 'Restant à trouver',
  coverage: 'Taux de couverture',
  totalsRow: 'Total',
} as const;
/** Objets other than `Action`, one row each under the actions. */
export const OTHER_OBJECTS = FUNDING_OBJECTS.filter((o) => o !== 'Action');
export const MATRIX_HEADER_ROW = 5;
export const YEAR_SELECTOR_CELL = 'B3';
/** Action rows of an empty workbook: filled as the user types actions. */
export const EMPTY_WORKBOOK_ACTION_ROWS = 30;

const YEAR = `$B$3`;
const YEAR_CRITERION = `IF(OR(${YEAR}="",${YEAR}=${str(ALL_YEARS)}),"<>${ALL_YEARS}",${YEAR})`;
const YEAR_CHOSEN = `AND(${YEAR}<>"",${YEAR}<>${str(ALL_YEARS)})`;
const COMMITTED_STATUSES = '{"Acquis","Sollicité"}';

const f = (key: string): string => colRef(FUNDINGS_TABLE, key);

/**
 * SUM(SUMIFS(…)) over committed Financier lines (the array constant sums Acquis and Sollicité);
 * `criteria` are extra (range, criterion) pairs; `yearCriterion` defaults to the sheet's year selector.
 */
export function committedFormula(criteria: readonly (readonly [string, string])[], yearCriterion: string | null = YEAR_CRITERION): string {
  const pairs: (readonly [string, string])[] = [...criteria, [f('nature'), '"Financier"']];
  if (yearCriterion !== null) pairs.push([f('year'), yearCriterion]);
  pairs.push([f('status'), COMMITTED_STATUSES]);
  return `SUM(SUMIFS(${f('amount')},${pairs.map(([range, criterion]) => `${range},${criterion}`).join(',')}))`;
}

export interface EngagementsInput {
  readonly funders: readonly string[];
  /** Actions known at generation time (the sample), or none. */
  readonly actions: readonly SampleAction[];
  readonly fundings: readonly SampleFunding[];
  readonly coordinationBudgetCents: number | null;
}

const TITLE_WIDTH = 52;
const PARTNER_WIDTH = 14;
const HEADER_STYLE: CellStyle = { bold: true, fill: '#DDEBF7', wrap: true, horizontal: 'center', border: true };
const TOTAL_STYLE: CellStyle = { bold: true, fill: '#F2F2F2', border: true };
const TOP = MATRIX_HEADER_ROW;
const FIRST_BODY = TOP + 1;
const FIRST_PARTNER_COLUMN = 3;

/** Where the matrix's columns and rows stand, from the partners and the number of action rows. */
interface MatrixLayout {
  readonly funders: readonly string[];
  readonly partnerLetters: readonly string[];
  /** After the partners: what no partner column counts (a name written otherwise, or missing from the list). */
  readonly unlisted: string;
  readonly totalColumn: number;
  readonly total: string;
  readonly budget: string;
  readonly remaining: string;
  readonly coverage: string;
  readonly width: number;
  readonly firstObjectRow: number;
  readonly totalsRow: number;
  readonly lastBody: number;
  readonly byStatusTop: number;
}

/** Sums over the sample's commitments, for the formulas' cached results. */
interface SampleSums {
  readonly fundings: readonly SampleFunding[];
  readonly committed: (keep: (l: SampleFunding) => boolean) => number;
  /** Committed to a partner of the list. */
  readonly listed: (keep: (l: SampleFunding) => boolean) => number;
}

type ByStatusRow = { label: string; nature: FundingNature; status: FundingStatus | null } | { label: string; sumOf: [number, number] };

// Secured and requested apart, then what is outside the committed total: the financier's question « acquis ou sollicité ? ».
const BY_STATUS_ROWS: readonly ByStatusRow[] = [
  { label: 'Financier acquis', nature: 'Financier', status: 'Acquis' },
  { label: 'Financier sollicité', nature: 'Financier', status: 'Sollicité' },
  { label: 'Engagé (acquis + sollicité)', sumOf: [1, 2] },
  { label: 'Financier prévisionnel (hors total engagé)', nature: 'Financier', status: 'Prévisionnel' },
  { label: 'Humain valorisé (hors total engagé)', nature: 'Humain valorisé', status: null },
  { label: 'Matériel valorisé (hors total engagé)', nature: 'Matériel valorisé', status: null },
];

/** The `Engagements partenaires` sheet plan: titles and year selector, the matrix, its split by status and nature, notes. */
export function engagementsSheet(input: EngagementsInput): SheetPlan {
  const actionRows = input.actions.length > 0 ? input.actions.length : EMPTY_WORKBOOK_ACTION_ROWS;
  const layout = matrixLayout(input.funders, actionRows);
  const sums = sampleSums(input.funders, input.fundings);
  const { remaining, firstObjectRow, lastBody } = layout;
  const body: PlanCell[][] = [
    ...Array.from({ length: actionRows }, (_, i) => actionRow(layout, sums, i + 1, input.actions[i])),
    ...OTHER_OBJECTS.map((object, i) => objectRow(layout, sums, object, firstObjectRow + i, input.coordinationBudgetCents)),
    totalsRow(layout, sums, input),
  ];
  return {
    name: OWNED_SHEETS.engagements,
    owned: true,
    blocks: [titlesBlock(), matrixBlock(layout, body), byStatusBlock(layout, sums), notesBlock(layout.byStatusTop + BY_STATUS_ROWS.length + 2)],
    columnWidths: engagementsColumnWidths(layout),
    rowHeights: engagementsRowHeights(layout, input.actions),
    print: { landscape: true, fitToWidth: true },
    freezeRows: TOP,
    freezeColumns: 2,
    cellValidations: [
      { range: YEAR_SELECTOR_CELL, validation: { kind: 'list', listName: YEAR_SELECTOR_LIST_NAME, strict: true }, prompt: 'Une année du contrat, ou « Toutes ».' },
    ],
    conditionalFormats: [
      { range: `${remaining}${FIRST_BODY}:${remaining}${lastBody}`, formula: `AND(ISNUMBER(${remaining}${FIRST_BODY}),${remaining}${FIRST_BODY}>0)`, fill: '#FFE699' },
      { range: `${remaining}${FIRST_BODY}:${remaining}${lastBody}`, formula: `AND(ISNUMBER(${remaining}${FIRST_BODY}),${remaining}${FIRST_BODY}<0)`, fill: '#F8CBAD' },
    ],
    tabColor: '#548235',
  };
}

function matrixLayout(funders: readonly string[], actionRows: number): MatrixLayout {
  const unlistedColumn = FIRST_PARTNER_COLUMN + funders.length;
  const totalColumn = unlistedColumn + 1;
  const [total, budget, remaining, coverage] = [totalColumn, totalColumn + 1, totalColumn + 2, totalColumn + 3].map(columnLetter) as [string, string, string, string];
  const firstObjectRow = FIRST_BODY + actionRows;
  const totalsRow = firstObjectRow + OTHER_OBJECTS.length;
  return {
    funders,
    partnerLetters: funders.map((_, i) => columnLetter(FIRST_PARTNER_COLUMN + i)),
    unlisted: columnLetter(unlistedColumn),
    totalColumn,
    total,
    budget,
    remaining,
    coverage,
    width: totalColumn + 3,
    firstObjectRow,
    totalsRow,
    lastBody: totalsRow - 1,
    byStatusTop: totalsRow + 2,
  };
}

function sampleSums(funders: readonly string[], fundings: readonly SampleFunding[]): SampleSums {
  const committed = (keep: (l: SampleFunding) => boolean): number => sumCentsWhere(fundings, (l) => isCommittedLine(l) && keep(l));
  return { fundings, committed, listed: (keep) => committed((l) => keep(l) && funders.includes(l.funder)) };
}

const partnerSum = ({ funders, partnerLetters }: MatrixLayout, row: number): string =>
  funders.length === 0 ? '0' : `SUM(${partnerLetters[0]}${row}:${partnerLetters[funders.length - 1]}${row})`;

/** The total less the partner columns: what no listed partner counts. */
function unlistedCell(layout: MatrixLayout, row: number, guarded: boolean, cents: number | null): PlanCell {
  const difference = `ROUND($${layout.total}${row}-${partnerSum(layout, row)},2)`;
  return { formula: guarded ? `IF($A${row}="","",${difference})` : difference, result: cents === null ? '' : euros(cents) };
}

/** Budget, then restant à trouver and coverage, over the whole contract only. */
function budgetAndCoverage(layout: MatrixLayout, row: number, budgetCell: PlanCell, budgetCents: number | null, totalCents: number): PlanCell[] {
  const { budget: B, total: T } = layout;
  return [
    budgetCell,
    {
      formula: `IF(OR($${B}${row}="",${YEAR_CHOSEN}),"",$${B}${row}-$${T}${row})`,
      result: budgetCents === null ? '' : euros(budgetCents - totalCents),
    },
    {
      formula: `IF(OR($${B}${row}="",${YEAR_CHOSEN}),"",IFERROR($${T}${row}/$${B}${row},""))`,
      result: budgetCents === null || budgetCents === 0 ? '' : ratio(totalCents, budgetCents),
    },
  ];
}

/** Row k of the action block: the k-th row of `CLS_Actions` through INDEX, so the matrix follows the plan without the add-in. */
function actionRow(layout: MatrixLayout, sums: SampleSums, k: number, action: SampleAction | undefined): PlanCell[] {
  const { funders, partnerLetters } = layout;
  const row = FIRST_BODY + k - 1;
  const guard = (formula: string): string => `IF($A${row}="","",${formula})`;
  const ofAction = (l: SampleFunding): boolean => l.object === 'Action' && l.action === action?.number;
  const totalCents = action ? sums.committed(ofAction) : 0;
  const budgetRef = `INDEX(${colRef(ACTIONS_TABLE, 'budget')},${k})`;
  return [
    { formula: `IFERROR(INDEX(${colRef(ACTIONS_TABLE, 'actionNumber')},${k})&"","")`, result: action?.number ?? '' },
    { formula: guard(`INDEX(${colRef(ACTIONS_TABLE, 'title')},${k})&""`), result: action?.title ?? '' },
    ...funders.map((funder, i) => ({
      formula: `IF(OR($A${row}="",${partnerLetters[i]}$${TOP}=""),"",${committedFormula([
        [f('object'), '"Action"'],
        [f('actionNumber'), `$A${row}`],
        [f('funder'), `${partnerLetters[i]}$${TOP}`],
      ])})`,
      result: action ? euros(sums.committed((l) => ofAction(l) && l.funder === funder)) : '',
    })),
    unlistedCell(layout, row, true, action ? totalCents - sums.listed(ofAction) : null),
    { formula: guard(committedFormula([[f('object'), '"Action"'], [f('actionNumber'), `$A${row}`]])), result: action ? euros(totalCents) : '' },
    ...budgetAndCoverage(
      layout,
      row,
      { formula: guard(`IF(${budgetRef}="","",${budgetRef})`), result: action ? euros(action.budgetCents) : '' },
      action ? action.budgetCents : null,
      totalCents,
    ),
  ];
}

/** A row for an objet other than `Action`; only coordination has a budget (the post's yearly cost × the contract's duration). */
function objectRow(layout: MatrixLayout, sums: SampleSums, object: string, row: number, coordinationBudgetCents: number | null): PlanCell[] {
  const ofObject = (l: SampleFunding): boolean => l.object === object;
  const totalCents = sums.committed(ofObject);
  const budgetCents = object === 'Coordination' ? coordinationBudgetCents : null;
  const cost = parameterValue('coordinationPostCost');
  const duration = parameterValue('durationYears');
  const budgetCell: PlanCell =
    object === 'Coordination'
      ? { formula: `IFERROR(IF(OR(${cost}="",${duration}=""),"",${cost}*${duration}),"")`, result: budgetCents === null ? '' : euros(budgetCents) }
      : null;
  return [
    null,
    object,
    ...layout.funders.map((funder, j) => ({
      formula: `IF(${layout.partnerLetters[j]}$${TOP}="","",${committedFormula([
        [f('object'), `$B${row}`],
        [f('funder'), `${layout.partnerLetters[j]}$${TOP}`],
      ])})`,
      result: euros(sums.committed((l) => ofObject(l) && l.funder === funder)),
    })),
    unlistedCell(layout, row, false, totalCents - sums.listed(ofObject)),
    { formula: committedFormula([[f('object'), `$B${row}`]]), result: euros(totalCents) },
    ...budgetAndCoverage(layout, row, budgetCell, budgetCents, totalCents),
  ];
}

/** The totals row counts every commitment (it does not sum the rows above); budget and restant à trouver sum the rows. */
function totalsRow(layout: MatrixLayout, sums: SampleSums, input: EngagementsInput): PlanCell[] {
  const { funders, partnerLetters, budget: B, remaining: R, totalsRow: row, lastBody } = layout;
  const { actions, coordinationBudgetCents } = input;
  const { committed } = sums;
  const budgetTotalCents = actions.reduce((sum, a) => sum + a.budgetCents, 0) + (coordinationBudgetCents ?? 0);
  const remainingTotalCents =
    actions.reduce((sum, a) => sum + a.budgetCents - committed((l) => l.object === 'Action' && l.action === a.number), 0) +
    (coordinationBudgetCents === null ? 0 : coordinationBudgetCents - committed((l) => l.object === 'Coordination'));
  const grandCents = committed(() => true);
  return [
    null,
    ENGAGEMENT_HEADERS.totalsRow,
    ...funders.map((funder, j) => ({
      formula: `IF(${partnerLetters[j]}$${TOP}="","",${committedFormula([[f('funder'), `${partnerLetters[j]}$${TOP}`]])})`,
      result: euros(committed((l) => l.funder === funder)),
    })),
    unlistedCell(layout, row, false, grandCents - sums.listed(() => true)),
    { formula: committedFormula([]), result: euros(grandCents) },
    { formula: `SUM(${B}${FIRST_BODY}:${B}${lastBody})`, result: euros(budgetTotalCents) },
    { formula: `IF(${YEAR_CHOSEN},"",SUM(${R}${FIRST_BODY}:${R}${lastBody}))`, result: euros(remainingTotalCents) },
    {
      formula: `IF(${YEAR_CHOSEN},"",IFERROR((${B}${row}-${R}${row})/${B}${row},""))`,
      result: budgetTotalCents === 0 ? '' : ratio(budgetTotalCents - remainingTotalCents, budgetTotalCents),
    },
  ];
}

/** The header (partner names from `CLS_Financeurs`) over the action, object and totals rows. */
function matrixBlock(layout: MatrixLayout, body: readonly PlanCell[][]): RangePlan {
  const { width } = layout;
  const header: PlanCell[] = [
    ENGAGEMENT_HEADERS.actionNumber,
    ENGAGEMENT_HEADERS.label,
    ...layout.funders.map((name, i) => ({ formula: `IFERROR(INDEX(${colRef(FUNDERS_TABLE, 'funder')},${i + 1})&"","")`, result: name })),
    ENGAGEMENT_HEADERS.unlisted,
    ENGAGEMENT_HEADERS.total,
    ENGAGEMENT_HEADERS.budget,
    ENGAGEMENT_HEADERS.remaining,
    ENGAGEMENT_HEADERS.coverage,
  ];
  const moneyRow = (): (string | null)[] => Array.from({ length: width }, (_, c) => (c < 2 ? null : c === width - 1 ? FORMATS.percent : FORMATS.amountOrDash));
  return {
    kind: 'range',
    anchor: `A${TOP}`,
    values: [header, ...body],
    numberFormats: [Array.from({ length: width }, () => null), ...body.map(moneyRow)],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, [body.length]: TOTAL_STYLE },
    columnStyles: { 1: { wrap: true } },
  };
}

/** SUMIFS over one nature (and status) for the chosen year, for one partner or all. */
function byStatusFormula(nature: FundingNature, status: FundingStatus | null, funderCell: string | null): string {
  const pairs: [string, string][] = [];
  if (funderCell !== null) pairs.push([f('funder'), funderCell]);
  pairs.push([f('nature'), str(nature)], [f('year'), YEAR_CRITERION]);
  if (status !== null) pairs.push([f('status'), str(status)]);
  return `SUMIFS(${f('amount')},${pairs.map(([r, c]) => `${r},${c}`).join(',')})`;
}

/** Under the matrix: each partner's commitments by status and nature, acquis and sollicité apart. */
function byStatusBlock(layout: MatrixLayout, sums: SampleSums): RangePlan {
  const { funders, partnerLetters, width, byStatusTop } = layout;
  const row = (v: ByStatusRow, i: number): PlanCell[] => ('sumOf' in v ? committedByStatusRow(layout, sums, v.sumOf) : byStatusRow(layout, sums, v, byStatusTop + 1 + i));
  return {
    kind: 'range',
    anchor: `A${byStatusTop}`,
    values: [
      [null, 'Par statut et par nature', ...partnerLetters.map((l, i) => ({ formula: `${l}${TOP}`, result: funders[i] ?? '' })), ENGAGEMENT_HEADERS.unlisted, 'Total'],
      ...BY_STATUS_ROWS.map((v, i) => [null, v.label, ...row(v, i)]),
    ],
    numberFormats: [
      Array.from({ length: width - 3 }, () => null),
      ...BY_STATUS_ROWS.map(() => Array.from({ length: width - 3 }, (_, c) => (c < 2 ? null : FORMATS.amountOrDash))),
    ],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, 3: TOTAL_STYLE },
  };
}

/** The engagé row: the sum of the acquis and sollicité rows above, per partner, unlisted and in total. */
function committedByStatusRow(layout: MatrixLayout, { fundings }: SampleSums, sumOf: [number, number]): PlanCell[] {
  const { funders, partnerLetters, unlisted, totalColumn, byStatusTop } = layout;
  const [a, b] = sumOf.map((k) => byStatusTop + k);
  const totalLetter = columnLetter(totalColumn);
  const keep = (l: SampleFunding): boolean => isCommittedLine(l);
  return [
    ...[...partnerLetters, unlisted].map((l, j) => ({
      formula: j < funders.length ? `IF(${l}$${TOP}="","",SUM(${l}${a},${l}${b}))` : `SUM(${l}${a},${l}${b})`,
      result: euros(j < funders.length ? sumCentsWhere(fundings, (line) => keep(line) && line.funder === funders[j]) : sumCentsWhere(fundings, (line) => keep(line) && !funders.includes(line.funder))),
    })),
    { formula: `SUM(${totalLetter}${a},${totalLetter}${b})`, result: euros(sumCentsWhere(fundings, keep)) },
  ];
}

/** One nature (and status) per partner, what no listed partner counts, and in total. */
function byStatusRow(layout: MatrixLayout, { fundings }: SampleSums, v: { nature: FundingNature; status: FundingStatus | null }, row: number): PlanCell[] {
  const { funders, partnerLetters, totalColumn } = layout;
  const totalLetter = columnLetter(totalColumn);
  const keep = (l: SampleFunding): boolean => l.nature === v.nature && (v.status === null || l.status === v.status);
  return [
    ...partnerLetters.map((l, j) => ({
      formula: `IF(${l}$${TOP}="","",${byStatusFormula(v.nature, v.status, `${l}$${TOP}`)})`,
      result: euros(sumCentsWhere(fundings, (line) => keep(line) && line.funder === funders[j])),
    })),
    { formula: `ROUND(${totalLetter}${row}-${partnerSum(layout, row)},2)`, result: euros(sumCentsWhere(fundings, (line) => keep(line) && !funders.includes(line.funder))) },
    { formula: byStatusFormula(v.nature, v.status, null), result: euros(sumCentsWhere(fundings, keep)) },
  ];
}

function titlesBlock(): RangePlan {
  return {
    kind: 'range',
    anchor: 'A1',
    values: [
      ['Tableau d’engagement des partenaires'],
      ['Engagements financiers acquis et sollicités, en euros, calculés à partir du tableau CLS_Financements (feuille Financements).'],
      ['Année :', ALL_YEARS, 'Choisissez une année du contrat ou « Toutes ».'],
    ],
    rowStyles: { 0: { bold: true, fontSize: 14, fontColor: '#1F3864' }, 1: { italic: true, fontColor: '#595959' }, 2: { bold: true } },
  };
}

function notesBlock(top: number): RangePlan {
  return {
    kind: 'range',
    anchor: `A${top}`,
    values: [
      ['Total engagé : engagements de nature « Financier » au statut Acquis ou Sollicité, tous financeurs du tableau CLS_Financements (engagé = acquis + sollicité, détaillés sous le tableau).'],
      ['Hors liste des partenaires : engagements dont le financeur n’est écrit comme aucun partenaire de la liste (CLS_Financeurs) ; le contrôle Tableaux CLS signale chaque ligne concernée.'],
      ['Budget prévisionnel : celui du plan d’action (CLS_Actions) ; pour la coordination, coût annuel du poste × durée du contrat.'],
      ['Restant à trouver et taux de couverture portent sur toute la durée du contrat : ils s’affichent quand l’année choisie est « Toutes ».'],
      ['Feuille régénérée par Tableaux CLS : ne pas y saisir de données. Après l’ajout d’actions ou de financeurs, régénérez-la pour ajouter lignes et colonnes.'],
    ],
    style: { italic: true, fontColor: '#595959' },
  };
}

function engagementsColumnWidths(layout: MatrixLayout): Record<string, number> {
  const columnWidths: Record<string, number> = { A: 10, B: TITLE_WIDTH };
  for (const l of layout.partnerLetters) columnWidths[l] = PARTNER_WIDTH;
  columnWidths[layout.unlisted] = PARTNER_WIDTH;
  return Object.assign(columnWidths, { [layout.total]: 14, [layout.budget]: 14, [layout.remaining]: 14, [layout.coverage]: 12 });
}

/** Partner names wrap on up to three lines; long action titles on two. */
function engagementsRowHeights(layout: MatrixLayout, actions: readonly SampleAction[]): Record<number, number> {
  const rowHeights: Record<number, number> = { [TOP]: 48, [layout.byStatusTop]: 48 };
  actions.forEach((action, i) => {
    const height = rowHeight([{ text: action.title, width: TITLE_WIDTH }], 3);
    if (height !== undefined) rowHeights[FIRST_BODY + i] = height;
  });
  return rowHeights;
}
