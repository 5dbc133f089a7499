/** The JSON of a review (several workbooks): each workbook's report as CONTRACT §3 prints it, one summary per CLS, the files set aside, the consolidated totals. */
import type { Lang, StatusCents } from '../domain/report';
import type { Review } from '../domain/review/review';
import type { ClsMoney, ClsSummary } from '../domain/review/summary';
import { centsToEuros } from '../domain/values/money';
import { jsonFileReport } from './json-report';

const moneyJson = (m: ClsMoney): Record<string, number> => ({
  committed: centsToEuros(m.committedCents),
  secured: centsToEuros(m.securedCents),
  requested: centsToEuros(m.requestedCents),
  forecast: centsToEuros(m.forecastCents),
  valued: centsToEuros(m.valuedCents),
});

const statusJson = (s: StatusCents): Record<string, number> => ({
  committed: centsToEuros(s.securedCents + s.requestedCents),
  secured: centsToEuros(s.securedCents),
  requested: centsToEuros(s.requestedCents),
  forecast: centsToEuros(s.forecastCents),
});

/** One CLS of the review in euros. */
export function clsJson(s: ClsSummary): Record<string, unknown> {
  return {
    file: s.file,
    name: s.name,
    territory: s.territory,
    profile: s.profile,
    summary: { ...s.findings },
    ...moneyJson(s.money),
    budget: centsToEuros(s.budgetCents),
    remaining: centsToEuros(s.remainingCents),
    ars: centsToEuros(s.arsCents),
    arsShare: s.arsShare,
    coordination: s.coordination.map((y) => ({
      year: y.year,
      ars: centsToEuros(y.arsCents),
      others: centsToEuros(y.othersCents),
      ok: y.ok,
      checks: y.checks.map((c) => ({ rule: c.rule, applies: c.applies, ok: c.ok, amount: centsToEuros(c.amountCents), limit: c.limitCents === null ? null : centsToEuros(c.limitCents) })),
    })),
    themes: s.themes,
    lateActions: s.lateActions,
    undatedIndicators: s.undatedIndicators,
    byPartner: Object.fromEntries(Object.entries(s.byPartner).map(([name, m]) => [name, centsToEuros(m.committedCents)])),
    unlisted: centsToEuros(s.unlistedCents),
  };
}

/** The review as one JSON object. */
export function reviewJson(review: Review, asOf: string, lang: Lang): Record<string, unknown> {
  const { totals } = review;
  return {
    asOf,
    files: review.workbooks.map((w) => jsonFileReport(w.summary.file, w.report, lang)),
    cls: review.workbooks.map((w) => clsJson(w.summary)),
    duplicates: review.duplicates.map((d) => ({ name: d.name, territory: d.territory, kept: d.kept.summary.file, ignored: d.ignored.map((w) => w.summary.file) })),
    unusable: review.setAside.flatMap((x) => (x.reason === 'unusable' ? [{ file: x.file, message: x.message }] : [])),
    skipped: review.setAside.flatMap((x) => (x.reason === 'unusable' ? [] : [{ file: x.file, reason: x.reason, ...(x.reason === 'older-version' ? { kept: x.kept } : {}) }])),
    totals: {
      workbooks: totals.workbooks,
      withErrors: totals.withErrors,
      summary: { error: totals.errors, warning: totals.warnings, info: totals.infos },
      ...moneyJson(totals),
      budget: centsToEuros(totals.budgetCents),
      remaining: centsToEuros(totals.remainingCents),
      ars: centsToEuros(totals.arsCents),
      lateActions: totals.lateActions,
      undatedIndicators: totals.undatedIndicators,
      byPartner: Object.fromEntries(review.partners.map((p) => [p, statusJson(totals.byPartner[p] ?? { securedCents: 0, requestedCents: 0, forecastCents: 0 })])),
      unlisted: centsToEuros(totals.unlistedCents),
      byYear: Object.fromEntries(Object.entries(totals.byYear).map(([y, s]) => [y, statusJson(s)])),
    },
  };
}
