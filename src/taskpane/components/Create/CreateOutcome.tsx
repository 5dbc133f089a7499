/** What Créer did: the cells it kept, and the sheets, tables, columns and names it created, rebuilt, adopted or skipped. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { ApplyOutcome } from '../../../domain/port';
import { formatNumber } from '../../../domain/values/format';
import { useI18n } from '../../i18n';
import { NameList } from './NameList';
import { useCreateViewStyles } from './useCreateViewStyles.styles';

export function CreateOutcome({ outcome }: { readonly outcome: ApplyOutcome }): ReactElement {
  const styles = useCreateViewStyles();
  const { t, lang } = useI18n();
  const keptMessage =
    outcome.keptCells === 0 ? t('outcomeKeptNone') : outcome.keptCells === 1 ? t('outcomeKeptOne') : t('outcomeKeptMany', { n: formatNumber(outcome.keptCells, lang) });
  return (
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
  );
}
