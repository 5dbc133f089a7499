/**
 * What an import recognised, shown the same way in the page's conversion and the pane's « Importer »: the areas
 * with their columns (editable when `onEdit` is given), every euro imported or skipped with its reason, the
 * rows skipped, the words converted, and the refusals as sentences.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { FormEvent, ReactElement } from 'react';
import { useId, useState } from 'react';
import type { ImportMapping, ImportRefusal, ImportResult, Proposal } from '../../domain/import';
import type { MappingEdit } from '../../domain/import/edit';
import type { ImportReportTexts } from '../../domain/messages/import';
import type { Lang } from '../../domain/report';
import { formatEuros } from '../../domain/values/format';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { Area } from './Area';
import { valueMappings } from './summary';
import type { ConversionTranslate } from './texts';
import { CATEGORY_LABELS } from './texts';
import { TitledTable, asHeading, useImportTableLook } from './TitledTable';
import { useImportStyles } from './useImportStyles.styles';

export type { TitledTableProps } from './TitledTable';
// Exported here too: the page's TitledTable (src/web/TitledTable.tsx) dresses it from this file.
export { TitledTable } from './TitledTable';

export function Nothing({ proposal, texts, t }: { readonly proposal: Proposal; readonly texts: ImportReportTexts; readonly t: ConversionTranslate }): ReactElement {
  const styles = useImportStyles();
  const look = useImportTableLook();
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('nothingTitle')}</MessageBarTitle> {t('nothingIntro')} {t('nothingAdvice')}
        </MessageBarBody>
      </MessageBar>
      <p className={styles.text}>{texts.lookedFor}</p>
      <TooLarge proposal={proposal} texts={texts} />
      {proposal.peeks.map((peek) => (
        <div key={peek.sheet} className={styles.area}>
          {peek.rows.length === 0 ? (
            <>
              <h3 className={styles.h3}>{asHeading(texts.firstRows(peek.sheet))}</h3>
              <p className={styles.muted}>{texts.emptySheet}</p>
            </>
          ) : (
            <TitledTable title={asHeading(texts.firstRows(peek.sheet))} level={3} classNames={{ ...look, heading: styles.h3 }}>
              <tbody>
                {peek.rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{`${t('row')} ${i + 1}`}</th>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </TitledTable>
          )}
        </div>
      ))}
    </>
  );
}

function refusalText(reason: ImportRefusal, texts: ImportReportTexts, t: ConversionTranslate): string {
  switch (reason.kind) {
    case 'conflict':
      return texts.conflict(reason.conflict);
    case 'sheet-missing':
      return texts.sheetMissing(reason.sheet);
    case 'sheet-too-large':
      return texts.tooLarge(reason.sheet, reason.range);
    case 'year-missing':
      return `${texts.yearMissing(reason.areas)}. ${t('yearAsked')}`;
    case 'unbalanced':
      return texts.unbalanced(reason.area);
  }
}

export function Refused({ reasons, texts, t }: { readonly reasons: readonly ImportRefusal[]; readonly texts: ImportReportTexts; readonly t: ConversionTranslate }): ReactElement {
  const styles = useImportStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('refusedTitle')}</MessageBarTitle> {t('refusedIntro')}
        <ul className={styles.list}>
          {reasons.map((r, i) => (
            <li key={i}>{refusalText(r, texts, t)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export interface AreasProps {
  readonly snapshot: WorkbookSnapshot;
  readonly mapping: ImportMapping;
  readonly result: ImportResult | null;
  readonly texts: ImportReportTexts;
  readonly t: ConversionTranslate;
  readonly lang: Lang;
  /** When given, the mapping is editable: include an area, choose each column's target, a partner, a year. */
  readonly onEdit?: (edit: MappingEdit) => void;
}

export function Areas({ snapshot, mapping, result, texts, t, lang, onEdit }: AreasProps): ReactElement {
  const styles = useImportStyles();
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-areas`} className={styles.area}>
      <h3 id={`${ids}-areas`} className={styles.h3}>
        {asHeading(texts.areasTitle)}
      </h3>
      <ol className={styles.areas}>
        {mapping.areas.map((area, i) => (
          <li key={area.id}>
            <Area index={i + 1} area={area} snapshot={snapshot} year={mapping.year} result={result} texts={texts} t={t} lang={lang} {...(onEdit ? { onEdit } : {})} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Values({
  snapshot,
  mapping,
  result,
  t,
  lang,
}: Omit<AreasProps, 'texts' | 'result'> & {
  readonly result: ImportResult;
}): ReactElement | null {
  const styles = useImportStyles();
  const look = useImportTableLook();
  const ids = useId();
  const values = valueMappings(snapshot, mapping, result);
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={`${ids}-values`} className={styles.area}>
      <h3 id={`${ids}-values`} className={styles.h3}>
        {t('valuesTitle')}
      </h3>
      <TitledTable title={t('valuesCaption')} level={4} classNames={look}>
        <thead>
          <tr>
            <th scope="col">{t('colCategory')}</th>
            <th scope="col">{t('colRead')}</th>
            <th scope="col">{t('colContract')}</th>
            <th scope="col">{t('colCount')}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={`${v.category}-${v.source}-${v.contract}`}>
              <td>{CATEGORY_LABELS[lang][v.category]}</td>
              <td>{v.source}</td>
              <td>{v.contract}</td>
              <td>{v.count}</td>
            </tr>
          ))}
        </tbody>
      </TitledTable>
    </section>
  );
}

export function Counts({ result, texts, t, preview = false }: { readonly result: ImportResult; readonly texts: ImportReportTexts; readonly t: ConversionTranslate; readonly preview?: boolean }): ReactElement {
  const styles = useImportStyles();
  return (
    <>
      <p className={styles.conservation}>{(preview ? texts.found : texts.counts)(result.actions.length, result.fundings.length, result.indicators.length, result.extraFunders)}</p>
      {result.notes.length > 0 ? (
        <>
          <h4 className={styles.h4}>{asHeading(texts.notesTitle)}</h4>
          <ul className={styles.list}>
            {result.notes.map((n, i) => (
              <li key={i}>{texts.note(n, t('yearGiven'))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** Lines shown per table before « … et N autres ». */
const PREVIEW_LINES = 12;

function PreviewGroup({ title, lines, t }: { readonly title: string; readonly lines: readonly string[]; readonly t: ConversionTranslate }): ReactElement | null {
  const styles = useImportStyles();
  if (lines.length === 0) return null;
  return (
    <details className={styles.preview}>
      <summary>{`${title} (${lines.length})`}</summary>
      <ul className={styles.list}>
        {lines.slice(0, PREVIEW_LINES).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        {lines.length > PREVIEW_LINES ? <li>{t('previewMore', { count: String(lines.length - PREVIEW_LINES) })}</li> : null}
      </ul>
    </details>
  );
}

/** The rows the import gives each contract table, as a coordinator reads them (folded: a click opens each table). */
export function RowsPreview({ result, t, lang }: { readonly result: ImportResult; readonly t: ConversionTranslate; readonly lang: Lang }): ReactElement {
  const styles = useImportStyles();
  const ids = useId();
  const dot = ' · ';
  const actions = result.actions.map((a) => [`${a.number} ${a.title ?? ''}`.trim(), a.status ?? ''].filter((x) => x !== '').join(dot));
  const fundings = result.fundings.map((f) => [f.funder, f.year === null ? '?' : String(f.year), formatEuros(f.amountCents, lang), f.status, f.object === 'Action' ? (f.action ?? '?') : f.object].join(dot));
  const indicators = result.indicators.map((i) => `${i.action ?? '?'} ${i.indicator}`);
  return (
    <section aria-labelledby={`${ids}-preview`} className={styles.area}>
      <h3 id={`${ids}-preview`} className={styles.h3}>
        {t('previewTitle')}
      </h3>
      <PreviewGroup title={t('previewActions')} lines={actions} t={t} />
      <PreviewGroup title={t('previewFundings')} lines={fundings} t={t} />
      <PreviewGroup title={t('previewIndicators')} lines={indicators} t={t} />
    </section>
  );
}

const YEAR = /^(199\d|20\d\d|2100)$/;

export interface YearFormProps {
  readonly label: string;
  readonly hint: string;
  /** Said under the field when what was typed is not a year. */
  readonly invalid: string;
  readonly apply: string;
  readonly onYear: (year: number) => void;
}

/** « Année des montants sans année »: four digits, 1990 to 2100, checked before the import runs again. */
export function YearForm({ label, hint, invalid, apply, onYear }: YearFormProps): ReactElement {
  const styles = useImportStyles();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const typed = draft.trim();
    setError(!YEAR.test(typed));
    if (YEAR.test(typed)) onYear(Number(typed));
  };
  return (
    <form className={styles.yearForm} onSubmit={submit} noValidate>
      <Field label={label} hint={hint} validationMessage={error ? invalid : null} className={styles.field}>
        <Input value={draft} inputMode="numeric" maxLength={4} autoComplete="off" onChange={(_, data) => setDraft(data.value)} />
      </Field>
      <Button type="submit">{apply}</Button>
    </form>
  );
}

/** Sheets left out because their used range reaches too far: said, with what to do, never silently skipped. */
export function TooLarge({ proposal, texts }: { readonly proposal: Proposal; readonly texts: ImportReportTexts }): ReactElement | null {
  if (proposal.tooLarge.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {proposal.tooLarge.map((s) => (
          <p key={s.sheet}>{`${texts.tooLarge(s.sheet, s.range)}.`}</p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
