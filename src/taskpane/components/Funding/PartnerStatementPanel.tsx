/**
 * « Relevé partenaire » in the pane: a financier picks its partner and a year, and sees its commitments — the
 * same statement as the command line and the page (domain/statement, the partner's column of the live matrix),
 * each line selecting its cell in Excel. Lines written otherwise (`cpam `) are listed apart: the matrix does not count them.
 */
import { Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../../../domain/port';
import type { Lang, ValidationReport } from '../../../domain/report';
import type { PartnerStatement, StatementLine } from '../../../domain/statement';
import { statementOf } from '../../../domain/statement';
import type { StatementTexts } from '../../../domain/statement/texts';
import { STATEMENT_TEXTS } from '../../../domain/statement/texts';
import { formatEuros, formatPercent } from '../../../domain/values/format';
import { useI18n } from '../../i18n';
import { useLinkButtonStyles } from '../../linkButton.styles';
import { usePartnerStatementStyles as useFundingViewStyles } from './usePartnerStatementStyles.styles';
import { punctuationOf } from '../../../texts/punctuation';

export interface PartnerStatementPanelProps {
  readonly port: WorkbookPort;
  readonly report: ValidationReport;
}

type Shown = { readonly kind: 'idle' } | { readonly kind: 'statement'; readonly statement: PartnerStatement } | { readonly kind: 'failed'; readonly reason: string };

function LineList({ lines, port, lang, t, label }: { readonly lines: readonly StatementLine[]; readonly port: WorkbookPort; readonly lang: Lang; readonly t: StatementTexts; readonly label: string }): ReactElement {
  const styles = useFundingViewStyles();
  const links = useLinkButtonStyles();
  const text = (l: StatementLine): string =>
    [l.action ?? l.object, l.year === null ? t.noYear : String(l.year), l.status, l.amountCents === null ? '—' : formatEuros(l.amountCents, lang), t.basis[l.basis]].join(' · ');
  return (
    <ul className={styles.statementLines} aria-label={label}>
      {lines.map((l) => (
        <li key={`${l.sheet}!${l.cell}`}>
          {port.select ? (
            <button type="button" className={links.link} onClick={() => void port.select?.(l.sheet, l.cell).catch(() => undefined)}>
              {`${l.cell} — ${text(l)}`}
            </button>
          ) : (
            `${l.cell} — ${text(l)}`
          )}
        </li>
      ))}
    </ul>
  );
}

function Statement({ statement, port, lang }: { readonly statement: PartnerStatement; readonly port: WorkbookPort; readonly lang: Lang }): ReactElement {
  const styles = useFundingViewStyles();
  const t = STATEMENT_TEXTS[lang];
  const m = statement.money;
  const eur = (cents: number): string => formatEuros(cents, lang);
  return (
    <div className={styles.statement}>
      <p className={styles.statementTotal}>{`${t.committed}${punctuationOf(lang).colon}${eur(m.committedCents)}`}</p>
      <p className={styles.muted}>{t.breakdown(eur(m.securedCents), eur(m.requestedCents), eur(m.forecastCents), eur(m.valuedCents))}</p>
      {statement.shareOfCls === null ? null : <p className={styles.muted}>{t.shareOfClsOf(formatPercent(statement.shareOfCls, lang), eur(statement.clsCommittedCents))}</p>}
      {statement.rows.length > 0 ? (
        <ul className={styles.statementLines} aria-label={t.byAction}>
          {statement.rows.map((r) => (
            <li key={`${r.object}-${r.action ?? ''}`}>
              {`${r.action === null ? r.title : `${r.action} ${r.title}`} : ${eur(r.money.committedCents)}${r.shareOfBudget === null ? '' : ` (${formatPercent(r.shareOfBudget, lang)} ${t.shareOfBudget.toLowerCase()})`}`}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>{t.noLine}</p>
      )}
      {statement.lines.length > 0 ? (
        <details>
          <summary className={styles.statementSummary}>{`${t.lines} (${statement.lines.length})`}</summary>
          <LineList lines={statement.lines} port={port} lang={lang} t={t} label={t.lines} />
        </details>
      ) : null}
      {statement.otherSpellings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.otherSpellingsNote(statement.partner)}
            <LineList lines={statement.otherSpellings} port={port} lang={lang} t={t} label={t.otherSpellings} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

export function PartnerStatementPanel({ port, report }: PartnerStatementPanelProps): ReactElement {
  const styles = useFundingViewStyles();
  const { t, lang } = useI18n();
  const texts = STATEMENT_TEXTS[lang];
  const partners = Object.keys(report.totals.byFunderCents);
  const [partner, setPartner] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });

  useEffect(() => {
    if (partner === '') {
      setShown({ kind: 'idle' });
      return;
    }
    let current = true;
    // Read again: the statement is of the workbook as it is now, by the same functions as the command line.
    port
      .read()
      .then((snapshot) => statementOf(snapshot, { funder: partner, year, asOf: report.asOf, profile: report.profile }))
      .then(
        (result) => {
          if (!current) return;
          setShown(result.kind === 'statement' ? { kind: 'statement', statement: result.statement } : { kind: 'failed', reason: t('statementUnavailable') });
        },
        (error: unknown) => current && setShown({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [port, partner, year, report.asOf, report.profile, t]);

  return (
    <section className={styles.section} aria-labelledby="funding-statement">
      <h3 id="funding-statement" className={styles.heading}>
        {t('statementTitle')}
      </h3>
      <div className={styles.statementFilters}>
        <Field label={t('statementPartner')}>
          <Select value={partner} onChange={(_, data) => setPartner(data.value)}>
            <option value="">{t('statementChoose')}</option>
            {partners.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('statementYear')}>
          <Select value={year === null ? '' : String(year)} onChange={(_, data) => setYear(data.value === '' ? null : Number(data.value))}>
            <option value="">{texts.wholeContract}</option>
            {report.contractYears.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div aria-live="polite">
        {shown.kind === 'statement' ? <Statement statement={shown.statement} port={port} lang={lang} /> : null}
        {shown.kind === 'failed' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{shown.reason}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
