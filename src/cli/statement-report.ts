/** The partner statement as text (80 columns) and as JSON (amounts in euros). */
import { TEXTS } from './texts';
import { profileById } from '../domain/profiles/profiles';
import type { Lang } from '../domain/report';
import { dateLabel, periodLabel, term } from '../domain/review/words';
import type { PartnerStatement, StatementLine, StatementMoney } from '../domain/statement';
import { STATEMENT_TEXTS } from '../domain/statement/texts';
import { formatEuros, formatPercent, quoted } from '../domain/values/format';
import { centsToEuros } from '../domain/values/money';
import { textTable, wrap } from './columns';

const euros = (cents: number | null): number | null => (cents === null ? null : centsToEuros(cents));

/** Table lines with, under each body row that has one, its detail line (an action's title), indented. */
function withDetails(table: readonly string[], details: readonly (string | null)[], indent: string): string[] {
  const [header = '', ...body] = table;
  return [header, ...body.flatMap((line, i) => [line, ...(details[i] ? wrap(details[i] ?? '', 80, indent) : [])])];
}

/** The statement for a terminal, every line within 80 columns. */
export function renderStatementText(statement: PartnerStatement, lang: Lang): string {
  const t = STATEMENT_TEXTS[lang];
  const colon = TEXTS[lang].colon;
  const eur = (cents: number | null): string => (cents === null ? '—' : formatEuros(cents, lang));
  const pct = (share: number | null): string => (share === null ? '—' : formatPercent(share, lang));
  const m = statement.money;
  const committed = t.committed.split(' (')[0] ?? t.committed;
  const lines: string[] = [
    ...wrap(t.title(statement.partner)),
    ...wrap([statement.clsName, statement.territory].filter((x) => x !== null).join(' — ')),
    ...wrap(`${t.profile}${colon} ${profileById(statement.profile).label[lang]} · ${t.period}${colon} ${periodLabel(statement.year, statement.contractYears, t)}`),
    t.asOf(dateLabel(statement.asOf, lang)),
    '',
    `${t.committed}${colon} ${eur(m.committedCents)}`,
    ...wrap(t.breakdown(eur(m.securedCents), eur(m.requestedCents), eur(m.forecastCents), eur(m.valuedCents)), 80, '  '),
    ...wrap(t.shareOfClsOf(pct(statement.shareOfCls), eur(statement.clsCommittedCents))),
    '',
    t.byAction,
  ];
  if (statement.rows.length === 0) lines.push(`  ${t.noLine}`);
  else {
    const table = textTable(
      [
        { header: t.actionOrObject, align: 'left', flexible: true },
        { header: t.secured, align: 'right' },
        { header: t.requested, align: 'right' },
        { header: committed, align: 'right' },
        { header: t.shareOfBudget, align: 'right' },
      ],
      [
        ...statement.rows.map((r) => [r.action ?? term(r.object, lang), eur(r.money.securedCents), eur(r.money.requestedCents), eur(r.money.committedCents), pct(r.shareOfBudget)]),
        [t.total, eur(m.securedCents), eur(m.requestedCents), eur(m.committedCents), ''],
      ],
    );
    lines.push(...withDetails(table, statement.rows.map((r) => (r.action === null ? null : r.title)), '    '));
  }
  lines.push('', t.byYear);
  if (statement.byYear.length > 0) {
    lines.push(
      ...textTable(
        [
          { header: t.yearColumn, align: 'left' },
          { header: t.secured, align: 'right' },
          { header: t.requested, align: 'right' },
          { header: committed, align: 'right' },
          { header: t.forecast, align: 'right' },
        ],
        [
          ...statement.byYear.map((y) => [y.year === '?' ? t.noYear : y.year, eur(y.money.securedCents), eur(y.money.requestedCents), eur(y.money.committedCents), eur(y.money.forecastCents)]),
          [t.total, eur(m.securedCents), eur(m.requestedCents), eur(m.committedCents), eur(m.forecastCents)],
        ],
      ),
    );
  } else lines.push(`  ${t.noLine}`);

  if (statement.coordination !== null && statement.coordination.length > 0) {
    lines.push('', t.coordination, ...wrap(t.coordinationNote, 80, '  '));
    lines.push(
      ...textTable(
        [
          { header: t.yearColumn, align: 'left' },
          { header: t.ruleColumn, align: 'left', flexible: true },
          { header: t.amount, align: 'right' },
          { header: t.limit, align: 'right' },
          { header: t.verdict, align: 'left' },
        ],
        statement.coordination.flatMap((y) =>
          y.checks.map((c) => [String(y.year), t.rule[c.rule], eur(c.amountCents), eur(c.limitCents), c.applies ? (c.ok ? t.met : t.notMet) : t.notApplicable]),
        ),
      ),
    );
  }

  const lineRow = (l: StatementLine, last: string): string[] => [
    l.cell,
    l.action ?? term(l.object, lang),
    l.year === null ? '' : String(l.year),
    term(l.nature, lang),
    term(l.status, lang),
    eur(l.amountCents),
    last,
  ];
  const lineColumns = (last: string): Parameters<typeof textTable>[0] => [
    { header: t.cell, align: 'left' },
    { header: t.actionOrObject, align: 'left', flexible: true },
    { header: t.yearColumn, align: 'left' },
    { header: t.nature, align: 'left' },
    { header: t.status, align: 'left' },
    { header: t.amount, align: 'right' },
    { header: last, align: 'left' },
  ];
  lines.push('', t.lines);
  if (statement.lines.length === 0) lines.push(`  ${t.noLine}`);
  else lines.push(...textTable(lineColumns(''), statement.lines.map((l) => lineRow(l, l.basis === 'not-counted' ? t.notCounted : ''))));
  if (statement.otherSpellings.length > 0) {
    lines.push('', t.otherSpellings, ...wrap(t.otherSpellingsNote(statement.partner), 80, '  '));
    lines.push(...textTable(lineColumns(t.typed), statement.otherSpellings.map((l) => lineRow(l, quoted(l.funder, lang)))));
  }
  return `${lines.join('\n')}\n`;
}

const moneyJson = (m: StatementMoney): Record<string, number> => ({
  committed: centsToEuros(m.committedCents),
  secured: centsToEuros(m.securedCents),
  requested: centsToEuros(m.requestedCents),
  forecast: centsToEuros(m.forecastCents),
  valued: centsToEuros(m.valuedCents),
});

const lineJson = (l: StatementLine): Record<string, unknown> => ({
  sheet: l.sheet,
  cell: l.cell,
  row: l.row,
  object: l.object,
  action: l.action,
  year: l.year,
  nature: l.nature,
  status: l.status,
  amount: euros(l.amountCents),
  basis: l.basis,
  funder: l.funder,
});

/** The statement as a JSON object: amounts in euros, shares as fractions. */
export function statementJson(file: string, s: PartnerStatement): Record<string, unknown> {
  return {
    file,
    partner: s.partner,
    catalogueName: s.catalogueName,
    cls: { name: s.clsName, territory: s.territory },
    profile: s.profile,
    asOf: s.asOf,
    contractYears: s.contractYears,
    year: s.year,
    totals: { ...moneyJson(s.money), clsCommitted: centsToEuros(s.clsCommittedCents), shareOfCls: s.shareOfCls },
    byYear: Object.fromEntries(
      s.byYear.map((y) => [
        y.year,
        { secured: centsToEuros(y.money.securedCents), requested: centsToEuros(y.money.requestedCents), committed: centsToEuros(y.money.committedCents), forecast: centsToEuros(y.money.forecastCents) },
      ]),
    ),
    byAction: s.rows.map((r) => ({
      object: r.object,
      action: r.action,
      title: r.title,
      ...moneyJson(r.money),
      budget: euros(r.budgetCents),
      allPartners: centsToEuros(r.allPartnersCents),
      shareOfBudget: r.shareOfBudget,
    })),
    lines: s.lines.map(lineJson),
    otherSpellings: s.otherSpellings.map(lineJson),
    coordination:
      s.coordination?.map((y) => ({
        year: y.year,
        ars: centsToEuros(y.arsCents),
        others: centsToEuros(y.othersCents),
        othersValued: centsToEuros(y.othersValuedCents),
        ok: y.ok,
        checks: y.checks.map((c) => ({ rule: c.rule, applies: c.applies, ok: c.ok, amount: centsToEuros(c.amountCents), limit: euros(c.limitCents) })),
      })) ?? null,
  };
}
