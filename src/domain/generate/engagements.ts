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

export function engagementsSheet(input: EngagementsInput): SheetPlan {
  const { funders, actions, fundings } = input;
  const actionRows = actions.length > 0 ? actions.length : EMPTY_WORKBOOK_ACTION_ROWS;
  const firstPartnerCol = 3;
  // One column after the partners shows what no partner column counts (a name written otherwise, or missing from the list).
  const unlistedCol = firstPartnerCol + funders.length;
  const U = columnLetter(unlistedCol);
  const totalCol = unlistedCol + 1;
  const [T, B, R, C] = [totalCol, totalCol + 1, totalCol + 2, totalCol + 3].map(columnLetter) as [string, string, string, string];
  const top = MATRIX_HEADER_ROW;
  const firstBody = top + 1;
  const objectRow0 = firstBody + actionRows;
  const totalsRow = objectRow0 + OTHER_OBJECTS.length;
  const partnerLetters = funders.map((_, i) => columnLetter(firstPartnerCol + i));
  const partnerSum = (row: number): string => (funders.length === 0 ? '0' : `SUM(${partnerLetters[0]}${row}:${partnerLetters[funders.length - 1]}${row})`);
  const unlistedFormula = (row: number, guarded: boolean): string =>
    guarded ? `IF($A${row}="","",ROUND($${T}${row}-${partnerSum(row)},2))` : `ROUND($${T}${row}-${partnerSum(row)},2)`;
  const unlistedCell = (row: number, guarded: boolean, cents: number | null): PlanCell => ({
    formula: unlistedFormula(row, guarded),
    result: cents === null ? '' : euros(cents),
  });
  const listedCents = (keep: (l: SampleFunding) => boolean): number => committed((l) => keep(l) && funders.includes(l.funder));
  const committed = (keep: (l: SampleFunding) => boolean): number => sumCentsWhere(fundings, (l) => isCommittedLine(l) && keep(l));

  const header: PlanCell[] = [
    ENGAGEMENT_HEADERS.actionNumber,
    ENGAGEMENT_HEADERS.label,
    ...funders.map((name, i) => ({ formula: `IFERROR(INDEX(${colRef(FUNDERS_TABLE, 'funder')},${i + 1})&"","")`, result: name })),
    ENGAGEMENT_HEADERS.unlisted,
    ENGAGEMENT_HEADERS.total,
    ENGAGEMENT_HEADERS.budget,
    ENGAGEMENT_HEADERS.remaining,
    ENGAGEMENT_HEADERS.coverage,
  ];

  /** Restant à trouver and coverage, over the whole contract only. */
  const tail = (row: number, budgetCell: PlanCell, budgetCents: number | null, totalCents: number): PlanCell[] => [
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

  const body: PlanCell[][] = [];
  for (let k = 1; k <= actionRows; k++) {
    const row = firstBody + k - 1;
    const action = actions[k - 1];
    const guard = (formula: string): string => `IF($A${row}="","",${formula})`;
    const ofAction = (l: SampleFunding): boolean => l.object === 'Action' && l.action === action?.number;
    const totalCents = action ? committed(ofAction) : 0;
    const budgetRef = `INDEX(${colRef(ACTIONS_TABLE, 'budget')},${k})`;
    body.push([
      { formula: `IFERROR(INDEX(${colRef(ACTIONS_TABLE, 'actionNumber')},${k})&"","")`, result: action?.number ?? '' },
      { formula: guard(`INDEX(${colRef(ACTIONS_TABLE, 'title')},${k})&""`), result: action?.title ?? '' },
      ...funders.map((funder, i) => ({
        formula: `IF(OR($A${row}="",${partnerLetters[i]}$${top}=""),"",${committedFormula([
          [f('object'), '"Action"'],
          [f('actionNumber'), `$A${row}`],
          [f('funder'), `${partnerLetters[i]}$${top}`],
        ])})`,
        result: action ? euros(committed((l) => ofAction(l) && l.funder === funder)) : '',
      })),
      unlistedCell(row, true, action ? totalCents - listedCents(ofAction) : null),
      { formula: guard(committedFormula([[f('object'), '"Action"'], [f('actionNumber'), `$A${row}`]])), result: action ? euros(totalCents) : '' },
      ...tail(
        row,
        { formula: guard(`IF(${budgetRef}="","",${budgetRef})`), result: action ? euros(action.budgetCents) : '' },
        action ? action.budgetCents : null,
        totalCents,
      ),
    ]);
  }
  OTHER_OBJECTS.forEach((object, i) => {
    const row = objectRow0 + i;
    const ofObject = (l: SampleFunding): boolean => l.object === object;
    const totalCents = committed(ofObject);
    const budgetCents = object === 'Coordination' ? input.coordinationBudgetCents : null;
    const cost = parameterValue('coordinationPostCost');
    const duration = parameterValue('durationYears');
    const budgetCell: PlanCell =
      object === 'Coordination'
        ? { formula: `IFERROR(IF(OR(${cost}="",${duration}=""),"",${cost}*${duration}),"")`, result: budgetCents === null ? '' : euros(budgetCents) }
        : null;
    body.push([
      null,
      object,
      ...funders.map((funder, j) => ({
        formula: `IF(${partnerLetters[j]}$${top}="","",${committedFormula([
          [f('object'), `$B${row}`],
          [f('funder'), `${partnerLetters[j]}$${top}`],
        ])})`,
        result: euros(committed((l) => ofObject(l) && l.funder === funder)),
      })),
      unlistedCell(row, false, totalCents - listedCents(ofObject)),
      { formula: committedFormula([[f('object'), `$B${row}`]]), result: euros(totalCents) },
      ...tail(row, budgetCell, budgetCents, totalCents),
    ]);
  });

  const budgetTotalCents =
    actions.reduce((sum, a) => sum + a.budgetCents, 0) + (input.coordinationBudgetCents ?? 0);
  const remainingTotalCents =
    actions.reduce((sum, a) => sum + a.budgetCents - committed((l) => l.object === 'Action' && l.action === a.number), 0) +
    (input.coordinationBudgetCents === null ? 0 : input.coordinationBudgetCents - committed((l) => l.object === 'Coordination'));
  const lastBody = totalsRow - 1;
  const grandCents = committed(() => true);
  body.push([
    null,
    ENGAGEMENT_HEADERS.totalsRow,
    ...funders.map((funder, j) => ({
      formula: `IF(${partnerLetters[j]}$${top}="","",${committedFormula([[f('funder'), `${partnerLetters[j]}$${top}`]])})`,
      result: euros(committed((l) => l.funder === funder)),
    })),
    unlistedCell(totalsRow, false, grandCents - listedCents(() => true)),
    { formula: committedFormula([]), result: euros(grandCents) },
    { formula: `SUM(${B}${firstBody}:${B}${lastBody})`, result: euros(budgetTotalCents) },
    { formula: `IF(${YEAR_CHOSEN},"",SUM(${R}${firstBody}:${R}${lastBody}))`, result: euros(remainingTotalCents) },
    {
      formula: `IF(${YEAR_CHOSEN},"",IFERROR((${B}${totalsRow}-${R}${totalsRow})/${B}${totalsRow},""))`,
      result: budgetTotalCents === 0 ? '' : ratio(budgetTotalCents - remainingTotalCents, budgetTotalCents),
    },
  ]);

  const width = totalCol + 3;
  const moneyRow = (): (string | null)[] => Array.from({ length: width }, (_, c) => (c < 2 ? null : c === width - 1 ? FORMATS.percent : FORMATS.amountOrDash));
  const matrix: RangePlan = {
    kind: 'range',
    anchor: `A${top}`,
    values: [header, ...body],
    numberFormats: [Array.from({ length: width }, () => null), ...body.map(moneyRow)],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, [body.length]: TOTAL_STYLE },
    columnStyles: { 1: { wrap: true } },
  };

  // Secured and requested apart, then what is outside the committed total: the financier's question « acquis ou sollicité ? ».
  const valuedTop = totalsRow + 2;
  type ByStatusRow = { label: string; nature: FundingNature; status: FundingStatus | null } | { label: string; sumOf: [number, number] };
  const valued: ByStatusRow[] = [
    { label: 'Financier acquis', nature: 'Financier', status: 'Acquis' },
    { label: 'Financier sollicité', nature: 'Financier', status: 'Sollicité' },
    { label: 'Engagé (acquis + sollicité)', sumOf: [1, 2] },
    { label: 'Financier prévisionnel (hors total engagé)', nature: 'Financier', status: 'Prévisionnel' },
    { label: 'Humain valorisé (hors total engagé)', nature: 'Humain valorisé', status: null },
    { label: 'Matériel valorisé (hors total engagé)', nature: 'Matériel valorisé', status: null },
  ];
  const valuedFormula = (nature: FundingNature, status: FundingStatus | null, funderCell: string | null): string => {
    const pairs: [string, string][] = [];
    if (funderCell !== null) pairs.push([f('funder'), funderCell]);
    pairs.push([f('nature'), str(nature)], [f('year'), YEAR_CRITERION]);
    if (status !== null) pairs.push([f('status'), str(status)]);
    return `SUMIFS(${f('amount')},${pairs.map(([r, c]) => `${r},${c}`).join(',')})`;
  };
  const isValued = (nature: FundingNature, status: FundingStatus | null) => (l: SampleFunding): boolean =>
    l.nature === nature && (status === null || l.status === status);
  const blockLetters = [...partnerLetters, U];
  const valuedRow = (v: ByStatusRow, i: number): PlanCell[] => {
    const row = valuedTop + 1 + i;
    const totalLetter = columnLetter(totalCol);
    if ('sumOf' in v) {
      const [a, b] = v.sumOf.map((k) => valuedTop + k);
      const keep = (l: SampleFunding): boolean => isCommittedLine(l);
      return [
        null,
        v.label,
        ...blockLetters.map((l, j) => ({
          formula: j < funders.length ? `IF(${l}$${top}="","",SUM(${l}${a},${l}${b}))` : `SUM(${l}${a},${l}${b})`,
          result: euros(j < funders.length ? sumCentsWhere(fundings, (line) => keep(line) && line.funder === funders[j]) : sumCentsWhere(fundings, (line) => keep(line) && !funders.includes(line.funder))),
        })),
        { formula: `SUM(${totalLetter}${a},${totalLetter}${b})`, result: euros(sumCentsWhere(fundings, keep)) },
      ];
    }
    const keep = isValued(v.nature, v.status);
    return [
      null,
      v.label,
      ...partnerLetters.map((l, j) => ({
        formula: `IF(${l}$${top}="","",${valuedFormula(v.nature, v.status, `${l}$${top}`)})`,
        result: euros(sumCentsWhere(fundings, (line) => keep(line) && line.funder === funders[j])),
      })),
      { formula: `ROUND(${totalLetter}${row}-${partnerSum(row)},2)`, result: euros(sumCentsWhere(fundings, (line) => keep(line) && !funders.includes(line.funder))) },
      { formula: valuedFormula(v.nature, v.status, null), result: euros(sumCentsWhere(fundings, keep)) },
    ];
  };
  const valuedBlock: RangePlan = {
    kind: 'range',
    anchor: `A${valuedTop}`,
    values: [
      [
        null,
        'Par statut et par nature',
        ...partnerLetters.map((l, i) => ({ formula: `${l}${top}`, result: funders[i] ?? '' })),
        ENGAGEMENT_HEADERS.unlisted,
        'Total',
      ],
      ...valued.map(valuedRow),
    ],
    numberFormats: [Array.from({ length: width - 3 }, () => null), ...valued.map(() => Array.from({ length: width - 3 }, (_, c) => (c < 2 ? null : FORMATS.amountOrDash)))],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, 3: TOTAL_STYLE },
  };

  const notesTop = valuedTop + valued.length + 2;
  const notes: RangePlan = {
    kind: 'range',
    anchor: `A${notesTop}`,
    values: [
      ['Total engagé : engagements de nature « Financier » au statut Acquis ou Sollicité, tous financeurs du tableau CLS_Financements (engagé = acquis + sollicité, détaillés sous le tableau).'],
      ['Hors liste des partenaires : engagements dont le financeur n’est écrit comme aucun partenaire de la liste (CLS_Financeurs) ; le contrôle Tableaux CLS signale chaque ligne concernée.'],
      ['Budget prévisionnel : celui du plan d’action (CLS_Actions) ; pour la coordination, coût annuel du poste × durée du contrat.'],
      ['Restant à trouver et taux de couverture portent sur toute la durée du contrat : ils s’affichent quand l’année choisie est « Toutes ».'],
      ['Feuille régénérée par Tableaux CLS : ne pas y saisir de données. Après l’ajout d’actions ou de financeurs, régénérez-la pour ajouter lignes et colonnes.'],
    ],
    style: { italic: true, fontColor: '#595959' },
  };

  const titles: RangePlan = {
    kind: 'range',
    anchor: 'A1',
    values: [
      ['Tableau d’engagement des partenaires'],
      ['Engagements financiers acquis et sollicités, en euros, calculés à partir du tableau CLS_Financements (feuille Financements).'],
      ['Année :', ALL_YEARS, 'Choisissez une année du contrat ou « Toutes ».'],
    ],
    rowStyles: { 0: { bold: true, fontSize: 14, fontColor: '#1F3864' }, 1: { italic: true, fontColor: '#595959' }, 2: { bold: true } },
  };

  const columnWidths: Record<string, number> = { A: 10, B: TITLE_WIDTH };
  for (const l of partnerLetters) columnWidths[l] = PARTNER_WIDTH;
  columnWidths[U] = PARTNER_WIDTH;
  // Partner names wrap on up to three lines; long action titles on two.
  const rowHeights: Record<number, number> = { [top]: 48, [valuedTop]: 48 };
  actions.forEach((action, i) => {
    const height = rowHeight([{ text: action.title, width: TITLE_WIDTH }], 3);
    if (height !== undefined) rowHeights[firstBody + i] = height;
  });
  Object.assign(columnWidths, { [T]: 14, [B]: 14, [R]: 14, [C]: 12 });

  return {
    name: OWNED_SHEETS.engagements,
    owned: true,
    blocks: [titles, matrix, valuedBlock, notes],
    columnWidths,
    rowHeights,
    print: { landscape: true, fitToWidth: true },
    freezeRows: top,
    freezeColumns: 2,
    cellValidations: [
      { range: YEAR_SELECTOR_CELL, validation: { kind: 'list', listName: YEAR_SELECTOR_LIST_NAME, strict: true }, prompt: 'Une année du contrat, ou « Toutes ».' },
    ],
    conditionalFormats: [
      { range: `${R}${firstBody}:${R}${lastBody}`, formula: `AND(ISNUMBER(${R}${firstBody}),${R}${firstBody}>0)`, fill: '#FFE699' },
      { range: `${R}${firstBody}:${R}${lastBody}`, formula: `AND(ISNUMBER(${R}${firstBody}),${R}${firstBody}<0)`, fill: '#F8CBAD' },
    ],
    tabColor: '#548235',
  };
}
