/** Several workbooks at once: the regional review's table per CLS, the consolidated totals, the files set aside and the report download. */
import { Button, MessageBar, MessageBarBody, Spinner, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { formatEuros, formatNumber, formatPercent } from '../domain/values/format';
import { profileById } from '../domain/profiles/profiles';
import type { Lang, StatusCents } from '../domain/report';
import type { Review } from '../domain/review/review';
import type { ClsSummary } from '../domain/review/summary';
import { REVIEW_TEXTS } from '../domain/review/texts';
import { reviewWorkbook } from '../domain/review/workbook';
import { dateLabel } from '../domain/review/words';
import type { SaveFile } from './download';
import { XLSX_MIME } from './download';
import { extrasTranslator } from './extras-texts';
import type { ExtrasTranslate } from './extras-texts';
import type { PickedFile, ReadFiles } from './review-files';
import { readFiles, reviewOfFiles } from './review-files';
import { localIsoDate, localDateTime } from './dates';
import { ColumnHeads, TitledTable } from './TitledTable';
import { useExtrasStyles, usePrintStyles } from './useExtrasStyles.styles';
import type { XlsxLoader } from './xlsx-loader';
import { punctuationOf } from '../texts/punctuation';

export interface ReviewViewProps {
  readonly files: readonly PickedFile[];
  readonly lang: Lang;
  readonly loadXlsx: XlsxLoader;
  readonly saveFile: SaveFile;
  /** Opens one of the files alone, in the task pane. */
  readonly onOpenFile: (file: PickedFile) => void;
}

type Reading = { readonly kind: 'reading' } | { readonly kind: 'read'; readonly read: ReadFiles } | { readonly kind: 'failed'; readonly reason: string };

/** `✓ règles respectées`, `✗ en défaut : 2026`, `—`. */
export function coordinationLabel(s: ClsSummary, t: ExtrasTranslate): string {
  const applicable = s.coordination.filter((y) => y.checks.some((c) => c.applies));
  if (applicable.length === 0) return `— ${t('coordinationNone')}`;
  const failing = applicable.filter((y) => !y.ok).map((y) => y.year);
  return failing.length === 0 ? `✓ ${t('coordinationOk')}` : `✗ ${t('coordinationFailing', { years: failing.join(', ') })}`;
}

function ClsTable({ review, lang, t, files, onOpenFile }: { readonly review: Review; readonly lang: Lang; readonly t: ExtrasTranslate; readonly files: readonly PickedFile[]; readonly onOpenFile: (f: PickedFile) => void }): ReactElement {
  const styles = useExtrasStyles();
  const r = REVIEW_TEXTS[lang];
  const eur = (cents: number): string => formatEuros(cents, lang);
  const count = (n: number): string => formatNumber(n, lang);
  const num = mergeClasses(styles.td, styles.number);
  const { totals } = review;
  const headers = [r.number, r.cls, r.file, r.errors, r.warnings, r.secured, r.requested, r.committed, r.remaining, r.arsShare, r.coordination, r.themes, r.late, r.undated];
  const numeric = new Set([0, 3, 4, 5, 6, 7, 8, 9, 12, 13]);
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('reviewTableLabel')} data-print-region="">
      <table className={styles.table} data-print-table="">
        <thead>
          <tr>
            <ColumnHeads labels={headers} numeric={(i) => numeric.has(i)} />
            <th scope="col" className={styles.th} data-print-hide="">
              {t('reviewOpenOne')}
            </th>
          </tr>
        </thead>
        <tbody>
          {review.workbooks.map(({ summary: s }, i) => {
            const file = files.find((f) => f.name === s.file);
            return (
              <tr key={s.file}>
                <td className={num}>{count(i + 1)}</td>
                <th scope="row" className={mergeClasses(styles.td, styles.clsCell)}>
                  {s.name ?? r.unnamed}
                  <br />
                  <span className={styles.muted}>
                    {[s.territory, profileById(s.profile).label[lang]].filter((x) => x !== null).join(' · ')}
                  </span>
                </th>
                <td className={mergeClasses(styles.td, styles.nowrap)}>{s.file}</td>
                <td className={mergeClasses(num, s.findings.error > 0 && styles.bad)}>{count(s.findings.error)}</td>
                <td className={num}>{count(s.findings.warning)}</td>
                <td className={num}>{eur(s.money.securedCents)}</td>
                <td className={num}>{eur(s.money.requestedCents)}</td>
                <td className={num}>{eur(s.money.committedCents)}</td>
                <td className={num}>{eur(s.remainingCents)}</td>
                <td className={num}>{s.arsShare === null ? '—' : formatPercent(s.arsShare, lang)}</td>
                <td className={styles.td}>{coordinationLabel(s, t)}</td>
                <td className={styles.td}>{s.themes.map((x) => `${x.theme}${punctuationOf(lang).colon}${r.themeStatus[x.status]}`).join(punctuationOf(lang).separator)}</td>
                <td className={num}>{count(s.lateActions)}</td>
                <td className={num}>{count(s.undatedIndicators)}</td>
                <td className={styles.td} data-print-hide="">
                  {file ? (
                    <Button size="small" appearance="subtle" aria-label={t('reviewOpenLabel', { name: s.file })} onClick={() => onOpenFile(file)}>
                      {t('reviewOpenOne')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className={styles.total}>
            <td className={styles.td} />
            <th scope="row" className={styles.td}>
              {r.total}
            </th>
            <td className={styles.td} />
            <td className={num}>{count(totals.errors)}</td>
            <td className={num}>{count(totals.warnings)}</td>
            <td className={num}>{eur(totals.securedCents)}</td>
            <td className={num}>{eur(totals.requestedCents)}</td>
            <td className={num}>{eur(totals.committedCents)}</td>
            <td className={num}>{eur(totals.remainingCents)}</td>
            <td className={num}>{totals.committedCents > 0 ? formatPercent(totals.arsCents / totals.committedCents, lang) : '—'}</td>
            <td className={styles.td} />
            <td className={styles.td} />
            <td className={num}>{count(totals.lateActions)}</td>
            <td className={num}>{count(totals.undatedIndicators)}</td>
            <td className={styles.td} data-print-hide="" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Rows of money by status under a header, with their Total row. */
export function MoneyTable({ caption, first, rows, total, lang }: { readonly caption: string; readonly first: string; readonly rows: readonly [string, StatusCents][]; readonly total: StatusCents; readonly lang: Lang }): ReactElement {
  const styles = useExtrasStyles();
  const r = REVIEW_TEXTS[lang];
  const eur = (cents: number): string => formatEuros(cents, lang);
  const num = mergeClasses(styles.td, styles.number);
  const cells = (s: StatusCents): ReactElement[] =>
    [s.securedCents, s.requestedCents, s.securedCents + s.requestedCents, s.forecastCents].map((c, i) => (
      <td key={i} className={num}>
        {eur(c)}
      </td>
    ));
  return (
    <TitledTable title={caption} level={4}>
      <thead>
        <tr>
          <ColumnHeads labels={[first, r.secured, r.requested, r.committed, r.forecast]} numeric={(i) => i > 0} />
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, s]) => (
          <tr key={key}>
            <th scope="row" className={styles.td}>
              {key}
            </th>
            {cells(s)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className={styles.total}>
          <th scope="row" className={styles.td}>
            {r.total}
          </th>
          {cells(total)}
        </tr>
      </tfoot>
    </TitledTable>
  );
}

export function ReviewView({ files, lang, loadXlsx, saveFile, onOpenFile }: ReviewViewProps): ReactElement {
  usePrintStyles();
  const styles = useExtrasStyles();
  const t = useMemo(() => extrasTranslator(lang), [lang]);
  const r = REVIEW_TEXTS[lang];
  const [reading, setReading] = useState<Reading>({ kind: 'reading' });
  const [asOf] = useState(() => localIsoDate(new Date()));
  const [download, setDownload] = useState<{ readonly kind: 'idle' } | { readonly kind: 'done'; readonly name: string } | { readonly kind: 'failed'; readonly reason: string }>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    setReading({ kind: 'reading' });
    readFiles(files, loadXlsx, asOf).then(
      (read) => live && setReading({ kind: 'read', read }),
      (error: unknown) => live && setReading({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [files, loadXlsx, asOf]);

  const review = useMemo(() => (reading.kind === 'read' ? reviewOfFiles(reading.read, lang) : null), [reading, lang]);

  const downloadReport = (): void => {
    if (!review) return;
    const name = t('reviewFileName');
    loadXlsx()
      .then(({ writePlanToBuffer }) => writePlanToBuffer(reviewWorkbook(review, { lang, asOf }), { date: new Date() }))
      .then((bytes) => {
        saveFile(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), name);
        setDownload({ kind: 'done', name });
      })
      .catch((error: unknown) => setDownload({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  };

  if (reading.kind === 'reading') {
    return (
      <div role="status" aria-live="polite">
        <Spinner size="tiny" labelPosition="after" label={t('reviewReading', { n: formatNumber(files.length, lang) })} />
      </div>
    );
  }
  if (reading.kind === 'failed' || !review) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{reading.kind === 'failed' ? reading.reason : ''}</MessageBarBody>
      </MessageBar>
    );
  }
  const { totals } = review;
  const partnerRows = review.partners.map((p): [string, StatusCents] => [p, totals.byPartner[p] ?? { securedCents: 0, requestedCents: 0, forecastCents: 0 }]);
  const yearRows = Object.entries(totals.byYear).map(([y, s]): [string, StatusCents] => [y === '?' ? r.noYear : y, s]);
  const others = review.setAside.filter((x) => x.reason !== 'older-version');
  return (
    <section className={styles.section} aria-labelledby="review-title">
      <h2 id="review-title" className={styles.heading}>
        {t('reviewTitle', { n: formatNumber(files.length, lang) })}
      </h2>
      <p className={styles.muted}>
        {r.asOf(dateLabel(asOf, lang))} · {r.counted(totals.workbooks)}
        <span data-print-only=""> · {t('printedOn', { date: dateLabel(asOf, lang) })}</span>
      </p>
      <p className={styles.text} data-print-hide="">
        {t('reviewIntro')}
      </p>
      {review.workbooks.length === 0 ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('reviewNothing')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.actions} data-print-hide="">
            <Button appearance="primary" onClick={downloadReport}>
              {t('reviewDownload')}
            </Button>
            <Button onClick={() => window.print()}>{t('print')}</Button>
            {download.kind === 'done' ? (
              <span role="status" className={styles.muted}>
                {t('reviewDownloaded', { name: download.name })}
              </span>
            ) : null}
            {download.kind === 'failed' ? (
              <span role="alert" className={styles.bad}>
                {t('downloadFailed', { reason: download.reason })}
              </span>
            ) : null}
          </div>
          <ClsTable review={review} lang={lang} t={t} files={files} onOpenFile={onOpenFile} />
          <p className={styles.muted}>{r.committedNote}</p>
          <h3 className={styles.subheading}>{t('reviewTotalsTitle')}</h3>
          <MoneyTable caption={t('reviewByPartner')} first={r.partner} rows={partnerRows} total={totals} lang={lang} />
          {totals.unlistedCents > 0 ? (
            <p className={styles.text}>
              {r.unlisted}
              {punctuationOf(lang).colon}
              {formatEuros(totals.unlistedCents, lang)}
            </p>
          ) : null}
          <MoneyTable caption={t('reviewByYear')} first={r.year} rows={yearRows} total={totals} lang={lang} />
        </>
      )}
      {review.duplicates.length > 0 ? (
        <>
          <h3 className={styles.subheading}>{t('reviewDuplicates')}</h3>
          <ul className={styles.list}>
            {review.duplicates.map((d) => (
              <li key={d.kept.summary.file}>
                {t('reviewDuplicate', {
                  name: d.name,
                  kept: d.kept.summary.file,
                  date: localDateTime(d.kept.summary.modifiedMs, lang),
                  ignored: d.ignored.map((w) => w.summary.file).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3 className={styles.subheading}>{t('reviewSetAside')}</h3>
          <ul className={styles.list}>
            {others.map((x) => (
              <li key={x.file}>{x.reason === 'unusable' ? x.message : `${x.file}${punctuationOf(lang).colon}${r.ownReport}`}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
