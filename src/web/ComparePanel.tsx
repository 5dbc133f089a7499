/** « Comparer avec une version précédente »: another file of the same CLS picked, what changed since, matched by content. */
import { MessageBar, MessageBarBody, Spinner, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useMemo, useState } from 'react';
import type { WorkbookDiff } from '../domain/diff';
import { compareVersions } from '../domain/diff';
import { describeActionChange, describeCommitmentChange, describeMeasure, signedEuros } from '../domain/diff/describe';
import { DIFF_TEXTS } from '../domain/diff/texts';
import type { Lang } from '../domain/report';
import { formatEuros } from '../domain/values/format';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { UnusableWorkbookError } from '../xlsx/read-errors';
import { extrasTranslator } from './extras-texts';
import { FilePicker } from './FilePicker';
import { readBytes } from './read-bytes';
import { ColumnHeads, TitledTable } from './TitledTable';
import { useExtrasStyles } from './useExtrasStyles.styles';
import type { XlsxLoader } from './xlsx-loader';
import { punctuationOf } from '../texts/punctuation';

export interface ComparePanelProps {
  readonly snapshot: WorkbookSnapshot;
  readonly name: string;
  readonly lang: Lang;
  readonly asOf: string;
  readonly loadXlsx: XlsxLoader;
}

type Comparison =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'diff'; readonly name: string; readonly diff: WorkbookDiff }
  | { readonly kind: 'not-same'; readonly name: string; readonly before: string | null; readonly after: string | null }
  | { readonly kind: 'failed'; readonly name: string; readonly error: unknown };

function DiffView({ diff, lang }: { readonly diff: WorkbookDiff; readonly lang: Lang }): ReactElement {
  const styles = useExtrasStyles();
  const t = DIFF_TEXTS[lang];
  const eur = (cents: number): string => formatEuros(cents, lang);
  const num = mergeClasses(styles.td, styles.number);
  const { colon } = punctuationOf(lang);
  const empty = diff.commitments.length + diff.actions.length + diff.measures.length + diff.partnersAdded.length + diff.partnersRemoved.length + diff.money.length === 0;
  if (empty) return <p className={styles.text}>{t.nothing}</p>;
  const word = { added: t.added, removed: t.removed, changed: t.changed } as const;
  return (
    <>
      <p className={styles.text}>
        {t.committed}
        {colon}
        {eur(diff.committed.beforeCents)} → {eur(diff.committed.afterCents)} ({signedEuros(diff.committed.afterCents - diff.committed.beforeCents, lang)})
      </p>
      {diff.money.length > 0 ? (
        <TitledTable title={t.byPartner} level={4}>
          <thead>
            <tr>
              <ColumnHeads labels={[t.partner, t.before, t.after, t.delta]} numeric={(i) => i > 0} />
            </tr>
          </thead>
          <tbody>
            {diff.money.map((m) => (
              <tr key={m.partner}>
                <th scope="row" className={styles.td}>
                  {m.partner}
                </th>
                <td className={num}>{eur(m.beforeCents)}</td>
                <td className={num}>{eur(m.afterCents)}</td>
                <td className={num}>{signedEuros(m.afterCents - m.beforeCents, lang)}</td>
              </tr>
            ))}
          </tbody>
        </TitledTable>
      ) : null}
      {diff.commitments.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{t.commitments}</h4>
          <ul className={styles.list}>
            {diff.commitments.map((c, i) => (
              <li key={i}>
                <strong>{word[c.kind]}</strong> ({c.kind === 'removed' ? c.before.cell : c.after.cell}){colon}
                {describeCommitmentChange(c, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.actions.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{t.actions}</h4>
          <ul className={styles.list}>
            {diff.actions.map((a) => (
              <li key={a.action}>
                <strong>
                  {a.action} {a.title}
                </strong>
                {colon}
                {describeActionChange(a, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.measures.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{t.measures}</h4>
          <ul className={styles.list}>
            {diff.measures.map((m) => (
              <li key={`${m.action}-${m.indicator}-${m.year}`}>
                <strong>
                  {m.action} {m.indicator}
                </strong>
                {colon}
                {describeMeasure(m, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.partnersAdded.length > 0 ? (
        <p className={styles.text}>
          {t.partnersAdded}
          {colon}
          {diff.partnersAdded.join(', ')}
        </p>
      ) : null}
      {diff.partnersRemoved.length > 0 ? (
        <p className={styles.text}>
          {t.partnersRemoved}
          {colon}
          {diff.partnersRemoved.join(', ')}
        </p>
      ) : null}
    </>
  );
}

export function ComparePanel({ snapshot, name, lang, asOf, loadXlsx }: ComparePanelProps): ReactElement {
  const styles = useExtrasStyles();
  const t = useMemo(() => extrasTranslator(lang), [lang]);
  const [comparison, setComparison] = useState<Comparison>({ kind: 'none' });

  const pick = (files: FileList | null): void => {
    const file = files?.[0];
    if (!file) return;
    setComparison({ kind: 'reading', name: file.name });
    loadXlsx()
      .then(async ({ readWorkbookBuffer }) => readWorkbookBuffer(await readBytes(file)))
      .then((previous) => {
        const result = compareVersions(previous, snapshot, { asOf });
        setComparison(result.kind === 'diff' ? { kind: 'diff', name: file.name, diff: result.diff } : { kind: 'not-same', name: file.name, before: result.before, after: result.after });
      })
      .catch((error: unknown) => setComparison({ kind: 'failed', name: file.name, error }));
  };

  return (
    // Shown inside the pane's Synthèse, whose section names it: a heading of that section, no second landmark.
    <div className={styles.section} data-print-hide="">
      <h3 className={styles.heading}>{t('compareTitle')}</h3>
      <p className={styles.text}>{t('compareIntro')}</p>
      <div className={styles.actions}>
        <FilePicker label={t('comparePick')} secondary onFiles={pick} />
      </div>
      {comparison.kind === 'reading' ? (
        <div role="status" aria-live="polite">
          <Spinner size="tiny" labelPosition="after" label={t('compareReading', { name: comparison.name })} />
        </div>
      ) : null}
      {comparison.kind === 'not-same' ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{t('compareNotSame', { before: comparison.before ?? comparison.name, after: comparison.after ?? name })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {comparison.kind === 'failed' ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {comparison.error instanceof UnusableWorkbookError
              ? comparison.error.withFile(comparison.name).localized(lang)
              : comparison.error instanceof Error
                ? comparison.error.message
                : String(comparison.error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {comparison.kind === 'diff' ? (
        <div role="region" aria-live="polite" aria-label={t('compareAgainst', { name: comparison.name })}>
          <p className={styles.muted}>{t('compareAgainst', { name: comparison.name })}</p>
          <DiffView diff={comparison.diff} lang={lang} />
        </div>
      ) : null}
    </div>
  );
}
