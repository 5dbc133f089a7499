/** The regional review for a terminal, within 80 columns: each CLS's findings, one row per CLS, the consolidated totals, the files set aside. */
import { formatEuros, formatPercent, renderFinding, severityLabel, summaryLine } from '../domain/messages/render';
import { profileById } from '../domain/profiles/profiles';
import type { Finding, Lang, StatusCents } from '../domain/report';
import type { Review, ReviewedWorkbook } from '../domain/review/review';
import type { ClsSummary } from '../domain/review/summary';
import { REVIEW_TEXTS } from '../domain/review/texts';
import { dateLabel } from '../domain/review/words';
import { SEVERITIES } from '../domain/rules/ids';
import { quoted } from '../domain/values/format';
import { shorten, textTable, TEXT_WIDTH, wrap } from './columns';
import { TEXTS } from './texts';
import { REVIEW_CLI_TEXTS } from './review-texts';

type Paint = (style: 'bold' | 'dim' | 'red' | 'yellow', text: string) => string;
const ANSI = { bold: '1', dim: '2', red: '31', yellow: '33' } as const;
const painter = (color: boolean): Paint => (style, text) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);

export interface ReviewTextOptions {
  readonly lang: Lang;
  readonly asOf: string;
  /** Only the per-CLS tables and the totals. */
  readonly summary: boolean;
  readonly color: boolean;
}

/** `23/11/2026 à 10:02` / `2026-11-23 10:02`, local time. */
export function modifiedLabel(ms: number | null, lang: Lang): string {
  if (ms === null) return '—';
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return REVIEW_CLI_TEXTS[lang].modified(d.getFullYear(), pad(d.getMonth() + 1), pad(d.getDate()), time);
}

const LABEL_WIDTH = 13;

/** One finding: severity, where, message; the suggestion under it; wrapped under the message. */
function findingLines(f: Finding, lang: Lang, paint: Paint): string[] {
  const { message, suggestion } = renderFinding(f, lang);
  const where = f.cell === undefined ? f.sheet || f.table : `${f.sheet}!${f.cell}`;
  const hang = ' '.repeat(2 + LABEL_WIDTH + 2);
  const label = severityLabel(f.severity, lang).padEnd(LABEL_WIDTH);
  const lines = wrap(`${where} — ${message}`, TEXT_WIDTH, `  ${label}  `, hang);
  const style = f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'dim';
  lines[0] = lines[0]?.replace(label, paint(style, label)) ?? '';
  if (suggestion) lines.push(...wrap(`→ ${suggestion}`, TEXT_WIDTH, hang, `${hang}  `).map((l) => paint('dim', l)));
  return lines;
}

function clsSection({ summary, report }: ReviewedWorkbook, lang: Lang, paint: Paint): string[] {
  const colon = REVIEW_CLI_TEXTS[lang].colon;
  const t = TEXTS[lang];
  const r = REVIEW_TEXTS[lang];
  const lines = [
    ...wrap(`━━ ${summary.file} ━━`).map((l) => paint('bold', l)),
    ...wrap([summary.name ?? r.unnamed, summary.territory].filter((x) => x !== null).join(' — ')),
    ...wrap(`${t.profile}${colon} ${profileById(summary.profile).label[lang]} · ${t.summary}${colon} ${summaryLine(report.summary, lang)}`),
  ];
  const ordered = SEVERITIES.flatMap((s) => report.findings.filter((f) => f.severity === s));
  if (ordered.length === 0) lines.push(`  ${t.noFinding}`);
  for (const f of ordered) lines.push(...findingLines(f, lang, paint));
  return [...lines, ''];
}

/** ✓ when every applicable coordination rule holds each year, ✗ and the failing years, — without coordination money or rule. */
function coordinationMark(s: ClsSummary): string {
  const applicable = s.coordination.filter((y) => y.checks.some((c) => c.applies));
  if (applicable.length === 0) return '—';
  const failing = applicable.filter((y) => !y.ok).map((y) => y.year);
  return failing.length === 0 ? '✓' : `✗ ${failing.join(', ')}`;
}

const themesMark = (s: ClsSummary): string => {
  const required = s.themes.filter((x) => x.status !== 'not-required');
  return required.length === 0 ? '—' : `${required.filter((x) => x.status === 'present').length}/${required.length}`;
};

/** `Contrat local de santé du Val de Sélune 2025-2027` → `Val de Sélune 2025-2027`: the words every CLS shares, left out of narrow tables. */
export const shortClsName = (name: string): string => name.replace(/^\s*(contrat local de sant[ée]|cls)\s+(de la |de l['’]|du |des |de |d['’])?/i, '').trim() || name;

/** Two tables keyed by the CLS number: how well kept, then the money. */
function clsTables(review: Review, lang: Lang): string[] {
  const r = REVIEW_TEXTS[lang];
  const c = REVIEW_CLI_TEXTS[lang];
  const t = TEXTS[lang];
  const eur = (cents: number): string => formatEuros(cents, lang);
  const rows = review.workbooks.map(({ summary }, i) => ({ n: String(i + 1), s: summary }));
  const { totals } = review;
  const control = textTable(
    [
      { header: r.number, align: 'right' },
      { header: r.cls, align: 'left', flexible: true },
      { header: r.errors, align: 'right' },
      { header: c.warningsShort, align: 'right' },
      { header: c.late, align: 'right' },
      { header: c.undated, align: 'right' },
      { header: c.themes, align: 'right' },
    ],
    [
      ...rows.map(({ n, s }) => [n, shortClsName(s.name ?? r.unnamed), String(s.findings.error), String(s.findings.warning), String(s.lateActions), String(s.undatedIndicators), themesMark(s)]),
      ['', r.total, String(totals.errors), String(totals.warnings), String(totals.lateActions), String(totals.undatedIndicators), ''],
    ],
  );
  const money = textTable(
    [
      { header: r.number, align: 'right' },
      { header: t.secured, align: 'right' },
      { header: t.requested, align: 'right' },
      { header: t.committed, align: 'right' },
      { header: c.toFind, align: 'right' },
      { header: 'ARS', align: 'right' },
      { header: c.coordinationShort, align: 'left' },
    ],
    [
      ...rows.map(({ n, s }) => [n, eur(s.money.securedCents), eur(s.money.requestedCents), eur(s.money.committedCents), eur(s.remainingCents), s.arsShare === null ? '—' : formatPercent(s.arsShare, lang), coordinationMark(s)]),
      [r.total, eur(totals.securedCents), eur(totals.requestedCents), eur(totals.committedCents), eur(totals.remainingCents), totals.committedCents > 0 ? formatPercent(totals.arsCents / totals.committedCents, lang) : '—', ''],
    ],
  );
  return [c.byCls, ...control, '', c.fundingByCls, ...money, ...wrap(c.legend, TEXT_WIDTH, '  ', '  ')];
}

function moneyTable(first: string, rows: readonly [string, StatusCents][], totals: StatusCents, lang: Lang): string[] {
  const t = TEXTS[lang];
  const eur = (cents: number): string => formatEuros(cents, lang);
  const cells = (s: StatusCents): string[] => [eur(s.securedCents), eur(s.requestedCents), eur(s.securedCents + s.requestedCents), eur(s.forecastCents)];
  return textTable(
    [
      { header: first, align: 'left', flexible: true },
      { header: t.secured, align: 'right' },
      { header: t.requested, align: 'right' },
      { header: t.committed, align: 'right' },
      { header: t.forecast, align: 'right' },
    ],
    [...rows.map(([key, s]) => [key, ...cells(s)]), [t.total, ...cells(totals)]],
    '    ',
  );
}

function consolidated(review: Review, options: ReviewTextOptions, paint: Paint): string[] {
  const { lang } = options;
  const t = TEXTS[lang];
  const r = REVIEW_TEXTS[lang];
  const colon = REVIEW_CLI_TEXTS[lang].colon;
  const eur = (cents: number): string => formatEuros(cents, lang);
  const { totals } = review;
  const files = review.workbooks.length + review.setAside.length;
  const counts = [
    r.counted(totals.workbooks),
    ...(['unusable', 'older-version', 'own-report'] as const)
      .map((reason) => [reason, review.setAside.filter((x) => x.reason === reason).length] as const)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => (reason === 'unusable' ? r.unusable(n) : reason === 'older-version' ? r.olderVersions(n) : r.ownReports(n))),
  ];
  const withErrors = review.workbooks.filter((w) => w.summary.findings.error > 0).map((w) => w.summary.file);
  const lines = [
    ...wrap(`━━ ${t.consolidatedTitle(files)} ━━`).map((l) => paint('bold', l)),
    ...wrap(`${r.asOf(dateLabel(options.asOf, lang))} · ${counts.join(' · ')}`),
    '',
    ...clsTables(review, lang),
    '',
    ...wrap(`${t.filesWithErrors(withErrors.length, totals.workbooks)}${withErrors.length > 0 ? ` (${withErrors.join(', ')})` : ''}`),
    '',
    ...wrap(`${t.allFilesCommitted}${colon} ${eur(totals.committedCents)}`).map((l) => paint('bold', l)),
    ...wrap(t.committedBreakdown(eur(totals.committedCents), eur(totals.securedCents), eur(totals.requestedCents), eur(totals.forecastCents)), TEXT_WIDTH, '  ', '  '),
    `  ${t.byFunder}`,
  ];
  const partnerRows = review.partners.map((p): [string, StatusCents] => [p, totals.byPartner[p] ?? { securedCents: 0, requestedCents: 0, forecastCents: 0 }]);
  lines.push(...moneyTable(t.funder, partnerRows, totals, lang));
  if (totals.unlistedCents > 0) lines.push(...wrap(`${r.unlisted}${colon} ${eur(totals.unlistedCents)}`, TEXT_WIDTH, '    ', '      '));
  lines.push(`  ${t.byYear}`);
  lines.push(...moneyTable(t.year, Object.entries(totals.byYear).map(([y, s]): [string, StatusCents] => [y === '?' ? r.noYear : y, s]), totals, lang));
  return lines;
}

function setAsideLines(review: Review, lang: Lang): string[] {
  const r = REVIEW_TEXTS[lang];
  const c = REVIEW_CLI_TEXTS[lang];
  const lines: string[] = [];
  if (review.duplicates.length > 0) {
    lines.push('', c.duplicatesTitle);
    for (const d of review.duplicates) {
      const kept = `${d.kept.summary.file} (${modifiedLabel(d.kept.summary.modifiedMs, lang)})`;
      const ignored = d.ignored.map((w) => `${w.summary.file} (${modifiedLabel(w.summary.modifiedMs, lang)})`);
      const sentence = c.duplicate(`${quoted(d.name, lang)}${d.territory ? ` — ${d.territory}` : ''}`, kept, ignored);
      lines.push(...wrap(sentence, TEXT_WIDTH, '  ', '    '));
    }
  }
  const others = review.setAside.filter((x) => x.reason !== 'older-version');
  if (others.length > 0) {
    lines.push('', r.setAsideSheet);
    for (const x of others) {
      const why = x.reason === 'unusable' ? x.message : `${shorten(x.file, 60, 'middle')}${c.colon} ${r.ownReport}`;
      lines.push(...wrap(why, TEXT_WIDTH, '  ', '    '));
    }
  }
  return lines;
}

/** The whole review as text. */
export function renderReviewText(review: Review, options: ReviewTextOptions): string {
  const paint = painter(options.color);
  const sections = options.summary ? [] : review.workbooks.flatMap((w) => clsSection(w, options.lang, paint));
  const lines = [...sections, ...consolidated(review, options, paint), ...setAsideLines(review, options.lang)];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
