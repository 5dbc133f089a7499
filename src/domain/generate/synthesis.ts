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

export function synthesisSheet(input: SynthesisInput): SheetPlan {
  const { years, funders, sample } = input;
  const actions = sample?.actions ?? [];
  const fundings = sample?.fundings ?? [];
  const indicators = sample?.indicators ?? [];
  const committed = (keep: (l: SampleFunding) => boolean): number => sumCentsWhere(fundings, (l) => isCommittedLine(l) && keep(l));
  const blocks: RangePlan[] = [];
  const charts: ChartPlan[] = [];
  const dataBars: DataBarPlan[] = [];
  const section = (row: number, title: string): void => {
    blocks.push({ kind: 'range', anchor: `A${row}`, values: [[title]], style: SECTION_STYLE });
  };

  blocks.push({
    kind: 'range',
    anchor: 'A1',
    values: [['Synthèse du contrat local de santé'], [{ formula: `IFERROR(${parameterValue('name')}&"","")`, result: sample ? sample.title : '' }]],
    rowStyles: { 0: { bold: true, fontSize: 14, fontColor: '#1F3864' }, 1: { italic: true, fontColor: '#595959' } },
  });

  // 1. Status counts by axis.
  const axes: { number: string; label: string }[] = [];
  for (const act of actions) if (!axes.some((x) => x.number === act.axisNumber)) axes.push({ number: act.axisNumber, label: act.axis });
  if (axes.length === 0) for (let i = 1; i <= EMPTY_WORKBOOK_AXES; i++) axes.push({ number: String(i), label: '' });
  const statusTop = 5;
  section(statusTop - 1, 'Avancement des actions par axe');
  const statusCols = ACTION_STATUSES.length;
  const totalL = columnLetter(3 + statusCols);
  const doneL = columnLetter(3 + ACTION_STATUSES.indexOf('Réalisée'));
  const shareL = columnLetter(4 + statusCols);
  const statusRows: PlanCell[][] = axes.map((axis, i) => {
    const row = statusTop + 1 + i;
    const ofAxis = actions.filter((x) => x.axisNumber === axis.number);
    const total = ofAxis.length;
    const done = ofAxis.filter((x) => x.status === 'Réalisée').length;
    return [
      axis.number,
      { formula: `IFERROR(INDEX(${a('axis')},MATCH($A${row},${a('axisNumber')},0))&"","")`, result: axis.label },
      ...ACTION_STATUSES.map((status, s) => ({
        formula: `COUNTIFS(${a('axisNumber')},$A${row},${a('status')},${columnLetter(3 + s)}$${statusTop})`,
        result: ofAxis.filter((x) => x.status === status).length,
      })),
      { formula: `COUNTIFS(${a('axisNumber')},$A${row},${a('actionNumber')},"<>")`, result: total },
      { formula: `IFERROR(${doneL}${row}/${totalL}${row},"")`, result: total === 0 ? '' : ratio(done, total) },
    ];
  });
  const statusLast = statusTop + axes.length;
  const allDone = actions.filter((x) => x.status === 'Réalisée').length;
  const statusTotals: PlanCell[] = [
    null,
    'Total',
    ...ACTION_STATUSES.map((status, s) => {
      const l = columnLetter(3 + s);
      return { formula: `SUM(${l}${statusTop + 1}:${l}${statusLast})`, result: actions.filter((x) => x.status === status).length };
    }),
    { formula: `SUM(${totalL}${statusTop + 1}:${totalL}${statusLast})`, result: actions.length },
    { formula: `IFERROR(${doneL}${statusLast + 1}/${totalL}${statusLast + 1},"")`, result: actions.length === 0 ? '' : ratio(allDone, actions.length) },
  ];
  blocks.push({
    kind: 'range',
    anchor: `A${statusTop}`,
    values: [['N° axe', 'Axe stratégique', ...ACTION_STATUSES, 'Total', 'Part réalisée'], ...statusRows, statusTotals],
    numberFormats: [
      Array.from({ length: statusCols + 4 }, () => null),
      ...[...statusRows, statusTotals].map(() => Array.from({ length: statusCols + 4 }, (_, c) => (c === statusCols + 3 ? FORMATS.percent : null))),
    ],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, [statusRows.length + 1]: TOTAL_STYLE },
  });
  charts.push({ type: 'columnStacked', title: 'Actions par axe et par statut', dataRange: `B${statusTop}:${columnLetter(2 + statusCols)}${statusLast}`, anchor: 'L4' });
  dataBars.push({ range: `${shareL}${statusTop + 1}:${shareL}${statusLast}`, color: '#70AD47' });

  // 2. Commitments by partner and year.
  const fundTop = statusLast + 4;
  section(fundTop - 1, 'Engagements financiers par partenaire et par année (acquis et sollicités, en euros)');
  const yearLetters = Array.from({ length: years }, (_, i) => columnLetter(2 + i));
  const fundTotalL = columnLetter(2 + years);
  const yearValue = (i: number): number | null => (input.startYear === null ? null : input.startYear + i);
  const fundHeader: PlanCell[] = [
    'Financeur',
    ...yearLetters.map((_, i) => {
      const year = yearValue(i);
      return { formula: contractYearFormula(i), result: year ?? '' };
    }),
    'Total',
  ];
  const fundRows: PlanCell[][] = funders.map((funder, i) => {
    const row = fundTop + 1 + i;
    return [
      { formula: `IFERROR(INDEX(${colRef(FUNDERS_TABLE, 'funder')},${i + 1})&"","")`, result: funder },
      ...yearLetters.map((l, y) => {
        const year = yearValue(y);
        return {
          formula: `IF(OR($A${row}="",${l}$${fundTop}=""),"",${committedFormula([[fin('funder'), `$A${row}`], [fin('year'), `${l}$${fundTop}`]], null)})`,
          result: year === null ? '' : euros(committed((x) => x.funder === funder && x.year === year)),
        };
      }),
      { formula: `IF($A${row}="","",${committedFormula([[fin('funder'), `$A${row}`]], null)})`, result: euros(committed((x) => x.funder === funder)) },
    ];
  });
  const fundLast = fundTop + funders.length;
  const fundTotals: PlanCell[] = [
    'Total',
    ...yearLetters.map((l, y) => {
      const year = yearValue(y);
      return {
        formula: `IF(${l}$${fundTop}="","",${committedFormula([[fin('year'), `${l}$${fundTop}`]], null)})`,
        result: year === null ? '' : euros(committed((x) => x.year === year)),
      };
    }),
    { formula: committedFormula([], null), result: euros(committed(() => true)) },
  ];
  blocks.push({
    kind: 'range',
    anchor: `A${fundTop}`,
    values: [fundHeader, ...fundRows, fundTotals],
    numberFormats: [
      Array.from({ length: years + 2 }, (_, c) => (c === 0 || c === years + 1 ? null : FORMATS.year)),
      ...[...fundRows, fundTotals].map(() => Array.from({ length: years + 2 }, (_, c) => (c === 0 ? null : FORMATS.amount))),
    ],
    style: { border: true },
    rowStyles: { 0: HEADER_STYLE, [fundRows.length + 1]: TOTAL_STYLE },
  });
  charts.push({ type: 'columnStacked', title: 'Engagements par partenaire et par année', dataRange: `A${fundTop}:${yearLetters[yearLetters.length - 1] ?? 'B'}${fundLast}`, anchor: 'L22' });
  dataBars.push({ range: `${fundTotalL}${fundTop + 1}:${fundTotalL}${fundLast}`, color: '#5B9BD5' });

  // 3. Coverage and 4. indicators, as label / value pairs.
  const budgetCents = actions.reduce((sum, x) => sum + x.budgetCents, 0);
  const onActionsCents = committed((x) => x.object === 'Action');
  const figuresTop = fundLast + 4;
  section(figuresTop - 1, 'Couverture du plan d’action');
  const v = (row: number): string => `B${row}`;
  const r0 = figuresTop;
  const coverage: [string, PlanCell, string | null][] = [
    ['Nombre d’actions', { formula: `COUNTIFS(${a('actionNumber')},"<>")`, result: actions.length }, FORMATS.integer],
    [
      'Actions en retard (fin dépassée, ni réalisée ni abandonnée)',
      { formula: `COUNTIFS(${a('end')},"<"&TODAY(),${a('status')},"<>Réalisée",${a('status')},"<>Abandonnée")` },
      FORMATS.integer,
    ],
    ['Budget prévisionnel des actions', { formula: `SUM(${a('budget')})`, result: euros(budgetCents) }, FORMATS.amount],
    ['Engagé sur les actions (acquis et sollicité)', { formula: committedFormula([[fin('object'), '"Action"']], null), result: euros(onActionsCents) }, FORMATS.amount],
    ['Restant à trouver sur les actions', { formula: `${v(r0 + 2)}-${v(r0 + 3)}`, result: euros(budgetCents - onActionsCents) }, FORMATS.amount],
    ['Taux de couverture des actions', { formula: `IFERROR(${v(r0 + 3)}/${v(r0 + 2)},"")`, result: budgetCents === 0 ? '' : ratio(onActionsCents, budgetCents) }, FORMATS.percent],
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
  const measureKeys = tableColumns(EVALUATION_TABLE, years).filter((c) => c.header.startsWith(EVALUATION_TABLE.yearColumns?.headerPrefix ?? '\u0000'));
  const filled = (i: number): number => indicators.filter((x) => x.measures[i] !== undefined && x.measures[i] !== '').length;
  const indicatorFigures: [string, PlanCell, string | null][] = [
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
    ...measureKeys.map((c, i): [string, PlanCell, string | null] => [
      `Indicateurs renseignés : ${c.header.toLowerCase()}`,
      { formula: `COUNTIFS(${EVALUATION_TABLE.name}[${c.header}],"<>",${ev('indicator')},"<>")`, result: filled(i) },
      FORMATS.integer,
    ]),
  ];
  const indicatorsTop = r0 + coverage.length + 2;
  const figureBlock = (top: number, figures: [string, PlanCell, string | null][]): RangePlan => ({
    kind: 'range',
    anchor: `A${top}`,
    values: figures.map(([label, value]) => [label, value]),
    numberFormats: figures.map(([, , format]) => [null, format]),
    style: { border: true },
  });
  blocks.push(figureBlock(r0, coverage));
  section(indicatorsTop - 1, 'Indicateurs d’évaluation');
  blocks.push(figureBlock(indicatorsTop, indicatorFigures));
  blocks.push({
    kind: 'range',
    anchor: `A${indicatorsTop + indicatorFigures.length + 1}`,
    values: [['Feuille régénérée par Tableaux CLS : ne pas y saisir de données. Les graphiques sont ajoutés par le complément Excel.']],
    style: { italic: true, fontColor: '#595959' },
  });

  const columnWidths: Record<string, number> = { A: 50, B: 52 };
  for (let c = 3; c <= 4 + statusCols; c++) columnWidths[columnLetter(c)] = 13;
  return {
    name: OWNED_SHEETS.synthesis,
    owned: true,
    blocks,
    columnWidths,
    charts,
    dataBars,
    print: { landscape: false, fitToWidth: true },
    tabColor: '#548235',
  };
}
