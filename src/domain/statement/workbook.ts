/** The partner statement as a workbook plan (one sheet, A4 landscape), written by the same writer as the generated workbook. */
import type { PlanCell, WorkbookPlan } from '../generate/plan';
import { profileById } from '../profiles/profiles';
import type { Lang } from '../report';
import type { ReportColumn } from '../review/sheet-builder';
import { AMOUNT_FORMAT, eurosCell, SHARE_FORMAT, SheetBuilder } from '../review/sheet-builder';
import { dateLabel, periodLabel, term } from '../review/words';
import type { PartnerStatement } from './statement';
import { STATEMENT_TEXTS } from './texts';
import { punctuationOf } from '../../texts/punctuation';

/** The defined name that marks a workbook as one of our statements (a review skips it). */
export const STATEMENT_MARKER = 'TableauxCLS_Releve';

const money = { numberFormat: AMOUNT_FORMAT } as const;
/** Column A holds labels, actions with their titles, and the coordination rules; the others hold figures. */
const WIDTHS = { A: 46 } as const;

/** Builds the statement workbook. */
export function statementWorkbook(statement: PartnerStatement, lang: Lang): WorkbookPlan {
  const t = STATEMENT_TEXTS[lang];
  const { colon } = punctuationOf(lang);
  const s = new SheetBuilder(t.sheet, WIDTHS);
  const { money: m } = statement;
  s.title(t.title(statement.partner))
    .subtitle([statement.clsName, statement.territory].filter((x) => x !== null).join(' — '))
    .subtitle(
      [
        `${t.profile}${colon}${profileById(statement.profile).label[lang]}`,
        `${t.period}${colon}${periodLabel(statement.year, statement.contractYears, t)}`,
        t.asOf(dateLabel(statement.asOf, lang)),
      ].join(' · '),
    )
    .line('')
    .figures([
      [t.committed, eurosCell(m.committedCents), AMOUNT_FORMAT],
      [t.secured, eurosCell(m.securedCents), AMOUNT_FORMAT],
      [t.requested, eurosCell(m.requestedCents), AMOUNT_FORMAT],
      [t.forecastNote, eurosCell(m.forecastCents), AMOUNT_FORMAT],
      [t.valuedNote, eurosCell(m.valuedCents), AMOUNT_FORMAT],
      [t.clsCommitted, eurosCell(statement.clsCommittedCents), AMOUNT_FORMAT],
      [t.shareOfCls, statement.shareOfCls, SHARE_FORMAT],
    ]);

  s.section(t.byAction);
  const rowsTotal = (pick: (r: PartnerStatement['rows'][number]) => number): number => statement.rows.reduce((sum, r) => sum + pick(r), 0);
  s.table(
    'Releve_Actions',
    [
      { header: t.action, wrap: true, total: t.total },
      { header: t.secured, ...money, total: eurosCell(m.securedCents) },
      { header: t.requested, ...money, total: eurosCell(m.requestedCents) },
      { header: t.committedShort, ...money, total: eurosCell(m.committedCents) },
      { header: t.forecast, ...money, total: eurosCell(m.forecastCents) },
      { header: t.valued, ...money, total: eurosCell(rowsTotal((r) => r.money.valuedCents)) },
      { header: t.budget, ...money },
      { header: t.allPartners, ...money },
      { header: t.shareOfBudget, numberFormat: SHARE_FORMAT },
    ],
    statement.rows.map((r): PlanCell[] => [
      r.action === null ? term(r.object, lang) : `${r.action} — ${r.title}`,
      eurosCell(r.money.securedCents),
      eurosCell(r.money.requestedCents),
      eurosCell(r.money.committedCents),
      eurosCell(r.money.forecastCents),
      eurosCell(r.money.valuedCents),
      eurosCell(r.budgetCents),
      eurosCell(r.allPartnersCents),
      r.shareOfBudget,
    ]),
  );

  s.section(t.byYear);
  s.table(
    'Releve_Annees',
    [
      { header: t.yearColumn, total: t.total },
      { header: t.secured, ...money, total: eurosCell(m.securedCents) },
      { header: t.requested, ...money, total: eurosCell(m.requestedCents) },
      { header: t.committedShort, ...money, total: eurosCell(m.committedCents) },
      { header: t.forecast, ...money, total: eurosCell(m.forecastCents) },
    ],
    statement.byYear.map((y): PlanCell[] => [
      /^\d+$/.test(y.year) ? Number(y.year) : t.noYear,
      eurosCell(y.money.securedCents),
      eurosCell(y.money.requestedCents),
      eurosCell(y.money.committedCents),
      eurosCell(y.money.forecastCents),
    ]),
  );

  if (statement.coordination !== null && statement.coordination.length > 0) {
    s.section(t.coordination).note(t.coordinationNote);
    s.table(
      'Releve_Coordination',
      [
        { header: t.ruleColumn, wrap: true },
        { header: t.yearColumn },
        { header: t.amount, ...money },
        { header: t.limit, ...money },
        { header: t.verdict },
      ],
      statement.coordination.flatMap((y) =>
        y.checks.map((c): PlanCell[] => [t.rule[c.rule], y.year, eurosCell(c.amountCents), eurosCell(c.limitCents), c.applies ? (c.ok ? t.met : t.notMet) : t.notApplicable]),
      ),
    );
  }

  s.section(t.lines);
  const lineCells = (l: PartnerStatement['lines'][number], last: string): PlanCell[] => [
    l.action ?? term(l.object, lang),
    `${l.sheet}!${l.cell}`,
    l.year,
    term(l.nature, lang),
    term(l.status, lang),
    eurosCell(l.amountCents),
    last,
  ];
  const lineColumns = (last: string): ReportColumn[] => [
    { header: t.actionOrObject },
    { header: t.cell },
    { header: t.yearColumn },
    { header: t.nature },
    { header: t.status },
    { header: t.amount, ...money },
    { header: last },
  ];
  s.table('Releve_Lignes', lineColumns(t.counted), statement.lines.map((l) => lineCells(l, t.basis[l.basis])));
  if (statement.otherSpellings.length > 0) {
    s.section(t.otherSpellings).note(t.otherSpellingsNote(statement.partner));
    s.table('Releve_Autres_Ecritures', lineColumns(t.typed), statement.otherSpellings.map((l) => lineCells(l, l.funder)));
  }
  return {
    sheets: [s.build({ print: { landscape: true, fitToWidth: true } })],
    names: [{ name: STATEMENT_MARKER, ref: `'${t.sheet}'!$A$1` }],
    properties: { title: t.title(statement.partner), creator: 'Tableaux CLS' },
  };
}
