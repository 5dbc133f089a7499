/** What Créer would do to the workbook: the refusals, then what it creates, adopts, keeps, moves and rebuilds. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Refusal } from '../../../domain/apply/refusals';
import { refusalEn, refusalFr } from '../../../domain/apply/refusals';
import { profileById } from '../../../domain/profiles/profiles';
import { formatNumber } from '../../../domain/values/format';
import { useI18n } from '../../i18n';
import type { PlanPreview } from '../../plan-preview';
import { NameList } from './NameList';
import type { CreateViewState } from './useCreateView';
import { useCreateViewStyles } from './useCreateViewStyles.styles';

export interface CreatePreviewProps {
  readonly state: CreateViewState;
  readonly preview: PlanPreview;
}

export function CreatePreview({ state, preview }: CreatePreviewProps): ReactElement {
  const styles = useCreateViewStyles();
  const { t, lang } = useI18n();
  const { options } = state;
  const count = (n: number): string => formatNumber(n, lang);
  const choices = t('previewChoices', {
    profile: profileById(options.profile).label[lang],
    years: options.years,
    content: options.sample ? t('previewContentSample', { year: options.startYear ?? '' }) : t('previewContentEmpty'),
  });
  const nothingToCreate = preview.toCreate.sheets.length === 0 && preview.toCreate.tables.length === 0 && preview.toCreate.columns.length === 0;

  return (
    <section className={styles.section} aria-labelledby="create-preview-title">
      <h3 id="create-preview-title" className={styles.heading}>
        {t('previewTitle')}
      </h3>
      <p className={styles.intro}>{choices}</p>
      {preview.refusals.length > 0 ? <RefusalsBar refusals={preview.refusals} /> : null}
      {nothingToCreate ? <p className={styles.hint}>{t('everythingPresent')}</p> : null}
      <NameList title={t('willCreateSheets')} items={preview.toCreate.sheets} empty={t('nothing')} />
      <NameList title={t('willCreateTables')} items={preview.toCreate.tables} empty={t('nothing')} />
      <NameList title={t('willAddColumns')} items={preview.toCreate.columns} />
      <NameList title={t('willAdoptRanges')} items={preview.toAdopt} />
      <NameList title={t('willBlockColumns')} items={preview.blockedColumns} />
      <NameList title={t('keptRanges')} items={state.keptRanges.map((r) => `${r.sheet}!${r.range} (${r.table}) : ${r.blocked ? t(`rangeBlocked.${r.blocked}`) : ''}`)} />
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
  );
}

/** Why the plan cannot be created as it stands, one sentence a refusal. */
function RefusalsBar({ refusals }: { readonly refusals: readonly Refusal[] }): ReactElement {
  const styles = useCreateViewStyles();
  const { t, lang } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('refusedTitle')}</MessageBarTitle>
        <ul className={styles.list}>
          {refusals.map((refusal) => {
            const text = lang === 'en' ? refusalEn(refusal) : refusalFr(refusal);
            return <li key={text}>{text.charAt(0).toUpperCase() + text.slice(1)}</li>;
          })}
        </ul>
        <p className={styles.hint}>{t('refusedHint')}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
