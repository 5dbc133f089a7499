/** Progress and failure, the same way in every view: a labelled spinner, an error MessageBar with the port's message. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { errorMessage } from '../../findings';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';

export function BusyIndicator({ busy }: { readonly busy: MessageKey | null }): ReactElement | null {
  const { t } = useI18n();
  if (busy === null) return null;
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={t(busy)} />
    </div>
  );
}

export interface ErrorBarProps {
  readonly error: unknown;
  readonly onDismiss?: () => void;
}

/** Shows what failed, with the message the port gave; never hidden, never logged. */
export function ErrorBar({ error, onDismiss }: ErrorBarProps): ReactElement | null {
  const { t, lang } = useI18n();
  if (error === null || error === undefined) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle> {errorMessage(error, lang)}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
