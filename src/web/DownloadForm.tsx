/** The page's download form: the pane's own choices (WorkbookOptionsFields, its words), then the page's button and outcome. Loaded after the page's first screen. */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useMemo, useState } from 'react';
import type { Lang } from '../domain/report';
import { WorkbookOptionsFields, initialWorkbookOptions } from '../taskpane/components/Create/WorkbookOptionsFields';
import { translator } from '../taskpane/i18n';
import type { WorkbookOptions } from '../taskpane/types';
import type { WebTranslate } from './texts';

export interface DownloadFormProps {
  readonly lang: Lang;
  readonly t: WebTranslate;
  readonly download: (options: WorkbookOptions) => Promise<string>;
}

type Outcome = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly name: string } | { readonly kind: 'failed'; readonly reason: string };

export function DownloadForm({ lang, t, download }: DownloadFormProps): ReactElement {
  const paneWords = useMemo(() => translator(lang), [lang]);
  const [options, setOptions] = useState<WorkbookOptions>(() => initialWorkbookOptions(new Date().getFullYear()));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const start = (): void => {
    setOutcome({ kind: 'busy' });
    download(options).then(
      (name) => setOutcome({ kind: 'done', name }),
      (error: unknown) => setOutcome({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <>
      <WorkbookOptionsFields
        options={options}
        onChange={(change) => {
          setOptions((current) => ({ ...current, ...change }));
          setOutcome({ kind: 'idle' });
        }}
        t={paneWords}
        lang={lang}
      />
      <div>
        <Button appearance="primary" disabled={outcome.kind === 'busy'} onClick={start}>
          {t('downloadButton')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome.kind === 'busy' ? <Spinner size="tiny" labelPosition="after" label={t('downloading')} /> : null}
        {outcome.kind === 'done' ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('downloaded', { name: outcome.name })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {outcome.kind === 'failed' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('downloadFailed', { reason: outcome.reason })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
