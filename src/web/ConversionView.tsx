/**
 * A dropped workbook that is not laid out as the contract: what was recognised, the mapping in readable form,
 * every euro imported or skipped with its reason, and the converted workbook to download. Nothing is written
 * into the dropped file; the year, the profile and each column's target, partner and year re-run the import.
 */
import { Button, Field, MessageBar, MessageBarBody, Spinner, Select } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import type { ImportMapping, ImportOutcome, ImportResult } from '../domain/import';
import { importWorkbook } from '../domain/import';
import { editMapping } from '../domain/import/edit';
import { IMPORT_REPORT_TEXTS } from '../domain/messages/import';
import { summaryLine } from '../domain/messages/render';
import { PROFILES } from '../domain/profiles/profiles';
import type { Lang, ProfileId } from '../domain/report';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { downloadConverted } from './convert';
import type { ConvertedWorkbook } from './convert';
import { conversionTranslator } from '../ui/import/texts';
import { Areas, Counts, Nothing, Refused, RowsPreview, TooLarge, Values, YearForm } from '../ui/import/ImportDetails';
import type { SaveFile } from './download';
import { useImportStyles } from '../ui/import/useImportStyles.styles';
import type { XlsxLoader } from './xlsx-loader';

export interface ConversionViewProps {
  readonly snapshot: WorkbookSnapshot;
  /** The dropped file's name. */
  readonly name: string;
  readonly lang: Lang;
  readonly loadXlsx: XlsxLoader;
  readonly saveFile: SaveFile;
  /** Opens the converted workbook in the page's check. */
  readonly onOpenConverted: (file: { readonly name: string; readonly bytes: Uint8Array }) => void;
  /** Shown under the view when nothing was recognised (the page's « new workbook » download). */
  readonly whenNothing?: ReactNode;
}

type Download = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly workbook: ConvertedWorkbook } | { readonly kind: 'failed'; readonly reason: string };


export function ConversionView({ snapshot, name, lang, loadXlsx, saveFile, onOpenConverted, whenNothing }: ConversionViewProps): ReactElement {
  const styles = useImportStyles();
  const t = useMemo(() => conversionTranslator(lang), [lang]);
  const texts = IMPORT_REPORT_TEXTS[lang];
  const ids = useId();
  const [profile, setProfile] = useState<ProfileId>('generic');
  const [year, setYear] = useState<number | undefined>(undefined);
  const [download, setDownload] = useState<Download>({ kind: 'idle' });
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const outcome: ImportOutcome = useMemo(
    () =>
      importWorkbook(snapshot, {
        profile,
        ...(year === undefined ? {} : { year }),
        ...(mapping === null ? {} : { mapping }),
      }),
    [snapshot, profile, year, mapping],
  );

  const yearMissing = outcome.kind === 'refused' && outcome.reasons.some((r) => r.kind === 'year-missing');
  const yearAssumed = outcome.kind === 'imported' && outcome.result.notes.some((n) => n.kind === 'year-assumed');
  const askYear = yearMissing || yearAssumed || year !== undefined;

  const rerun = (change: () => void): void => {
    change();
    setDownload({ kind: 'idle' });
  };
  const start = (result: ImportResult): void => {
    setDownload({ kind: 'busy' });
    downloadConverted(result, profile, name, saveFile, loadXlsx).then(
      (workbook) => setDownload({ kind: 'done', workbook }),
      (error: unknown) =>
        setDownload({
          kind: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
  };

  return (
    <>
      <section className={styles.card} aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`} className={styles.h2}>
          {t('title', { name })}
        </h2>
        <p className={styles.text}>{t('intro')}</p>

        <fieldset className={styles.settings}>
          <legend className={styles.legend}>{t('settings')}</legend>
          <Field label={t('profileLabel')} className={styles.field}>
            <Select value={profile} onChange={(_, data) => rerun(() => setProfile(data.value as ProfileId))}>
              {PROFILES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label[lang]}
                </option>
              ))}
            </Select>
          </Field>
          {askYear ? <YearForm label={t('yearLabel')} hint={t('yearHint')} invalid={t('yearInvalid')} apply={t('yearApply')} onYear={(y) => rerun(() => setYear(y))} /> : null}
        </fieldset>

        {outcome.kind === 'nothing' ? <Nothing proposal={outcome.proposal} texts={texts} t={t} /> : null}
        {outcome.kind !== 'nothing' ? <TooLarge proposal={outcome.proposal} texts={texts} /> : null}
        {outcome.kind === 'refused' ? <Refused reasons={outcome.reasons} texts={texts} t={t} /> : null}
        {outcome.kind === 'imported' ? (
          <>
            {/* What a coordinator acts on comes first: what the new workbook holds, and the button; the details follow. */}
            <section className={styles.area} aria-labelledby={`${ids}-download`}>
              <h3 id={`${ids}-download`} className={styles.h3}>
                {t('downloadTitle')}
              </h3>
              <Counts result={outcome.result} texts={texts} t={t} />
              <div className={styles.actions}>
                <Button appearance="primary" disabled={download.kind === 'busy'} onClick={() => start(outcome.result)}>
                  {t('downloadButton')}
                </Button>
                {download.kind === 'done' ? <Button onClick={() => onOpenConverted(download.workbook)}>{t('openConverted')}</Button> : null}
              </div>
              <div role="status" aria-live="polite">
                {download.kind === 'busy' ? <Spinner size="tiny" labelPosition="after" label={t('downloading')} /> : null}
                {download.kind === 'done' ? (
                  <MessageBar intent="success" layout="multiline">
                    <MessageBarBody>
                      {t('downloaded', {
                        name: download.workbook.name,
                        summary: summaryLine(download.workbook.summary, lang),
                      })}
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
              </div>
              {download.kind === 'failed' ? (
                <MessageBar intent="error" role="alert" layout="multiline">
                  <MessageBarBody>{t('downloadFailed', { reason: download.reason })}</MessageBarBody>
                </MessageBar>
              ) : null}
            </section>
          </>
        ) : null}
        {outcome.kind !== 'nothing' ? (
          <Areas
            snapshot={snapshot}
            mapping={outcome.mapping}
            result={outcome.kind === 'imported' ? outcome.result : null}
            texts={texts}
            t={t}
            lang={lang}
            onEdit={(edit) => rerun(() => setMapping(editMapping(outcome.mapping, edit)))}
          />
        ) : null}
        {outcome.kind === 'imported' ? <RowsPreview result={outcome.result} t={t} lang={lang} /> : null}
        {outcome.kind === 'imported' ? <Values snapshot={snapshot} mapping={outcome.mapping} result={outcome.result} t={t} lang={lang} /> : null}
      </section>
      {outcome.kind === 'nothing' ? whenNothing : null}
    </>
  );
}

