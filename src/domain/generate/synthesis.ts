/**
 * The `Synthèse` sheet: status counts by axis, commitments by partner and year, plan coverage and
 * indicator figures, as live formulas. Charts are described as ChartPlan for the add-in (exceljs cannot
 * write charts); the .xlsx gets data bars instead.
 */
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDERS_TABLE, FUNDINGS_TABLE, OWNED_SHEETS } from '../workbook/contract';
import { ACTION_STATUSES } from '../workbook/lists';
import { columnLetter } from '../values/a1';
import { committedFormula } from './engagements';
import { FORMATS } from './formats';
import { euros, isCommittedLine, ratio, sumCentsWhere } from './funding-math';
import type { CellStyle, ChartPlan, DataBarPlan, PlanCell, RangePlan, SheetPlan } from './plan';
import { colRef, contractYearFormula, parameterValue, tableColumns } from './refs';
import type { SampleCls, SampleFunding } from './sample';

/** Axis rows of an empty workbook: CLS programmes have a handful of axes. */
export const EMPTY_WORKBOOK_AXES = 6;

const HEADER_STYLE: CellStyle = { bold: true, fill: '#E2EFDA', wrap: true, horizontal: 'center', border: true };
const TOTAL_STYLE: CellStyle = { bold: true, fill: '#F2F2F2', border: true };
const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12, fontColor: '#375623' };

const a = (key: string): string => colRef(ACTIONS_TABLE, key);
const fin = (key: string): string => colRef(FUNDINGS_TABLE, key);
const ev = (key: string): string => colRef(EVALUATION_TABLE, key);

export interface SynthesisInput {
  readonly years: number;
  readonly startYear: number | null;
  readonly funders: readonly string[];
  readonly sample: SampleCls | null;
}

/** What the sample holds, and the committed sum over it, for the formulas' cached results. */
interface SampleFigures {
  readonly actions: SampleCls['actions'];
  readonly fundings: readonly SampleFunding[];
  readonly indicators: SampleCls['indicators'];
  readonly committed: (keep: (l: SampleFunding) => boolean) => number;
}

/** A table of the sheet under its section title, its chart and data bars, and the last row it takes. */
interface ChartedTable {
  readonly blocks: readonly RangePlan[];
  readonly chart: ChartPlan;
  readonly dataBar: DataBarPlan;
  readonly lastRow: number;
}

/** A label, its value and the value's number format. */
type Figure = [string, PlanCell, string | null];

const STATUS_TOP = 5;
const STATUS_COLUMNS = ACTION_STATUSES.length;
const STATUS_TOTAL_LETTER = columnLetter(3 + STATUS_COLUMNS);
const STATUS_DONE_LETTER = columnLetter(3 + ACTION_STATUSES.indexOf('Réalisée'));
const STATUS_SHARE_LETTER = columnLetter(4 + STATUS_COLUMNS);

/** The `Synthèse` sheet plan: four sections of live formulas, with cached results from the sample. */
export function synthesisSheet(input: SynthesisInput): SheetPlan {
  const figures = sampleFigures(input.sample);
  const status = statusByAxis(figures.actions);
  const commitments = commitmentsByPartner(input, figures, status.lastRow + 4);
  return {
    name: OWNED_SHEETS.synthesis,
    owned: true,
    blocks: [titleBlock(input.sample), ...status.blocks, ...commitments.blocks, ...figureSections(input.years, figures, commitments.lastRow + 4)],
    columnWidths: synthesisColumnWidths(),
    charts: [status.chart, commitments.chart],
    dataBars: [status.dataBar, commitments.dataBar],
    print: { landscape: false, fitToWidth: true },
    tabColor: '#548235',
  };
}

function sampleFigures(sample: SampleCls | null): SampleFigures {
  const fundings = sample?.fundings ?? [];
  return {
    actions: sample?.actions ?? [],
    fundings,
    indicators: sample?.indicators ?? [],
    committed: (keep) => sumCentsWhere(fundings, (l) => isCommittedLine(l) && keep(l)),
  };
}

const sectionTitle = (row: number, title: string): RangePlan => ({ kind: 'range', anchor: `A${row}`, values: [[title]], style: SECTION_STYLE });

/** The sheet's title and the contract's name under it. */
function titleBlock(sample: SampleCls | null): RangePlan {
  return {
    kind: 'range',
    anchor: 'A1',
    values: [['Synthèse du contrat local de santé'], [{ formula: `IFERROR(${parameterValue('name')}&"","")`, result: sample ? sample.title : '' }]],
    rowStyles: { 0: { bold: true, fontSize: 14, fontColor: '#1F3864' }, 1: { italic: true, fontColor: '#595959' } },
  };
}

/** The sample's axes in order of first appearance, or numbered empty rows for an empty workbook. */
function axesOf(actions: SampleFigures['actions']): { number: string; label: string }[] {
  const axes: { number: string; label: string }[] = [];
  for (const act of actions) if (!axes.some((x) => x.number === act.axisNumber)) axes.push({ number: act.axisNumber, label: act.axis });
  if (axes.length === 0) for (let i = 1; i <= EMPTY_WORKBOOK_AXES; i++) axes.push({ number: String(i), label: '' });
  return axes;
}

/** Section 1: how many actions of each axis are at each status, and the share done. */
function statusByAxis(actions: SampleFigures['actions']): ChartedTable {
  const axes = axesOf(actions);
  const statusRows = axes.map((axis, i) => axisStatusRow(axis, STATUS_TOP + 1 + i, actions));
  const statusLast = STATUS_TOP + axes.length;
  const totals = statusTotals(actions, statusLast);
  const width = STATUS_COLUMNS + 4;
  const table: RangePlan = {
    kind: 'range',
    anchor: `A${STATUS_TOP}`,
    values: [['N° axe', 'Axe stratégique', ...ACTION_STATUSES, 'Total', 'Part réalisée'], ...statusRows, totals],
    numberFormats: [
      Array.from({ length: width }, () => null),
      ...[...statusRows, totals].map(() => Array.from({ length: width }, (_, c) => (c === STATUS_COLUMNS + 3 ? FORMATS.percent : null))),
    ],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, [statusRows.length + 1]: TOTAL_STYLE },
  };
  return {
    blocks: [sectionTitle(STATUS_TOP - 1, 'Avancement des actions par axe'), table],
    chart: { type: 'columnStacked', title: 'Actions par axe et par statut', dataRange: `B${STATUS_TOP}:${columnLetter(2 + STATUS_COLUMNS)}${statusLast}`, anchor: 'L4' },
    dataBar: { range: `${STATUS_SHARE_LETTER}${STATUS_TOP + 1}:${STATUS_SHARE_LETTER}${statusLast}`, color: '#70AD47' },
    lastRow: statusLast,
  };
}

function axisStatusRow(axis: { number: string; label: string }, row: number, actions: SampleFigures['actions']): PlanCell[] {
  const ofAxis = actions.filter((x) => x.axisNumber === axis.number);
  const total = ofAxis.length;
  const done = ofAxis.filter((x) => x.status === 'Réalisée').length;
  return [
    axis.number,
    { formula: `IFERROR(INDEX(${a('axis')},MATCH($A${row},${a('axisNumber')},0))&"","")`, result: axis.label },
    ...ACTION_STATUSES.map((status, s) => ({
      formula: `COUNTIFS(${a('axisNumber')},$A${row},${a('status')},${columnLetter(3 + s)}$${STATUS_TOP})`,
      result: ofAxis.filter((x) => x.status === status).length,
    })),
    { formula: `COUNTIFS(${a('axisNumber')},$A${row},${a('actionNumber')},"<>")`, result: total },
    { formula: `IFERROR(${STATUS_DONE_LETTER}${row}/${STATUS_TOTAL_LETTER}${row},"")`, result: total === 0 ? '' : ratio(done, total) },
  ];
}

function statusTotals(actions: SampleFigures['actions'], statusLast: number): PlanCell[] {
  const allDone = actions.filter((x) => x.status === 'Réalisée').length;
  return [
    null,
    'Total',
    ...ACTION_STATUSES.map((status, s) => {
      const l = columnLetter(3 + s);
      return { formula: `SUM(${l}${STATUS_TOP + 1}:${l}${statusLast})`, result: actions.filter((x) => x.status === status).length };
    }),
    { formula: `SUM(${STATUS_TOTAL_LETTER}${STATUS_TOP + 1}:${STATUS_TOTAL_LETTER}${statusLast})`, result: actions.length },
    {
      formula: `IFERROR(${STATUS_DONE_LETTER}${statusLast + 1}/${STATUS_TOTAL_LETTER}${statusLast + 1},"")`,
      result: actions.length === 0 ? '' : ratio(allDone, actions.length),
    },
  ];
}

/** Section 2: what each partner committed each contract year, with row and column totals. */
function commitmentsByPartner(input: SynthesisInput, figures: SampleFigures, top: number): ChartedTable {
  const { years, funders } = input;
  const yearLetters = Array.from({ length: years }, (_, i) => columnLetter(2 + i));
  const yearValue = (i: number): number | null => (input.startYear === null ? null : input.startYear + i);
  const header: PlanCell[] = ['Financeur', ...yearLetters.map((_, i) => ({ formula: contractYearFormula(i), result: yearValue(i) ?? '' })), 'Total'];
  const partnerRows = funders.map((funder, i) => partnerCommitments(funder, i, top, yearLetters, yearValue, figures));
  const totals: PlanCell[] = [
    'Total',
    ...yearLetters.map((l, y) => {
      const year = yearValue(y);
      return {
        formula: `IF(${l}$${top}="","",${committedFormula([[fin('year'), `${l}$${top}`]], null)})`,
        result: year === null ? '' : euros(figures.committed((x) => x.year === year)),
      };
    }),
    { formula: committedFormula([], null), result: euros(figures.committed(() => true)) },
  ];
  const last = top + funders.length;
  const totalLetter = columnLetter(2 + years);
  const table: RangePlan = {
    kind: 'range',
    anchor: `A${top}`,
    values: [header, ...partnerRows, totals],
    numberFormats: [
      Array.from({ length: years + 2 }, (_, c) => (c === 0 || c === years + 1 ? null : FORMATS.year)),
      ...[...partnerRows, totals].map(() => Array.from({ length: years + 2 }, (_, c) => (c === 0 ? null : FORMATS.amount))),
    ],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, [partnerRows.length + 1]: TOTAL_STYLE },
  };
  return {
    blocks: [sectionTitle(top - 1, 'Engagements financiers par partenaire et par année (acquis et sollicités, en euros)'), table],
    chart: { type: 'columnStacked', title: 'Engagements par partenaire et par année', dataRange: `A${top}:${yearLetters[yearLetters.length - 1] ?? 'B'}${last}`, anchor: 'L22' },
    dataBar: { range: `${totalLetter}${top + 1}:${totalLetter}${last}`, color: '#5B9BD5' },
    lastRow: last,
  };
}

/** One partner's row: its name from `CLS_Financeurs`, a year's commitments a column, and its total. */
function partnerCommitments(
  funder: string,
  i: number,
  top: number,
  yearLetters: readonly string[],
  yearValue: (i: number) => number | null,
  figures: SampleFigures,
): PlanCell[] {
  const row = top + 1 + i;
  return [
    { formula: `IFERROR(INDEX(${colRef(FUNDERS_TABLE, 'funder')},${i + 1})&"","")`, result: funder },
    ...yearLetters.map((l, y) => {
      const year = yearValue(y);
      return {
        formula: `IF(OR($A${row}="",${l}$${top}=""),"",${committedFormula([[fin('funder'), `$A${row}`], [fin('year'), `${l}$${top}`]], null)})`,
        result: year === null ? '' : euros(figures.committed((x) => x.funder === funder && x.year === year)),
      };
    }),
    { formula: `IF($A${row}="","",${committedFormula([[fin('funder'), `$A${row}`]], null)})`, result: euros(figures.committed((x) => x.funder === funder)) },
  ];
}

/** Sections 3 and 4, plan coverage and indicators as label / value pairs, then the sheet's closing note. */
function figureSections(years: number, figures: SampleFigures, top: number): RangePlan[] {
  const coverage = coverageFigures(figures, top);
  const indicators = indicatorFigures(years, figures);
  const indicatorsTop = top + coverage.length + 2;
  return [
    sectionTitle(top - 1, 'Couverture du plan d’action'),
    figureBlock(top, coverage),
    sectionTitle(indicatorsTop - 1, 'Indicateurs d’évaluation'),
    figureBlock(indicatorsTop, indicators),
    {
      kind: 'range',
      anchor: `A${indicatorsTop + indicators.length + 1}`,
      values: [['Feuille régénérée par Tableaux CLS : ne pas y saisir de données. Les graphiques sont ajoutés par le complément Excel.']],
      style: { italic: true, fontColor: '#595959' },
    },
  ];
}

const figureBlock = (top: number, figures: readonly Figure[]): RangePlan => ({
  kind: 'range',
  anchor: `A${top}`,
  values: figures.map(([label, value]) => [label, value]),
  numberFormats: figures.map(([, , format]) => [null, format]),
  style: { border: true },
});

/** Budget, committed, left to find and coverage of the actions; `top` is the first figure's row (the formulas refer to it). */
function coverageFigures({ actions, fundings, committed }: SampleFigures, top: number): Figure[] {
  const budgetCents = actions.reduce((sum, x) => sum + x.budgetCents, 0);
  const onActionsCents = committed((x) => x.object === 'Action');
  const v = (row: number): string => `B${row}`;
  return [
    ['Nombre d’actions', { formula: `COUNTIFS(${a('actionNumber')},"<>")`, result: actions.length }, FORMATS.integer],
    [
      'Actions en retard (fin dépassée, ni réalisée ni abandonnée)',
      { formula: `COUNTIFS(${a('end')},"<"&TODAY(),${a('status')},"<>Réalisée",${a('status')},"<>Abandonnée")` },
      FORMATS.integer,
    ],
    ['Budget prévisionnel des actions', { formula: `SUM(${a('budget')})`, result: euros(budgetCents) }, FORMATS.amount],
    ['Engagé sur les actions (acquis et sollicité)', { formula: committedFormula([[fin('object'), '"Action"']], null), result: euros(onActionsCents) }, FORMATS.amount],
    ['Restant à trouver sur les actions', { formula: `${v(top + 2)}-${v(top + 3)}`, result: euros(budgetCents - onActionsCents) }, FORMATS.amount],
    ['Taux de couverture des actions', { formula: `IFERROR(${v(top + 3)}/${v(top + 2)},"")`, result: budgetCents === 0 ? '' : ratio(onActionsCents, budgetCents) }, FORMATS.percent],
    ['Total engagé, tous objets (acquis et sollicité)', { formula: committedFormula([], null), result: euros(committed(() => true)) }, FORMATS.amount],
    [
      'Financements prévisionnels (non comptés)',
      { formula: `SUMIFS(${fin('amount')},${fin('nature')},"Financier",${fin('status')},"Prévisionnel")`, result: euros(sumCentsWhere(fundings, (x) => x.nature === 'Financier' && x.status === 'Prévisionnel')) },
      FORMATS.amount,
    ],
    [
      'Moyens valorisés (humains et matériels)',
      {
        formula: `SUM(SUMIFS(${fin('amount')},${fin('nature')},{"Humain valorisé","Matériel valorisé"}))`,
        result: euros(sumCentsWhere(fundings, (x) => x.nature !== 'Financier')),
      },
      FORMATS.amount,
    ],
  ];
}

/** How many indicators, of which kinds, and how many are measured each contract year. */
function indicatorFigures(years: number, { actions, indicators }: SampleFigures): Figure[] {
  const measureKeys = tableColumns(EVALUATION_TABLE, years).filter((c) => c.header.startsWith(EVALUATION_TABLE.yearColumns?.headerPrefix ?? '\u0000'));
  const filled = (i: number): number => indicators.filter((x) => x.measures[i] !== undefined && x.measures[i] !== '').length;
  return [
    ['Nombre d’indicateurs', { formula: `COUNTIFS(${ev('indicator')},"<>")`, result: indicators.length }, FORMATS.integer],
    [
      'Actions dotées d’au moins un indicateur',
      {
        formula: `SUMPRODUCT((${a('actionNumber')}<>"")*(COUNTIF(${ev('actionNumber')},${a('actionNumber')})>0))`,
        result: actions.filter((x) => indicators.some((i) => i.action === x.number)).length,
      },
      FORMATS.integer,
    ],
    ['Indicateurs de résultat', { formula: `COUNTIFS(${ev('indicatorType')},"Résultat")`, result: indicators.filter((x) => x.type === 'Résultat').length }, FORMATS.integer],
    [
      'Indicateurs quantitatifs sans valeur cible',
      {
        formula: `COUNTIFS(${ev('indicatorNature')},"Quantitatif",${ev('target')},"")`,
        result: indicators.filter((x) => x.nature === 'Quantitatif' && x.target === '').length,
      },
      FORMATS.integer,
    ],
    ...measureKeys.map((c, i): Figure => [
      `Indicateurs renseignés : ${c.header.toLowerCase()}`,
      { formula: `COUNTIFS(${EVALUATION_TABLE.name}[${c.header}],"<>",${ev('indicator')},"<>")`, result: filled(i) },
      FORMATS.integer,
    ]),
  ];
}

function synthesisColumnWidths(): Record<string, number> {
  const columnWidths: Record<string, number> = { A: 50, B: 52 };
  for (let c = 3; c <= 4 + STATUS_COLUMNS; c++) columnWidths[columnLetter(c)] = 13;
  return columnWidths;
}
