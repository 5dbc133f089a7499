/** Créer: choose the options, see what will be created and what is kept, create in place (or download when read-only). */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { refusalEn, refusalFr } from '../../../domain/apply/refusals';
import { profileById } from '../../../domain/profiles/profiles';
import { formatNumber } from '../../../domain/values/format';
import { useI18n } from '../../i18n';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';
import type { CreateViewProps } from './CreateView.types';
import { useCreateView } from './useCreateView';
import { useCreateViewStyles } from './useCreateViewStyles.styles';
import { WorkbookOptionsFields } from './WorkbookOptionsFields';

function NameList({ title, items, empty }: { readonly title: string; readonly items: readonly string[]; readonly empty?: string }): ReactElement | null {
  const styles = useCreateViewStyles();
  if (items.length === 0 && empty === undefined) return null;
  return (
    <div className={styles.group}>
      <h4 className={styles.groupTitle}>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className={styles.none}>{empty}</p>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CreateView(props: CreateViewProps): ReactElement {
  const styles = useCreateViewStyles();
  const { t, lang } = useI18n();
  const state = useCreateView(props, new Date().getFullYear());
  const { mode, options, setOptions, preview, outcome, operation } = state;
  const busy = operation.busy !== null;

  if (mode === 'unavailable') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('readOnlyNoCreate')}</MessageBarBody>
      </MessageBar>
    );
  }

  const count = (n: number): string => formatNumber(n, lang);
  const keptMessage =
    outcome === null ? '' : outcome.keptCells === 0 ? t('outcomeKeptNone') : outcome.keptCells === 1 ? t('outcomeKeptOne') : t('outcomeKeptMany', { n: count(outcome.keptCells) });
  const choices = t('previewChoices', {
    profile: profileById(options.profile).label[lang],
    years: options.years,
    content: options.sample ? t('previewContentSample', { year: options.startYear ?? '' }) : t('previewContentEmpty'),
  });

  return (
    <section className={styles.root} aria-labelledby="create-title">
      <h2 id="create-title" className={styles.heading}>
        {mode === 'apply' ? t('createTitle') : t('downloadTitle')}
      </h2>
      <p className={styles.intro}>{mode === 'apply' ? t('createIntro') : t('downloadIntro')}</p>

      <WorkbookOptionsFields options={options} onChange={setOptions} t={t} lang={lang} />

      {mode === 'apply' && preview ? (
        <section className={styles.section} aria-labelledby="create-preview-title">
          <h3 id="create-preview-title" className={styles.heading}>
            {t('previewTitle')}
          </h3>
          <p className={styles.intro}>{choices}</p>
          {preview.refusals.length > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t('refusedTitle')}</MessageBarTitle>
                <ul className={styles.list}>
                  {preview.refusals.map((refusal) => {
                    const text = lang === 'en' ? refusalEn(refusal) : refusalFr(refusal);
                    return <li key={text}>{text.charAt(0).toUpperCase() + text.slice(1)}</li>;
                  })}
                </ul>
                <p className={styles.hint}>{t('refusedHint')}</p>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {preview.toCreate.sheets.length === 0 && preview.toCreate.tables.length === 0 && preview.toCreate.columns.length === 0 ? (
            <p className={styles.hint}>{t('everythingPresent')}</p>
          ) : null}
          <NameList title={t('willCreateSheets')} items={preview.toCreate.sheets} empty={t('nothing')} />
          <NameList title={t('willCreateTables')} items={preview.toCreate.tables} empty={t('nothing')} />
          <NameList title={t('willAddColumns')} items={preview.toCreate.columns} />
          <NameList title={t('willAdoptRanges')} items={preview.toAdopt} />
          <NameList title={t('willBlockColumns')} items={preview.blockedColumns} />
          <NameList
            title={t('keptRanges')}
            items={state.keptRanges.map((r) => `${r.sheet}!${r.range} (${r.table}) : ${r.blocked ? t(`rangeBlocked.${r.blocked}`) : ''}`)}
          />
          {state.keptRanges.length > 0 ? <p className={styles.hint}>{t('keptRangesHint')}</p> : null}
          <NameList title={t('ownedMoved')} items={state.movedSheets.map((m) => t('ownedMovedItem', { from: m.from, to: m.to }))} />
          <NameList title={t('alreadyExists')} items={[...preview.existing.sheets, ...preview.existing.tables]} empty={t('nothing')} />
          <NameList title={t('willRebuild')} items={preview.rebuilt} />
          {preview.rebuilt.length > 0 ? <p className={styles.hint}>{t('rebuildHint')}</p> : null}
          <NameList
            title={t('sampleRowsTitle')}
            items={state.sampleRows.map((r) => (r.rows === 1 ? t('sampleRowsOne', { table: r.table }) : t('sampleRowsMany', { table: r.table, n: count(r.rows) })))}
          />
          {state.sampleRows.length > 0 && preview.keptCells > 0 ? (
            <p className={styles.hint}>{preview.keptCells === 1 ? t('sampleKeptOne') : t('sampleKeptMany', { n: count(preview.keptCells) })}</p>
          ) : null}
        </section>
      ) : null}

      <div className={styles.actions}>
        {mode === 'apply' ? (
          <>
            <Button appearance="primary" disabled={busy || preview === null || preview.refusals.length > 0} onClick={state.create}>
              {t('createButton')}
            </Button>
            <Button disabled={busy} onClick={state.refresh}>
              {t('refresh')}
            </Button>
          </>
        ) : (
          <Button appearance="primary" disabled={busy} onClick={state.download}>
            {t('downloadButton')}
          </Button>
        )}
      </div>
      <BusyIndicator busy={operation.busy} />
      <ErrorBar error={operation.error} onDismiss={operation.clearError} />

      {state.downloaded ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('downloadDone')}</MessageBarBody>
        </MessageBar>
      ) : null}

      {outcome ? (
        <section className={styles.section} aria-labelledby="create-outcome-title">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle id="create-outcome-title">{t('outcomeTitle')}</MessageBarTitle> {keptMessage}
            </MessageBarBody>
          </MessageBar>
          <NameList title={t('outcomeCreatedSheets')} items={outcome.createdSheets} />
          <NameList title={t('outcomeCreatedTables')} items={outcome.createdTables} />
          <NameList title={t('outcomeAddedColumns')} items={outcome.addedColumns} />
          <NameList title={t('outcomeCreatedNames')} items={outcome.createdNames} />
          <NameList title={t('outcomeRebuilt')} items={outcome.rebuiltSheets} />
          <NameList title={t('outcomeAdopted')} items={outcome.adoptedRanges ?? []} />
          <NameList title={t('outcomeSkipped')} items={outcome.skippedSheets ?? []} />
          <NameList title={t('outcomeBlockedColumns')} items={outcome.blockedColumns ?? []} />
          <NameList title={t('outcomePrintSkipped')} items={outcome.printSettingsSkipped ?? []} />
          {(outcome.blockedColumns ?? []).length > 0 ? <p className={styles.hint}>{t('blockedColumnsHint')}</p> : null}
        </section>
      ) : null}
    </section>
  );
}
