/**
 * The review report as a workbook plan: one row per CLS with its figures and a Total row, the CLS × partner table on
 * the catalogue's names, every finding with its file (the rule in words), the consolidated totals, the files set aside.
 */
import type { PlanCell, SheetPlan, WorkbookPlan } from '../generate/plan';
import { capPerRule, moreFindingsText } from '../messages/capped';
import { renderFinding, severityLabel } from '../messages/render';
import { profileById } from '../profiles/profiles';
import type { Lang, StatusCents } from '../report';
import { ARS_COORDINATION_SHARE } from '../totals';
import { formatEuros, formatPercent } from '../values/format';
import { CONTROL_TABLE_NAME } from '../workbook/contract';
import { REVIEW_MARKER } from './own-report';
import type { Review, ReviewedWorkbook } from './review';
import { ruleName } from './rule-names';
import type { ReportColumn } from './sheet-builder';
import { AMOUNT_FORMAT, eurosCell, SHARE_FORMAT, SheetBuilder } from './sheet-builder';
import type { ClsSummary } from './summary';
import { REVIEW_TEXTS } from './texts';
import type { ReviewTexts } from './texts';
import { dateLabel } from './words';
import { punctuationOf } from '../../texts/punctuation';

export interface ReviewWorkbookOptions {
  readonly lang: Lang;
  /** The `--as-of` date of the validation. */
  readonly asOf: string;
  /** File label → path of the checked workbook relative to the report, for links to each finding's cell. */
  readonly links?: ReadonlyMap<string, string>;
}

const money = { numberFormat: AMOUNT_FORMAT } as const;

/** `=HYPERLINK("[../cls.xlsx]'Feuille'!B3";"B3")`: Excel opens the checked workbook at the cell. */
function cellLink(target: string | undefined, sheet: string, cell: string): PlanCell {
  if (target === undefined) return cell;
  const location = `[${target}]'${sheet.replace(/'/g, "''")}'!${cell}`;
  return { formula: `HYPERLINK("${location.replace(/"/g, '""')}","${cell}")`, result: cell };
}

/** The coordination post year by year, in one cell. */
export function coordinationText(s: ClsSummary, t: ReviewTexts, lang: Lang): string {
  if (s.coordination.length === 0) return t.coordinationNone;
  return s.coordination
    .map((y) => {
      // The post's annual cost, from its 50 % cap.
      const postShare = y.shareCapCents ? formatPercent((y.arsCents * ARS_COORDINATION_SHARE) / y.shareCapCents, lang) : null;
      const applies = y.checks.some((c) => c.applies);
      return t.coordinationYear(y.year, formatEuros(y.arsCents, lang), postShare, y.ok, applies);
    })
    .join(punctuationOf(lang).separator);
}

/** `Santé mentale : présent ; Nutrition : absent`. */
export const themesText = (s: ClsSummary, t: ReviewTexts, lang: Lang): string =>
  s.themes.map((x) => `${x.theme}${punctuationOf(lang).colon}${t.themeStatus[x.status]}`).join(punctuationOf(lang).separator);

function summarySheet(review: Review, t: ReviewTexts, options: ReviewWorkbookOptions): SheetPlan {
  const { lang } = options;
  const s = new SheetBuilder(t.summarySheet, { A: 6, B: 34, C: 30, D: 16, E: 30, F: 10, G: 14, O: 48, P: 40, Q: 12, R: 12 });
  const counts = [
    t.counted(review.totals.workbooks),
    ...(review.setAside.some((x) => x.reason === 'unusable') ? [t.unusable(review.setAside.filter((x) => x.reason === 'unusable').length)] : []),
    ...(review.setAside.some((x) => x.reason === 'older-version') ? [t.olderVersions(review.setAside.filter((x) => x.reason === 'older-version').length)] : []),
    ...(review.setAside.some((x) => x.reason === 'own-report') ? [t.ownReports(review.setAside.filter((x) => x.reason === 'own-report').length)] : []),
  ];
  s.title(t.title).subtitle(`${t.asOf(dateLabel(options.asOf, lang))} · ${counts.join(' · ')}`).subtitle(t.committedNote).line('');
  const { totals } = review;
  s.table(
    'Revue_CLS',
    [
      { header: t.number },
      { header: t.cls, wrap: true, total: t.total },
      { header: t.territory, wrap: true },
      { header: t.profile },
      { header: t.file, wrap: true },
      { header: t.errors, total: totals.errors },
      { header: t.warnings, total: totals.warnings },
      { header: t.secured, ...money, total: eurosCell(totals.securedCents) },
      { header: t.requested, ...money, total: eurosCell(totals.requestedCents) },
      { header: t.committed, ...money, total: eurosCell(totals.committedCents) },
      { header: t.forecast, ...money, total: eurosCell(totals.forecastCents) },
      { header: t.budget, ...money, total: eurosCell(totals.budgetCents) },
      { header: t.remaining, ...money, total: eurosCell(totals.remainingCents) },
      { header: t.arsShare, numberFormat: SHARE_FORMAT, total: totals.committedCents > 0 ? totals.arsCents / totals.committedCents : null },
      { header: t.coordination, wrap: true },
      { header: t.themes, wrap: true },
      { header: t.late, total: totals.lateActions },
      { header: t.undated, total: totals.undatedIndicators },
    ],
    review.workbooks.map(({ summary: x }, i): PlanCell[] => [
      i + 1,
      x.name ?? t.unnamed,
      x.territory ?? '',
      profileById(x.profile).label[lang],
      x.file,
      x.findings.error,
      x.findings.warning,
      eurosCell(x.money.securedCents),
      eurosCell(x.money.requestedCents),
      eurosCell(x.money.committedCents),
      eurosCell(x.money.forecastCents),
      eurosCell(x.budgetCents),
      eurosCell(x.remainingCents),
      x.arsShare,
      coordinationText(x, t, lang),
      themesText(x, t, lang),
      x.lateActions,
      x.undatedIndicators,
    ]),
  );
  return s.build({ freezeRows: 5, print: { landscape: true, fitToWidth: true } });
}

function partnersSheet(review: Review, t: ReviewTexts): SheetPlan {
  const s = new SheetBuilder(t.partnersSheet, { A: 6, B: 34 }, 15);
  const partnerTotal = (name: string): number => review.totals.byPartner[name]?.committedCents ?? 0;
  s.title(t.partnersSheet).subtitle(t.committedNote).line('');
  s.table(
    'Revue_Partenaires',
    [
      { header: t.number },
      { header: t.cls, wrap: true, total: t.total },
      ...review.partners.map((p): ReportColumn => ({ header: p, ...money, total: eurosCell(partnerTotal(p)) })),
      { header: t.unlisted, ...money, total: eurosCell(review.totals.unlistedCents) },
      { header: t.committed, ...money, total: eurosCell(review.totals.committedCents) },
    ],
    review.workbooks.map(({ summary: x }, i): PlanCell[] => [
      i + 1,
      x.name ?? t.unnamed,
      ...review.partners.map((p) => eurosCell(x.byPartner[p]?.committedCents ?? 0)),
      eurosCell(x.unlistedCents),
      eurosCell(x.money.committedCents),
    ]),
  );
  return s.build({ freezeRows: 4, freezeColumns: 2, print: { landscape: true, fitToWidth: true } });
}

function controlSheet(review: Review, t: ReviewTexts, options: ReviewWorkbookOptions): SheetPlan {
  const { lang } = options;
  const s = new SheetBuilder(t.controlSheet, { A: 28, B: 30, C: 14, D: 34, E: 18, F: 9, G: 70, H: 18, I: 50, J: 30 });
  const rows = review.workbooks.flatMap(({ summary, report }: ReviewedWorkbook): PlanCell[][] => {
    const head = [summary.file, summary.name ?? t.unnamed];
    if (report.findings.length === 0) return [[...head, null, null, null, null, t.noFinding, null, null, null]];
    // At most FINDINGS_PER_RULE of a rule per workbook, then how many more: the report stays linear; the JSON lists them all.
    const { shown, more } = capPerRule(report.findings);
    const omitted = more.map(({ rule, count }): PlanCell[] => [...head, null, ruleName(rule, lang), null, null, moreFindingsText(count, rule, lang), null, null, rule]);
    return [...shown.map((f) => {
      const { message, suggestion } = renderFinding(f, lang);
      return [
        ...head,
        severityLabel(f.severity, lang),
        ruleName(f.rule, lang),
        f.sheet,
        f.cell === undefined ? null : cellLink(options.links?.get(summary.file), f.sheet, f.cell),
        message,
        f.value === undefined ? null : f.value,
        suggestion ?? null,
        f.rule,
      ];
    }), ...omitted];
  });
  s.table(
    CONTROL_TABLE_NAME,
    [
      { header: t.file, wrap: true },
      { header: t.cls, wrap: true },
      { header: t.severity },
      { header: t.rule, wrap: true },
      { header: t.sheet },
      { header: t.cell },
      { header: t.message, wrap: true },
      { header: t.value },
      { header: t.suggestion, wrap: true },
      { header: t.code },
    ],
    rows,
  );
  return s.build({ freezeRows: 1 });
}

function totalsSheet(review: Review, t: ReviewTexts): SheetPlan {
  const s = new SheetBuilder(t.totalsSheet, { A: 34, B: 16, C: 44 }, 16);
  const { totals } = review;
  const statusCells = (x: StatusCents & { committedCents?: number }): PlanCell[] => [
    eurosCell(x.securedCents + x.requestedCents),
    eurosCell(x.securedCents),
    eurosCell(x.requestedCents),
    eurosCell(x.forecastCents),
  ];
  const statusColumns = (first: string): ReportColumn[] => [
    { header: first, total: t.total },
    { header: t.committed, ...money, total: eurosCell(totals.committedCents) },
    { header: t.secured, ...money, total: eurosCell(totals.securedCents) },
    { header: t.requested, ...money, total: eurosCell(totals.requestedCents) },
    { header: t.forecast, ...money, total: eurosCell(totals.forecastCents) },
  ];
  s.title(t.byPartnerTitle).subtitle(t.committedNote);
  const unlisted: PlanCell[][] = totals.unlistedCents === 0 ? [] : [[t.unlisted, eurosCell(totals.unlistedCents), null, null, null]];
  s.table('Totaux_Partenaires', statusColumns(t.partner), [...review.partners.map((p) => [p, ...statusCells(totals.byPartner[p] ?? { securedCents: 0, requestedCents: 0, forecastCents: 0 })]), ...unlisted]);
  s.section(t.byYearTitle);
  s.table(
    'Totaux_Annees',
    statusColumns(t.year),
    Object.entries(totals.byYear).map(([year, x]) => [/^\d+$/.test(year) ? Number(year) : t.noYear, ...statusCells(x)]),
  );
  s.section(t.byActionTitle);
  const actionRows = review.workbooks.flatMap(({ summary, report }) =>
    report.totals.byAction.map((a): PlanCell[] => [
      summary.name ?? summary.file,
      a.action,
      a.title,
      eurosCell(a.budgetCents),
      eurosCell(a.committedCents),
      eurosCell(a.remainingCents),
      eurosCell(a.securedCents),
      eurosCell(a.requestedCents),
    ]),
  );
  const actionTotal = (pick: (a: ReviewedWorkbook['report']['totals']['byAction'][number]) => number | null): PlanCell =>
    eurosCell(review.workbooks.reduce((sum, w) => sum + w.report.totals.byAction.reduce((x, a) => x + (pick(a) ?? 0), 0), 0));
  s.table(
    'Totaux_Actions',
    [
      { header: t.cls, wrap: true, total: t.total },
      { header: t.action },
      { header: t.actionTitle, wrap: true },
      { header: t.budget, ...money, total: actionTotal((a) => a.budgetCents) },
      { header: t.committed, ...money, total: actionTotal((a) => a.committedCents) },
      { header: t.remaining, ...money, total: actionTotal((a) => a.remainingCents) },
      { header: t.secured, ...money, total: actionTotal((a) => a.securedCents) },
      { header: t.requested, ...money, total: actionTotal((a) => a.requestedCents) },
    ],
    actionRows,
  );
  return s.build({ print: { landscape: true, fitToWidth: true } });
}

function setAsideSheet(review: Review, t: ReviewTexts): SheetPlan {
  const s = new SheetBuilder(t.setAsideSheet, { A: 40, B: 100 });
  s.title(t.setAsideSheet);
  s.table(
    'Fichiers_Ecartes',
    [{ header: t.file, wrap: true }, { header: t.reason, wrap: true }],
    review.setAside.map((x): PlanCell[] => [x.file, x.reason === 'unusable' ? x.message : x.reason === 'own-report' ? t.ownReport : t.olderVersion(x.kept)]),
  );
  return s.build();
}

/** Builds the review report: summary, CLS × partners, findings, totals, and the files set aside when there are some. */
export function reviewWorkbook(review: Review, options: ReviewWorkbookOptions): WorkbookPlan {
  const t = REVIEW_TEXTS[options.lang];
  const sheets = [summarySheet(review, t, options), partnersSheet(review, t), controlSheet(review, t, options), totalsSheet(review, t)];
  if (review.setAside.length > 0) sheets.push(setAsideSheet(review, t));
  return {
    sheets,
    names: [{ name: REVIEW_MARKER, ref: `'${t.summarySheet}'!$A$1` }],
    properties: { title: t.title, creator: 'Tableaux CLS' },
  };
}
