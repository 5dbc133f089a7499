/** Créer: choose the options, see what will be created and what is kept, create in place (or download when read-only). */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useI18n } from '../../i18n';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';
import { CreateOutcome } from './CreateOutcome';
import { CreatePreview } from './CreatePreview';
import type { CreateViewProps } from './CreateView.types';
import type { CreateViewState } from './useCreateView';
import { useCreateView } from './useCreateView';
import { useCreateViewStyles } from './useCreateViewStyles.styles';
import { WorkbookOptionsFields } from './WorkbookOptionsFields';

export function CreateView(props: CreateViewProps): ReactElement {
  const styles = useCreateViewStyles();
  const { t, lang } = useI18n();
  const state = useCreateView(props, new Date().getFullYear());
  const { mode, options, setOptions, preview, outcome, operation } = state;

  if (mode === 'unavailable') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('readOnlyNoCreate')}</MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <section className={styles.root} aria-labelledby="create-title">
      <h2 id="create-title" className={styles.heading}>
        {mode === 'apply' ? t('createTitle') : t('downloadTitle')}
      </h2>
      <p className={styles.intro}>{mode === 'apply' ? t('createIntro') : t('downloadIntro')}</p>

      <WorkbookOptionsFields options={options} onChange={setOptions} t={t} lang={lang} />

      {mode === 'apply' && preview ? <CreatePreview state={state} preview={preview} /> : null}

      <CreateButtons state={state} />
      <BusyIndicator busy={operation.busy} />
      <ErrorBar error={operation.error} onDismiss={operation.clearError} />

      {state.downloaded ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('downloadDone')}</MessageBarBody>
        </MessageBar>
      ) : null}

      {outcome ? <CreateOutcome outcome={outcome} /> : null}
    </section>
  );
}

/** Create and refresh in a workbook that can be written, download otherwise. */
function CreateButtons({ state }: { readonly state: CreateViewState }): ReactElement {
  const styles = useCreateViewStyles();
  const { t } = useI18n();
  const busy = state.operation.busy !== null;
  return (
    <div className={styles.actions}>
      {state.mode === 'apply' ? (
        <>
          <Button appearance="primary" disabled={busy || state.preview === null || state.preview.refusals.length > 0} onClick={state.create}>
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
  );
}
