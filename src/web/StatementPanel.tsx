/** « Relevé partenaire » in the page: a partner and a period chosen, its statement on screen, exported to .xlsx or printed on A4. */
import { Button, Field, Select, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useMemo, useState } from 'react';
import { buildModel } from '../domain/model';
import { profileById } from '../domain/profiles/profiles';
import type { Lang } from '../domain/report';
import { dateLabel, periodLabel, term } from '../domain/review/words';
import type { PartnerStatement, StatementLine } from '../domain/statement';
import { statementOf } from '../domain/statement';
import { STATEMENT_TEXTS } from '../domain/statement/texts';
import { statementWorkbook } from '../domain/statement/workbook';
import { partnerColumns } from '../domain/totals';
import { formatEuros, formatPercent } from '../domain/values/format';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { SaveFile } from './download';
import { XLSX_MIME } from './download';
import { extrasTranslator } from './extras-texts';
import { TitledTable } from './TitledTable';
import { useExtrasStyles } from './useExtrasStyles.styles';
import type { XlsxLoader } from './xlsx-loader';
import { punctuationOf } from '../texts/punctuation';

export interface StatementPanelProps {
  readonly snapshot: WorkbookSnapshot;
  readonly lang: Lang;
  readonly asOf: string;
  readonly loadXlsx: XlsxLoader;
  readonly saveFile: SaveFile;
}

/** `releve-cpam-2026.xlsx`. */
export const statementFileName = (partner: string, year: number | null, lang: Lang): string => {
  const slug = partner
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const t = extrasTranslator(lang);
  return t('statementFileName', { partner: slug || t('statementFilePartner'), year: year === null ? '' : `-${year}` });
};

function StatementBody({ statement, lang, printedOn }: { readonly statement: PartnerStatement; readonly lang: Lang; readonly printedOn: string }): ReactElement {
  const styles = useExtrasStyles();
  const t = STATEMENT_TEXTS[lang];
  const x = extrasTranslator(lang);
  const eur = (cents: number | null): string => (cents === null ? '—' : formatEuros(cents, lang));
  const pct = (share: number | null): string => (share === null ? '—' : formatPercent(share, lang));
  const num = mergeClasses(styles.td, styles.number);
  const m = statement.money;
  const { colon } = punctuationOf(lang);
  const th = (label: string, numeric = false): ReactElement => (
    <th key={label} scope="col" className={mergeClasses(styles.th, numeric && styles.number)}>
      {label}
    </th>
  );
  const lineRows = (lines: readonly StatementLine[], last: (l: StatementLine) => string): ReactElement[] =>
    lines.map((l) => (
      <tr key={`${l.sheet}!${l.cell}`}>
        <td className={styles.td}>{l.cell}</td>
        <td className={styles.td}>{l.action ?? term(l.object, lang)}</td>
        <td className={styles.td}>{l.year ?? ''}</td>
        <td className={styles.td}>{term(l.nature, lang)}</td>
        <td className={styles.td}>{term(l.status, lang)}</td>
        <td className={num}>{eur(l.amountCents)}</td>
        <td className={styles.td}>{last(l)}</td>
      </tr>
    ));
  const lineHead = (last: string): ReactElement => (
    <thead>
      <tr>{[th(t.cell), th(t.actionOrObject), th(t.yearColumn), th(t.nature), th(t.status), th(t.amount, true), th(last)]}</tr>
    </thead>
  );
  return (
    <div className={styles.section} style={{ boxShadow: 'none', padding: 0 }}>
      <h3 className={styles.subheading}>{t.title(statement.partner)}</h3>
      <p className={styles.text}>{[statement.clsName, statement.territory].filter((v) => v !== null).join(' — ')}</p>
      <p className={styles.muted}>
        {t.profile}
        {colon}
        {profileById(statement.profile).label[lang]} · {t.period}
        {colon}
        {periodLabel(statement.year, statement.contractYears, t)} · {t.asOf(dateLabel(statement.asOf, lang))}
        <span data-print-only=""> · {x('printedOn', { date: printedOn })}</span>
      </p>
      <dl className={styles.figures} aria-label={x('figuresLabel')}>
        {(
          [
            [t.committed, eur(m.committedCents)],
            [t.secured, eur(m.securedCents)],
            [t.requested, eur(m.requestedCents)],
            [t.forecastNote, eur(m.forecastCents)],
            [t.valuedNote, eur(m.valuedCents)],
            [t.clsCommitted, eur(statement.clsCommittedCents)],
            [t.shareOfCls, pct(statement.shareOfCls)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt className={styles.figureTerm}>{label}</dt>
            <dd className={styles.figureValue}>{value}</dd>
          </div>
        ))}
      </dl>
      <TitledTable title={t.byAction} level={4}>
        <thead>
          <tr>{[th(t.action), th(t.secured, true), th(t.requested, true), th(t.committedShort, true), th(t.forecast, true), th(t.budget, true), th(t.shareOfBudget, true)]}</tr>
        </thead>
        <tbody>
          {statement.rows.map((r) => (
            <tr key={`${r.object}-${r.action ?? ''}`}>
              <th scope="row" className={styles.td}>
                {r.action === null ? term(r.object, lang) : `${r.action} — ${r.title}`}
              </th>
              <td className={num}>{eur(r.money.securedCents)}</td>
              <td className={num}>{eur(r.money.requestedCents)}</td>
              <td className={num}>{eur(r.money.committedCents)}</td>
              <td className={num}>{eur(r.money.forecastCents)}</td>
              <td className={num}>{eur(r.budgetCents)}</td>
              <td className={num}>{pct(r.shareOfBudget)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={styles.total}>
            <th scope="row" className={styles.td}>
              {t.total}
            </th>
            <td className={num}>{eur(m.securedCents)}</td>
            <td className={num}>{eur(m.requestedCents)}</td>
            <td className={num}>{eur(m.committedCents)}</td>
            <td className={num}>{eur(m.forecastCents)}</td>
            <td className={styles.td} />
            <td className={styles.td} />
          </tr>
        </tfoot>
      </TitledTable>
      {statement.byYear.length > 0 ? (
        <TitledTable title={t.byYear} level={4}>
          <thead>
            <tr>{[th(t.yearColumn), th(t.secured, true), th(t.requested, true), th(t.committedShort, true), th(t.forecast, true)]}</tr>
          </thead>
          <tbody>
            {statement.byYear.map((y) => (
              <tr key={y.year}>
                <th scope="row" className={styles.td}>
                  {y.year === '?' ? t.noYear : y.year}
                </th>
                <td className={num}>{eur(y.money.securedCents)}</td>
                <td className={num}>{eur(y.money.requestedCents)}</td>
                <td className={num}>{eur(y.money.committedCents)}</td>
                <td className={num}>{eur(y.money.forecastCents)}</td>
              </tr>
            ))}
          </tbody>
        </TitledTable>
      ) : null}
      {statement.coordination !== null && statement.coordination.length > 0 ? (
        <TitledTable title={t.coordination} level={4}>
          <thead>
            <tr>{[th(t.yearColumn), th(t.ruleColumn), th(t.amount, true), th(t.limit, true), th(t.verdict)]}</tr>
          </thead>
          <tbody>
            {statement.coordination.flatMap((y) =>
              y.checks.map((c) => (
                <tr key={`${y.year}-${c.rule}`}>
                  <td className={styles.td}>{y.year}</td>
                  <th scope="row" className={styles.td}>
                    {t.rule[c.rule]}
                  </th>
                  <td className={num}>{eur(c.amountCents)}</td>
                  <td className={num}>{eur(c.limitCents)}</td>
                  <td className={mergeClasses(styles.td, c.applies && !c.ok && styles.bad)}>{c.applies ? (c.ok ? t.met : t.notMet) : t.notApplicable}</td>
                </tr>
              )),
            )}
          </tbody>
        </TitledTable>
      ) : null}
      <TitledTable title={t.lines} level={4}>
        {lineHead(t.counted)}
        <tbody>{lineRows(statement.lines, (l) => t.basis[l.basis])}</tbody>
      </TitledTable>
      {statement.otherSpellings.length > 0 ? (
        <TitledTable title={t.otherSpellings} level={4} note={<p className={styles.text}>{t.otherSpellingsNote(statement.partner)}</p>}>
          {lineHead(t.typed)}
          <tbody>{lineRows(statement.otherSpellings, (l) => l.funder)}</tbody>
        </TitledTable>
      ) : null}
    </div>
  );
}

export function StatementPanel({ snapshot, lang, asOf, loadXlsx, saveFile }: StatementPanelProps): ReactElement {
  const styles = useExtrasStyles();
  const t = useMemo(() => extrasTranslator(lang), [lang]);
  const model = useMemo(() => buildModel(snapshot), [snapshot]);
  const partners = useMemo(() => partnerColumns(model), [model]);
  const years = useMemo(
    () => [...new Set([...model.contractYears, ...model.fundings.flatMap((f) => (f.year.value === null ? [] : [f.year.value]))])].sort((a, b) => a - b),
    [model],
  );
  const [partner, setPartner] = useState<string>(partners[0] ?? '');
  const [year, setYear] = useState<number | null>(null);
  const [saved, setSaved] = useState<{ readonly kind: 'idle' } | { readonly kind: 'done'; readonly name: string } | { readonly kind: 'failed'; readonly reason: string }>({ kind: 'idle' });
  const result = useMemo(() => (partner === '' ? null : statementOf(snapshot, { funder: partner, year, asOf })), [snapshot, partner, year, asOf]);
  const statement = result?.kind === 'statement' ? result.statement : null;

  const exportStatement = (): void => {
    if (!statement) return;
    const name = statementFileName(statement.partner, statement.year, lang);
    loadXlsx()
      .then(({ writePlanToBuffer }) => writePlanToBuffer(statementWorkbook(statement, lang), { date: new Date() }))
      .then((bytes) => {
        saveFile(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), name);
        setSaved({ kind: 'done', name });
      })
      .catch((error: unknown) => setSaved({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  };

  return (
    <section className={styles.section} aria-labelledby="statement-title" data-print-section="statement">
      <h2 id="statement-title" className={styles.heading} data-print-hide="">
        {t('statementTitle')}
      </h2>
      <p className={styles.text} data-print-hide="">
        {t('statementIntro')}
      </p>
      {partners.length === 0 ? (
        <p className={styles.text}>{t('statementNoPartner')}</p>
      ) : (
        <>
          <div className={styles.controls} data-print-hide="">
            <Field label={t('statementPartner')}>
              <Select value={partner} onChange={(_e, d) => setPartner(d.value)}>
                {partners.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('statementYear')}>
              <Select value={year === null ? '' : String(year)} onChange={(_e, d) => setYear(d.value === '' ? null : Number(d.value))}>
                <option value="">{t('statementWhole')}</option>
                {years.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" onClick={exportStatement} disabled={!statement}>
              {t('statementDownload')}
            </Button>
            <Button onClick={() => window.print()} disabled={!statement}>
              {t('print')}
            </Button>
          </div>
          {saved.kind === 'done' ? (
            <p role="status" className={styles.muted} data-print-hide="">
              {t('statementDownloaded', { name: saved.name })}
            </p>
          ) : null}
          {saved.kind === 'failed' ? (
            <p role="alert" className={styles.bad} data-print-hide="">
              {t('downloadFailed', { reason: saved.reason })}
            </p>
          ) : null}
          {statement ? <StatementBody statement={statement} lang={lang} printedOn={dateLabel(asOf, lang)} /> : null}
        </>
      )}
    </section>
  );
}
